package org.exovigil.app.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Serious infections from one lot within 30 days raise one alert, which grows, and reopens after dismissal. */
class ClusterAlertsIT extends RunningExovigil {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ReportIntake intake;

    @Autowired
    ClusterAlerts alerts;

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
        alerts.evaluate();
        assertThat(lotAlerts("open")).isEmpty();

        receive("CLUSTER-4", "Clustertest Placenta EV", "CT-LOT-9", "Septic shock", TODAY.minusDays(5), true);
        alerts.evaluate();

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
        assertThat(alerts.evaluate()).isZero();

        receive("CLUSTER-5", "Clustertest Placenta EV", "CT-LOT-9", "敗血症", TODAY.minusDays(1), true);
        alerts.evaluate();

        assertThat(lotAlerts("open"))
                .singleElement()
                .satisfies(alert -> assertThat(alert.cases()).hasSize(3));
    }

    @Test
    void anotherLotOfTheSameProductIsAnotherScope() {
        receive("CLUSTER-OTHER-1", "Clustertest Cord EV", "CT-A", "sepsis", TODAY.minusDays(3), true);
        receive("CLUSTER-OTHER-2", "Clustertest Cord EV", "CT-B", "sepsis", TODAY.minusDays(2), true);

        alerts.evaluate();

        assertThat(alerts.withStatus("open"))
                .filteredOn(alert -> alert.rule().id().equals("lot.serious-infection.30d"))
                .extracting(ClusterAlert::scopeName)
                .noneMatch(name -> name.startsWith("Clustertest Cord EV"));
    }

    private List<ClusterAlert> lotAlerts(String status) {
        return alerts.withStatus(status).stream()
                .filter(alert -> alert.rule().id().equals("lot.serious-infection.30d"))
                .filter(alert -> alert.scopeName().startsWith("Clustertest Placenta EV"))
                .toList();
    }

    private void receive(String id, String product, String lot, String term, LocalDate onset, boolean serious) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "US",
                 "reporter": {"qualification": "physician", "country": "US"},
                 "patient": {"ageYears": 52},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv", "lot": "%s"}],
                 "reactions": [{"term": "%s", "onset": "%s", "seriousness": [%s]}]}""".formatted(id, TODAY, product, lot, term, onset, serious ? "\"hospitalisation\"" : "");
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(
                new SenderPrincipal("test:cluster-test", "cluster-test"), null, Channel.API, report.value()));
    }
}
