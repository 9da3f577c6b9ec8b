package org.exovigil.vigilance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.vigilance.Reports.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeriousnessCriteriaTest {

    @Test
    void aCaseIsAsSeriousAsAllItsReactionsTogether() {
        IndividualCaseSafetyReport report = report(
                RECEIVED,
                physician(),
                adultWoman(),
                List.of(
                        reaction("sepsis", ReactionOutcome.NOT_RECOVERED, SeriousnessCriterion.HOSPITALISATION),
                        reaction(
                                "paraplegia", ReactionOutcome.RECOVERED_WITH_SEQUELAE, SeriousnessCriterion.DISABILITY),
                        reaction("fever", ReactionOutcome.RECOVERED)),
                List.of(supernatant()));

        SeriousnessCriteria seriousness = SeriousnessCriteria.ofCase(report);

        assertThat(seriousness.criteria())
                .containsExactlyInAnyOrder(SeriousnessCriterion.HOSPITALISATION, SeriousnessCriterion.DISABILITY);
        assertThat(seriousness.isSerious()).isTrue();
        assertThat(seriousness.isFatalOrLifeThreatening()).isFalse();
    }

    @Test
    void aFatalOutcomeIsADeathEvenWhenTheSenderDidNotTickIt() {
        SeriousnessCriteria seriousness =
                SeriousnessCriteria.ofReaction(reaction("cardiac arrest", ReactionOutcome.FATAL));

        assertThat(seriousness.criteria()).containsExactly(SeriousnessCriterion.DEATH);
        assertThat(seriousness.isFatalOrLifeThreatening()).isTrue();
    }

    @Test
    void aCaseWithOnlyNonSeriousReactionsIsNotSerious() {
        IndividualCaseSafetyReport report = report(
                RECEIVED,
                physician(),
                adultWoman(),
                List.of(reaction("injection site redness", ReactionOutcome.RECOVERED)),
                List.of(supernatant()));

        assertThat(SeriousnessCriteria.ofCase(report).isSerious()).isFalse();
    }

    @Test
    void aLifeThreateningReactionCountsForTheSevenDayClocks() {
        assertThat(SeriousnessCriteria.ofCase(sepsisAfterSupernatant()).isFatalOrLifeThreatening())
                .isTrue();
    }
}
