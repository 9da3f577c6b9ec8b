package org.exovigil.app.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.exovigil.vigilance.terminology.EventGroups;
import org.exovigil.vigilance.terminology.EventVocabulary;
import org.exovigil.vigilance.terminology.TermSuggester;
import org.junit.jupiter.api.Test;

class ClusterRulesTest {

    private static final EventVocabulary VOCABULARY = EventVocabulary.bundled();
    private static final ReactionGroups GROUPS =
            new ReactionGroups(EventGroups.bundled(), VOCABULARY, TermSuggester.over(VOCABULARY.designations()), null);

    private static final String SEPSIS = "infusion_sepsis";

    @Test
    void theBundledRulesLoadAndEachCitesItsSource() {
        assertThat(ClusterRules.bundled()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.sourceTitle()).isNotBlank();
            assertThat(rule.why()).isNotBlank();
            assertThat(rule.uncodedMinScore()).isBetween(0.5, 1.0);
        });
        assertThat(ClusterRules.bundled())
                .extracting(ClusterRule::id)
                .contains("lot.serious-infection.30d")
                .doesNotHaveDuplicates();
    }

    @Test
    void theInfectionRulesNameEventGroupsOfTheTerminology() {
        assertThat(lotRule().groups())
                .containsExactly(SEPSIS, "local_infection_after_injection")
                .allSatisfy(id -> assertThat(EventGroups.bundled().group(id)).isPresent());
    }

    @Test
    void aCodedReactionBelongsByItsConceptOrItsPreferredTermWhateverItsWords() {
        ClusterRule lot = lotRule();

        assertThat(lot.matchesAny(
                        List.of(new CodedReaction("fever after the drip", "EXO:sepsis", "Sepsis", null)), GROUPS))
                .isTrue();
        assertThat(lot.matchesAny(List.of(new CodedReaction(null, null, "SEPSIS", "27.1")), GROUPS))
                .isTrue();
        assertThat(lot.matchesAny(List.of(new CodedReaction("sepsis", null, "Headache", "27.1")), GROUPS))
                .as("a person's code outweighs the words")
                .isFalse();
    }

    @Test
    void aReactionNotYetCodedBelongsByTheSuggestersBestConceptInEnglishOrJapanese() {
        ClusterRule lot = lotRule();

        assertThat(lot.matchesAny(List.of(CodedReaction.uncoded("headache"), CodedReaction.uncoded("Sepsis")), GROUPS))
                .isTrue();
        assertThat(lot.matchesAny(List.of(CodedReaction.uncoded("敗血症")), GROUPS))
                .isTrue();
        assertThat(lot.matchesAny(List.of(CodedReaction.uncoded("Septic shock")), GROUPS))
                .isTrue();
        assertThat(lot.matchesAny(List.of(CodedReaction.uncoded("discitis")), GROUPS))
                .as("local infection after injection")
                .isTrue();
        assertThat(lot.matchesAny(List.of(CodedReaction.uncoded("注射部位の膿瘍")), GROUPS))
                .isTrue();
        assertThat(lot.matchesAny(List.of(CodedReaction.uncoded("headache")), GROUPS))
                .isFalse();
        assertThat(lot.matchesAny(List.of(CodedReaction.uncoded("no sepsis")), GROUPS))
                .as("negated")
                .isFalse();
        assertThat(lot.matchesAny(List.of(CodedReaction.uncoded("")), GROUPS)).isFalse();
        assertThat(lot.matchesAny(List.of(), GROUPS)).isFalse();
    }

    @Test
    void aRuleForAnyReactionMatchesEveryCaseWithAReaction() {
        ClusterRule any = ClusterRules.bundled().stream()
                .filter(rule -> rule.id().equals("provider.serious.90d"))
                .findFirst()
                .orElseThrow();

        assertThat(any.groups()).isEmpty();
        assertThat(any.matchesAny(List.of(CodedReaction.uncoded("headache")), GROUPS))
                .isTrue();
    }

    @Test
    void aBrokenRuleIsNamedWithItsField() {
        String yaml = """
                uncoded_reactions: {min_score: 0.75}
                rules:
                  - {id: bad.rule, title: t, scope: clinic, window_days: 30, min_cases: 2, why: w, source: {title: s}}
                """;

        assertThatThrownBy(() -> ClusterRules.read(yaml, "rules.yaml", EventGroups.bundled()))
                .hasMessage("rules.yaml: rule bad.rule: scope: expected one of lot, provider, product");
    }

    @Test
    void anUnknownEventGroupIsRefusedWithTheGroupsThereAre() {
        String yaml = """
                uncoded_reactions: {min_score: 0.75}
                rules:
                  - {id: r, title: t, scope: lot, window_days: 30, min_cases: 2, reactions: [%s, burns], why: w, source: {title: s}}
                """.formatted(SEPSIS);

        assertThatThrownBy(() -> ClusterRules.read(yaml, "rules.yaml", EventGroups.bundled()))
                .hasMessageStartingWith("rules.yaml: rule r: reactions: expected the id of an event group")
                .hasMessageContaining(SEPSIS);
    }

    @Test
    void oneGroupMayBeNamedWithoutAList() {
        String yaml = """
                uncoded_reactions: {min_score: 0.75}
                rules:
                  - {id: r, title: t, scope: lot, window_days: 30, min_cases: 2, reactions: %s, why: w, source: {title: s}}
                """.formatted(SEPSIS);

        assertThat(ClusterRules.read(yaml, "rules.yaml", EventGroups.bundled())
                        .getFirst()
                        .groups())
                .containsExactly(SEPSIS);
    }

    @Test
    void theThresholdForUncodedReactionsIsAScoreAndMustBeThere() {
        String rules = """
                rules:
                  - {id: r, title: t, scope: lot, window_days: 30, min_cases: 2, why: w, source: {title: s}}
                """;

        for (String threshold : List.of(
                "",
                "uncoded_reactions: {min_score: 0}\n",
                "uncoded_reactions: {min_score: 1.5}\n",
                "uncoded_reactions: {min_score: high}\n")) {
            assertThatThrownBy(() -> ClusterRules.read(threshold + rules, "rules.yaml", EventGroups.bundled()))
                    .as(threshold)
                    .hasMessageContaining("uncoded_reactions.min_score");
        }
    }

    @Test
    void aWindowOfZeroDaysIsRefused() {
        String yaml = """
                uncoded_reactions: {min_score: 0.75}
                rules:
                  - {id: r, title: t, scope: lot, window_days: 0, min_cases: 2, why: w, source: {title: s}}
                """;

        assertThatThrownBy(() -> ClusterRules.read(yaml, "rules.yaml", EventGroups.bundled()))
                .hasMessageContaining("window_days");
    }

    private static ClusterRule lotRule() {
        return ClusterRules.bundled().stream()
                .filter(rule -> rule.id().equals("lot.serious-infection.30d"))
                .findFirst()
                .orElseThrow();
    }
}
