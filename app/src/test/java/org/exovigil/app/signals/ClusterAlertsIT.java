package org.exovigil.app.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.exovigil.app.CaseCounting;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.reports.CaseDuplicates;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Serious infections from one lot within 30 days raise one alert, which grows, and reopens after dismissal; copies
 * of one patient's report count once, so two of them never make an alert.
 */
class ClusterAlertsIT extends RunningExovigil {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ReportIntake intake;

    @Autowired
    ClusterAlerts alerts;

    @Autowired
    CaseCounting watch;

    @Autowired
    CaseDuplicates duplicates;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoSeriousInfectionsFromOneLotRaiseAnAlertThatGrowsAndReopens() {
        receive("CLUSTER-1", "Clustertest Placenta EV", "CT-LOT-9", "sepsis", TODAY.minusDays(20), true);
        receive("CLUSTER-2", "Clustertest Placenta EV", "CT-LOT-9", "mild rash", TODAY.minusDays(18), true);
        receive(
                "CLUSTER-3",
                "Clustertest Placenta EV",
                "CT-LOT-9",
                "cellulitis at injection site",
                TODAY.minusDays(15),
                false);
        watch.follow();
        assertThat(lotAlerts("open")).isEmpty();

        receive("CLUSTER-4", "Clustertest Placenta EV", "CT-LOT-9", "Septic shock", TODAY.minusDays(5), true);
        watch.follow();

        assertThat(lotAlerts("open")).singleElement().satisfies(alert -> {
            assertThat(alert.scopeName()).isEqualTo("Clustertest Placenta EV, lot CT-LOT-9");
            assertThat(alert.firstDay()).isEqualTo(TODAY.minusDays(20));
            assertThat(alert.cases())
                    .extracting(ClusterAlert.AlertCase::problem)
                    .containsExactlyInAnyOrder("sepsis", "Septic shock");
        });

        long id = lotAlerts("open").getFirst().id();
        assertThat(alerts.decide(id, "dismissed", "", "reviewer").refusal().code())
                .isEqualTo(SignalRefusal.ALERT_DECISION);
        assertThat(alerts.decide(id, "dismissed", "two unrelated patients, different infusion days", "reviewer")
                        .isDone())
                .isTrue();
        assertThat(lotAlerts("open")).isEmpty();
        watch.follow();
        assertThat(lotAlerts("open")).isEmpty();

        receive("CLUSTER-5", "Clustertest Placenta EV", "CT-LOT-9", "敗血症", TODAY.minusDays(1), true);
        watch.follow();

        assertThat(lotAlerts("open"))
                .singleElement()
                .satisfies(alert -> assertThat(alert.cases()).hasSize(3));
    }

    @Test
    void anotherLotOfTheSameProductIsAnotherScope() {
        receive("CLUSTER-OTHER-1", "Clustertest Cord EV", "CT-A", "sepsis", TODAY.minusDays(3), true);
        receive("CLUSTER-OTHER-2", "Clustertest Cord EV", "CT-B", "sepsis", TODAY.minusDays(2), true);

        watch.follow();

        assertThat(alerts.withStatus("open"))
                .filteredOn(alert -> alert.rule().id().equals("lot.serious-infection.30d"))
                .extracting(ClusterAlert::scopeName)
                .noneMatch(name -> name.startsWith("Clustertest Cord EV"));
    }

    @Test
    void twoCopiesOfOnePatientsReportRaiseNoAlert() {
        receiveFromPatient("TWIN-A1", "Clustertest Twin EV", "TW-1", TODAY.minusDays(4));
        receiveFromPatient("TWIN-A2", "Clustertest Twin EV", "TW-1", TODAY.minusDays(4));

        watch.follow();

        for (String status : List.of("open", "confirmed", "dismissed", "withdrawn")) {
            assertThat(alertsOn("Clustertest Twin EV", status)).as(status).isEmpty();
        }
    }

