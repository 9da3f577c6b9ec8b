package org.exovigil.app.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exovigil.app.CaseStoreFollowers;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.app.terminology.CodingDecisions;
import org.exovigil.app.terminology.ReactionCode;
import org.exovigil.app.terminology.ReactionCodes;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cluster rule on an event group (issue 21): the lot rule for serious infections counts the reactions of its
 * group, reported in English or in Japanese, by their codes; a reaction not yet coded counts by the suggester's
 * best concept, and a person's code outweighs the words.
 */
class ClusterRuleOnGroupIT extends RunningExovigil {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String RULE = "lot.serious-infection.30d";

    @Autowired
    ReportIntake intake;

    @Autowired
    ClusterAlerts alerts;

    @Autowired
    List<CaseStoreFollowers.Follower> followers;

    @Autowired
    CodingDecisions coding;

    @Autowired
    ReactionCodes codes;

    @Test
    void reactionsOfTheGroupInEnglishAndJapaneseRaiseTheAlertAndOthersStayOut() {
        receive("GROUPRULE-EN", "Grouprule Placenta EV", "GR-1", "Sepsis", TODAY.minusDays(6));
        receive("GROUPRULE-JA", "Grouprule Placenta EV", "GR-1", "敗血症", TODAY.minusDays(4));
        receive("GROUPRULE-OTHER", "Grouprule Placenta EV", "GR-1", "headache", TODAY.minusDays(3));

        followAll();

        assertThat(alertsOn("Grouprule Placenta EV"))
                .singleElement()
                .satisfies(alert -> assertThat(alert.cases())
                        .extracting(ClusterAlert.AlertCase::problem)
                        .containsExactlyInAnyOrder("Sepsis", "敗血症"));
    }

    @Test
    void aReactionCodedByAPersonCountsByItsCodeNotItsWords() {
        UUID chills =
                receive("GROUPRULE-CODED-1", "Grouprule Cord EV", "GR-2", "shaking after the drip", TODAY.minusDays(9));
        UUID words = receive("GROUPRULE-CODED-2", "Grouprule Cord EV", "GR-2", "sepsis", TODAY.minusDays(8));
        followAll();
        assertThat(alertsOn("Grouprule Cord EV")).isEmpty();

        code(chills, "EXO:sepsis");
        code(words, "EXO:headache");
        receive("GROUPRULE-CODED-3", "Grouprule Cord EV", "GR-2", "敗血症", TODAY.minusDays(2));
        followAll();

        assertThat(alertsOn("Grouprule Cord EV"))
                .singleElement()
                .satisfies(alert -> assertThat(alert.cases())
                        .extracting(ClusterAlert.AlertCase::problem)
                        .containsExactlyInAnyOrder("shaking after the drip", "敗血症"));
    }

    /** Coding first, then counting, as the application runs them after intake. */
    private void followAll() {
        followers.forEach(CaseStoreFollowers.Follower::follow);
    }

    private void code(UUID caseId, String concept) {
        String shown = codes.find(caseId, 0).map(ReactionCode::code).orElse("");
        assertThat(coding.code(caseId, 0, concept, shown, "reviewer").isDone()).isTrue();
    }

    private List<ClusterAlert> alertsOn(String product) {
        return alerts.withStatus("open").stream()
                .filter(alert -> alert.rule().id().equals(RULE))
                .filter(alert -> alert.scopeName().startsWith(product))
                .toList();
    }

    private UUID receive(String id, String product, String lot, String term, LocalDate onset) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": %d},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv", "lot": "%s"}],
                 "reactions": [{"term": "%s", "onset": "%s", "seriousness": ["hospitalisation"]}]}""".formatted(id, TODAY, 30 + Math.floorMod(id.hashCode(), 40), product, lot, term, onset);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(
                        new SenderPrincipal("test:group-rule-test", "group-rule-test"),
                        null,
                        Channel.API,
                        report.value()))
                .id();
    }
}
