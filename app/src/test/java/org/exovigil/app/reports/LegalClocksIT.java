package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A case's deadlines come from the rulebook's duties for its country, product and setting, on day 0. */
class LegalClocksIT extends RunningExovigil {

    private static final LocalDate DAY_ZERO = LocalDate.of(2026, 3, 2);

    @Autowired
    ReportIntake intake;

    @Test
    void aSeriousCaseAfterJapaneseCellTherapyIsDueToTheCommitteeIn15Days() {
        JsonNode assessment = receive("CLOCK-JP-CELLS", "JP", "stem_cell", null, "hospitalisation");

        assertThat(duties(assessment)).contains("jp.asrm_15");
        assertThat(due(assessment, "jp.asrm_15")).isEqualTo(DAY_ZERO.plusDays(15));
        assertThat(basis(assessment, "jp.asrm_15")).contains("35");
    }

    @Test
    void noLawCoversCultureSupernatantInJapanSoTheVoluntaryClockRuns() {
        JsonNode assessment = receive("CLOCK-JP-SUP", "JP", "culture_supernatant", null, "hospitalisation");

        assertThat(assessment.get("deadlines"))
                .isNotEmpty()
                .allSatisfy(
                        deadline -> assertThat(deadline.get("kind").asString()).isEqualTo("voluntary"));
        assertThat(assessment.get("notes"))
                .anySatisfy(note -> assertThat(note.get("code").asString()).isEqualTo("no_law"));
    }

    @Test
    void aFatalUnexpectedCaseInAUsTrialIsAnIndSafetyReportIn7Days() {
        JsonNode assessment = receive("CLOCK-US-IND", "US", "exosome", "study", "death");

        assertThat(due(assessment, "us.ind_7day")).isEqualTo(DAY_ZERO.plusDays(7));
    }

    @Test
    void aGermanTrialFollowsTheEuClinicalTrialsRegulation() {
        JsonNode assessment = receive("CLOCK-DE-CTR", "DE", "exosome", "study", "life_threatening");

        assertThat(duties(assessment)).contains("eu.susar_7");
        assertThat(due(assessment, "eu.susar_7")).isEqualTo(DAY_ZERO.plusDays(7));
    }

    @Test
    void aReportThatDoesNotSayWhereTheReactionOccurredIsStillReceivedWithTheVoluntaryClock() {
        String body = """
                {"senderReportId": "CLOCK-NOWHERE", "receivedOn": "%s",
                 "reporter": {"qualification": "consumer"},
                 "products": [{"role": "suspect", "name": "Clock test nowhere", "type": "exosome"}],
                 "reactions": [{"term": "sepsis", "seriousness": ["death"]}]}""".formatted(DAY_ZERO);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);

        JsonNode assessment = intake.receive(new Submission(
                        new SenderPrincipal("test:clock-test", "clock-test"), null, Channel.API, report.value()))
                .assessment();

        assertThat(assessment.get("deadlines"))
                .allSatisfy(
                        deadline -> assertThat(deadline.get("kind").asString()).isEqualTo("voluntary"));
    }

    private static List<String> duties(JsonNode assessment) {
        return assessment
                .get("deadlines")
                .valueStream()
                .map(deadline -> deadline.get("duty").asString())
                .toList();
    }

    private static LocalDate due(JsonNode assessment, String duty) {
        return assessment
                .get("deadlines")
                .valueStream()
                .filter(deadline -> deadline.get("duty").asString().equals(duty))
                .map(deadline -> LocalDate.parse(deadline.get("dueOn").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(duty + " not among " + duties(assessment)));
    }

    private static String basis(JsonNode assessment, String duty) {
        return assessment
                .get("deadlines")
                .valueStream()
                .filter(deadline -> deadline.get("duty").asString().equals(duty))
                .map(deadline -> deadline.get("basis").get("source").asString())
                .findFirst()
                .orElseThrow();
    }

    private JsonNode receive(String id, String country, String type, String reportType, String seriousness) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "%s", %s
                 "reporter": {"qualification": "physician", "country": "%s"},
                 "patient": {"ageYears": 60},
                 "products": [{"role": "suspect", "name": "Clock test %s", "type": "%s", "route": "iv"}],
                 "reactions": [{"term": "sepsis", "seriousness": ["%s"]}]}""".formatted(
                        id,
                        DAY_ZERO,
                        country,
                        reportType == null ? "" : "\"reportType\": \"" + reportType + "\",",
                        country,
                        type,
                        type,
                        seriousness);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(
                        new SenderPrincipal("test:clock-test", "clock-test"), null, Channel.API, report.value()))
                .assessment();
    }
}
