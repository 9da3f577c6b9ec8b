package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.causality.NaranjoAnswer;
import org.exovigil.vigilance.causality.NaranjoQuestion;
import org.exovigil.vigilance.causality.WhoUmcCategory;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A reviewer judges causality per product and reaction: WHO-UMC by judgement, Naranjo by its score. */
class CaseCausalityIT extends RunningExovigil {

    @Autowired
    ReportIntake intake;

    @Autowired
    CaseCausality causality;

    @Test
    void bothMethodsAreKeptSideBySideWithTheNaranjoScoreComputed() {
        UUID id = receive("CAUSALITY-1");
        var answers = Map.of(
                NaranjoQuestion.APPEARED_AFTER_DRUG, NaranjoAnswer.YES,
                NaranjoQuestion.IMPROVED_ON_DISCONTINUATION, NaranjoAnswer.YES,
                NaranjoQuestion.ALTERNATIVE_CAUSES, NaranjoAnswer.NO,
                NaranjoQuestion.OBJECTIVE_EVIDENCE, NaranjoAnswer.YES);

        assertThat(causality
                        .assess(id, 0, 1, WhoUmcCategory.PROBABLE, answers, "reviewer")
                        .isDone())
                .isTrue();

        assertThat(causality.forCase(id))
                .extracting(stored -> stored.assessment().method() + ": "
                        + stored.assessment().result())
                .containsExactly("WHO-UMC: probable", "Naranjo: probable (Naranjo score 6)");
        assertThat(causality.forCase(id)).allSatisfy(stored -> {
            assertThat(stored.assessment().reactionIndex()).isEqualTo(1);
            assertThat(stored.assessedBy()).isEqualTo("reviewer");
        });
    }

    @Test
    void anAssessmentNamesAProductAndReactionOfTheCaseAndSaysSomething() {
        UUID id = receive("CAUSALITY-2");

        assertThat(causality
                        .assess(id, 1, 0, WhoUmcCategory.POSSIBLE, Map.of(), "r")
                        .refusal()
                        .code())
                .isEqualTo(ReportRefusal.CAUSALITY_PAIR);
        assertThat(causality
                        .assess(id, 0, 2, WhoUmcCategory.POSSIBLE, Map.of(), "r")
                        .refusal()
                        .code())
                .isEqualTo(ReportRefusal.CAUSALITY_PAIR);
        assertThat(causality.assess(id, 0, 0, null, Map.of(), "r").refusal().code())
                .isEqualTo(ReportRefusal.CAUSALITY_METHOD);
        assertThat(causality.forCase(id)).isEmpty();
    }

    private UUID receive(String senderReportId) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "US",
                 "reporter": {"qualification": "physician", "country": "US"},
                 "patient": {"ageYears": 70, "sex": "male"},
                 "products": [{"role": "suspect", "name": "Umbilical exosome IV", "type": "exosome", "route": "iv"}],
                 "reactions": [{"term": "fever"}, {"term": "bacteraemia", "seriousness": ["hospitalisation"]}]}""".formatted(senderReportId, LocalDate.now());
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(
                        new SenderPrincipal("test:causality-test", "causality-test"),
                        null,
                        Channel.API,
                        report.value()))
                .id();
    }
}
