package org.exovigil.vigilance.causality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NaranjoScoreTest {

    @Test
    void anUnansweredQuestionnaireIsDoubtful() {
        NaranjoScore score = NaranjoScore.of(Map.of());

        assertThat(score.total()).isZero();
        assertThat(score.category()).isEqualTo(NaranjoCategory.DOUBTFUL);
    }

    @Test
    void sepsisRightAfterAnInfusionWithAPositiveCultureIsPossible() {
        NaranjoScore score = NaranjoScore.of(Map.of(
                NaranjoQuestion.APPEARED_AFTER_DRUG, NaranjoAnswer.YES,
                NaranjoQuestion.OBJECTIVE_EVIDENCE, NaranjoAnswer.YES,
                NaranjoQuestion.ALTERNATIVE_CAUSES, NaranjoAnswer.DO_NOT_KNOW));

        assertThat(score.total()).isEqualTo(3);
        assertThat(score.category()).isEqualTo(NaranjoCategory.POSSIBLE);
    }

    @Test
    void noAlternativeCauseScoresTwoAndAPlaceboReactionTakesOneAway() {
        assertThat(NaranjoQuestion.ALTERNATIVE_CAUSES.points(NaranjoAnswer.NO)).isEqualTo(2);
        assertThat(NaranjoQuestion.REAPPEARED_WITH_PLACEBO.points(NaranjoAnswer.YES))
                .isEqualTo(-1);
    }

    @Test
    void theCategoryBoundariesAreThoseOfTheScale() {
        assertThat(NaranjoCategory.ofScore(0)).isEqualTo(NaranjoCategory.DOUBTFUL);
        assertThat(NaranjoCategory.ofScore(1)).isEqualTo(NaranjoCategory.POSSIBLE);
        assertThat(NaranjoCategory.ofScore(4)).isEqualTo(NaranjoCategory.POSSIBLE);
        assertThat(NaranjoCategory.ofScore(5)).isEqualTo(NaranjoCategory.PROBABLE);
        assertThat(NaranjoCategory.ofScore(8)).isEqualTo(NaranjoCategory.PROBABLE);
        assertThat(NaranjoCategory.ofScore(9)).isEqualTo(NaranjoCategory.DEFINITE);
    }

    /** All 3^10 = 59,049 questionnaires: the scale runs from −4 to 13 and reaches both ends. */
    @Test
    void everyPossibleQuestionnaireScoresFromMinusFourToThirteen() {
        NaranjoQuestion[] questions = NaranjoQuestion.values();
        NaranjoAnswer[] answers = NaranjoAnswer.values();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int combination = 0; combination < 59_049; combination++) {
            Map<NaranjoQuestion, NaranjoAnswer> chosen = new EnumMap<>(NaranjoQuestion.class);
            int rest = combination;
            for (NaranjoQuestion q : questions) {
                chosen.put(q, answers[rest % 3]);
                rest /= 3;
            }
            NaranjoScore score = NaranjoScore.of(chosen);
            min = Math.min(min, score.total());
            max = Math.max(max, score.total());
            assertThat(score.category()).isEqualTo(NaranjoCategory.ofScore(score.total()));
        }
        assertThat(min).isEqualTo(-4);
        assertThat(max).isEqualTo(13);
    }

    @Test
    void anAssessmentRecordsMethodAndResultAsE2bHoldsThem() {
        NaranjoScore score = NaranjoScore.of(Map.of(
                NaranjoQuestion.APPEARED_AFTER_DRUG,
                NaranjoAnswer.YES,
                NaranjoQuestion.ALTERNATIVE_CAUSES,
                NaranjoAnswer.NO,
                NaranjoQuestion.OBJECTIVE_EVIDENCE,
                NaranjoAnswer.YES));

        CausalityAssessment assessment =
                CausalityAssessment.naranjo(0, 0, "certified committee", score, LocalDate.of(2026, 12, 1));

        assertThat(assessment.method()).isEqualTo("Naranjo");
        assertThat(assessment.result()).isEqualTo("probable (Naranjo score 5)");
        assertThat(CausalityAssessment.whoUmc(0, 0, "reporter", WhoUmcCategory.POSSIBLE, null)
                        .result())
                .isEqualTo("possible");
    }

    @Test
    void everyWhoUmcCategoryCarriesItsCriteria() {
        for (WhoUmcCategory category : WhoUmcCategory.values()) {
            assertThat(category.criteria()).as(category.code()).isNotEmpty();
        }
        assertThat(WhoUmcCategory.UNLIKELY.suggestsCausality()).isFalse();
        assertThat(WhoUmcCategory.POSSIBLE.suggestsCausality()).isTrue();
    }
}