    @Test
    void anAlertRaisedOverCopiesBeforeTheyWereComparedIsWithdrawn() {
        receiveFromPatient("TWIN-B1", "Clustertest Copy EV", "CP-1", TODAY.minusDays(6));
        receiveFromPatient("TWIN-B2", "Clustertest Copy EV", "CP-1", TODAY.minusDays(6));
        // As an earlier Exovigil raised it, counting every report.
        jdbc.sql("""
                        insert into cluster_alert (rule_id, scope, scope_id, first_day, last_day, case_ids)
                        select 'lot.serious-infection.30d', 'lot', rp.lot_id, ?, ?, array_agg(c.id)
                        from report_case c join report_product rp on rp.case_id = c.id
                        where c.sender_report_id in ('TWIN-B1', 'TWIN-B2') group by rp.lot_id""").params(TODAY.minusDays(6), TODAY.minusDays(6)).update();

        watch.follow();

        assertThat(alertsOn("Clustertest Copy EV", "open")).isEmpty();
        assertThat(alertsOn("Clustertest Copy EV", "withdrawn"))
                .singleElement()
                .satisfies(alert -> assertThat(alert.cases()).hasSize(1));
    }

    @Test
    void anAlertListsEachPatientOnceAndKeepsDoingSoOnceThePairIsConfirmed() {
        receiveFromPatient("TWIN-C1", "Clustertest Pair EV", "PR-1", TODAY.minusDays(9));
        receiveFromPatient("TWIN-C2", "Clustertest Pair EV", "PR-1", TODAY.minusDays(9));
        receive("TWIN-C3", "Clustertest Pair EV", "PR-1", "Septic shock", TODAY.minusDays(2), true);
        watch.follow();
        assertThat(alertsOn("Clustertest Pair EV", "open"))
                .singleElement()
                .satisfies(alert -> assertThat(alert.cases())
                        .extracting(ClusterAlert.AlertCase::problem)
                        .containsExactlyInAnyOrder("sepsis", "Septic shock"));

        var pair = duplicates.pairs("suspected").stream()
                .filter(p -> p.first().products().equals("Clustertest Pair EV"))
                .findFirst()
                .orElseThrow();
        assertThat(duplicates
                        .decide(pair.first().id(), pair.second().id(), true, "same patient, sent twice", "reviewer")
                        .isDone())
                .isTrue();
        watch.follow();

        assertThat(alertsOn("Clustertest Pair EV", "open"))
                .singleElement()
                .satisfies(alert -> assertThat(alert.cases()).hasSize(2));
    }

    private List<ClusterAlert> alertsOn(String product, String status) {
        return alerts.withStatus(status).stream()
                .filter(alert -> alert.rule().id().equals("lot.serious-infection.30d"))
                .filter(alert -> alert.scopeName().startsWith(product))
                .toList();
    }

    private List<ClusterAlert> lotAlerts(String status) {
        return alerts.withStatus(status).stream()
                .filter(alert -> alert.rule().id().equals("lot.serious-infection.30d"))
                .filter(alert -> alert.scopeName().startsWith("Clustertest Placenta EV"))
                .toList();
    }

    /** A patient's own report, as the public form sends it: what a copy sent twice repeats exactly. */
    private void receiveFromPatient(String id, String product, String lot, LocalDate onset) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "consumer", "country": "JP"},
                 "patient": {"initials": "KT", "ageYears": 47, "sex": "female"},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv", "lot": "%s",
                               "provider": "Clustertest Clinic Osaka", "startedOn": "%s"}],
                 "reactions": [{"term": "sepsis", "onset": "%s", "seriousness": ["hospitalisation"]}]}""".formatted(id, TODAY, product, lot, onset.minusDays(2), onset);
        submit(body);
    }

    private void receive(String id, String product, String lot, String term, LocalDate onset, boolean serious) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "US",
                 "reporter": {"qualification": "physician", "country": "US"},
                 "patient": {"ageYears": 52},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv", "lot": "%s"}],
                 "reactions": [{"term": "%s", "onset": "%s", "seriousness": [%s]}]}""".formatted(id, TODAY, product, lot, term, onset, serious ? "\"hospitalisation\"" : "");
        submit(body);
    }

    private void submit(String body) {
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(
                new SenderPrincipal("test:cluster-test", "cluster-test"), null, Channel.API, report.value()));
    }
}
