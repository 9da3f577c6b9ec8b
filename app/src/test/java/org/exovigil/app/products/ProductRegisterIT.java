package org.exovigil.app.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A product's dossier is scored, its lots are released by their tests, and a lot's reports are one step away. */
class ProductRegisterIT extends RunningExovigil {

    @Autowired
    ProductRegister register;

    @Autowired
    ReportIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLotIsReleasedOnlyWhenEveryRequiredTestPassesAndItsReportsAreListed() {
        receive("LOT-REPORT-1", "Registertest Amnion EV", "RT-01");
        long product = jdbc.sql("select id from product where name = 'Registertest Amnion EV'")
                .query(Long.class)
                .single();
        long lot = register.addLot(product, "RT-01", "intrathecal", 2.0, "reviewer");

        assertThat(register.lot(lot).orElseThrow().status()).isEqualTo("on_hold");
        register.recordTest(lot, "sterility", true, null, "reviewer");
        register.recordTest(lot, "mycoplasma", true, null, "reviewer");
        register.recordTest(lot, "identity", true, null, "reviewer");
        assertThat(register.recordTest(lot, "endotoxin", null, 12.0, "reviewer").status())
                .isEqualTo("rejected");
        assertThat(register.recordTest(lot, "endotoxin", null, 5.0, "reviewer").released())
                .isTrue();
        assertThat(register.lot(lot).orElseThrow().status()).isEqualTo("released");
        assertThat(register.results(lot).get("endotoxin").measured()).contains("limit 7.00 EU/mL");

        assertThat(register.casesOf(lot))
                .extracting(ProductRegister.LotCase::problem)
                .containsExactly("meningitis");
    }

    @Test
    void endotoxinNeedsTheLabelledUseAndAValue() {
        receive("LOT-REPORT-2", "Registertest Cord EV", "RT-02");
        long product = jdbc.sql("select id from product where name = 'Registertest Cord EV'")
                .query(Long.class)
                .single();
        long lot = jdbc.sql("select id from lot where product_id = ?")
                .param(product)
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> register.recordTest(lot, "endotoxin", null, 1.0, "r"))
                .hasMessageContaining("EXO-1701");
        assertThatThrownBy(() -> register.recordTest(lot, "sterility", null, null, "r"))
                .hasMessageContaining("EXO-1702");
    }

    @Test
    void theDossierIsKeptAndScored() {
        receive("LOT-REPORT-3", "Registertest Pulp EV", "RT-03");
        long product = jdbc.sql("select id from product where name = 'Registertest Pulp EV'")
                .query(Long.class)
                .single();

        register.saveDossier(
                product,
                new Dossier(
                        "1 L medium", 1e11, 50.0, null, List.of("CD9", "TSG101"), List.of("calnexin"), "TEM", "NTA"),
                "reviewer");

        assertThat(register.dossierOf(product).particlesPerUgProtein()).isEqualTo(2e9);
        assertThat(register.product(product).orElseThrow().dossierPercent()).isEqualTo(100);
    }

    private void receive(String id, String product, String lot) {
        String body =
                """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "US",
                 "reporter": {"qualification": "physician", "country": "US"},
                 "patient": {"ageYears": 47},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "intrathecal", "lot": "%s"}],
                 "reactions": [{"term": "meningitis", "seriousness": ["hospitalisation"]}]}"""
                        .formatted(id, LocalDate.now(), product, lot);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission("lot-test", null, Channel.API, report.value()));
    }
}
