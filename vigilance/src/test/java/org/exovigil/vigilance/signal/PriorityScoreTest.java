package org.exovigil.vigilance.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.junit.jupiter.api.Test;

/** The priority score in the manner of vigiRank, with the bundled weights and with broken weight files. */
class PriorityScoreTest {

    private static final PriorityWeights WEIGHTS = PriorityWeights.bundled();

    @Test
    void twoRecentSeriousInfectionsInOneLotAreHighAndOneMildCaseIsLow() {
        var cluster = new SignalFeatures(-0.4, 2, 2, 0, 2, 1, 1, 1, 0.6, true);
        PriorityScore high = PriorityScore.of(cluster, WEIGHTS);
        // cases log2(3) + serious 1 + recent log2(3) + completeness 0.6 + important risk 1.5
        assertThat(high.total()).isCloseTo(2 * Math.log(3) / Math.log(2) + 1 + 0.6 + 1.5, within(1e-9));
        assertThat(high.suggested()).isEqualTo(PriorityLevel.HIGH);
        assertThat(high.contributions().get(PriorityFactor.IC025)).isZero();
        assertThat(high.contributions().get(PriorityFactor.CLINICS)).isZero();

        var mild = new SignalFeatures(-1.0, 1, 0, 0, 0, 1, 1, 1, 0.5, false);
        assertThat(PriorityScore.of(mild, WEIGHTS).suggested()).isEqualTo(PriorityLevel.LOW);
    }

    @Test
    void disproportionalityIsCappedSoOneRatioCannotOutweighTheSeries() {
        var huge = new SignalFeatures(40.0, 1, 0, 0, 0, 1, 1, 1, 0, false);
        assertThat(PriorityScore.of(huge, WEIGHTS).contributions().get(PriorityFactor.IC025))
                .isEqualTo(3.0);
        var none = new SignalFeatures(null, 1, 0, 0, 0, 1, 1, 1, 0, false);
        assertThat(PriorityScore.of(none, WEIGHTS).contributions().get(PriorityFactor.IC025))
                .isZero();
        var nan = new SignalFeatures(Double.NaN, 1, 0, 0, 0, 1, 1, 1, 0, false);
        assertThat(nan.ic025()).isNull();
    }

    @Test
    void anEmptySeriesScoresNothingButItsFlags() {
        var empty = new SignalFeatures(null, 0, 0, 0, 0, 0, 0, 0, 0, false);
        assertThat(PriorityScore.of(empty, WEIGHTS).total()).isZero();
    }

    @Test
    void moreOfAnyAspectNeverLowersTheScore() {
        long seed = 20261206L;
        var random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            int cases = random.nextInt(200);
            var base = new SignalFeatures(
                    random.nextDouble() * 6 - 3,
                    cases,
                    cases == 0 ? 0 : random.nextInt(cases + 1),
                    0,
                    cases == 0 ? 0 : random.nextInt(cases + 1),
                    random.nextInt(20),
                    random.nextInt(20),
                    random.nextInt(20),
                    random.nextDouble(),
                    random.nextBoolean());
            var more = new SignalFeatures(
                    base.ic025() + 0.5,
                    base.cases() + 1,
                    base.serious(),
                    Math.min(base.fatal() + 1, base.cases() + 1),
                    base.recent() + 1,
                    base.clinics() + 1,
                    base.lots() + 1,
                    base.countries() + 1,
                    base.completeness(),
                    base.importantRisk());
            double before = PriorityScore.of(base, WEIGHTS).total();
            double after = PriorityScore.of(more, WEIGHTS).total();
            // The serious share may fall when a non-serious case is added; the count of cases makes up for it.
            assertThat(after).as("seed %d, case %d: %s", seed, i, base).isGreaterThanOrEqualTo(before - 1e-9);
        }
    }

    @Test
    void featuresOutsideTheirRangeAreAProgrammingError() {
        assertThatThrownBy(() -> new SignalFeatures(0.0, 1, 2, 0, 0, 1, 1, 1, 0.5, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignalFeatures(0.0, -1, 0, 0, 0, 1, 1, 1, 0.5, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignalFeatures(0.0, 1, 0, 0, 0, 1, 1, 1, 1.5, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBundledWeightsAreReviewedAndNameImportantRisksInEnglishAndJapanese() {
        assertThat(WEIGHTS.reviewed()).isNotNull();
        assertThat(WEIGHTS.recentDays()).isEqualTo(90);
        assertThat(WEIGHTS.isImportantRisk("Septic shock")).isTrue();
        assertThat(WEIGHTS.isImportantRisk("敗血症")).isTrue();
        assertThat(WEIGHTS.isImportantRisk("mild rash")).isFalse();
        assertThat(WEIGHTS.isImportantRisk(null)).isFalse();
    }

    @Test
    void aBrokenWeightsFileNamesEveryEntryAtFault() {
        String yaml = """
                reviewed: 2026-02-30
                recent_days: 0
                levels: {high: 1.0, medium: 2.0}
                weights:
                  ic025: {weight: -1, source: x}
                  potency: {weight: 1, source: x}
                important_risks: {infection: []}
                """;
        var problems = PriorityWeights.read(yaml).problems();
        assertThat(problems).extracting(Problem::code).containsOnly(ProblemCode.PRIORITY_WEIGHT_INVALID);
        assertThat(problems)
                .extracting(Problem::path)
                .contains(
                        "reviewed",
                        "recent_days",
                        "levels",
                        "weights.ic025.weight",
                        "weights.cases",
                        "weights.potency",
                        "important_risks.infection");
        assertThat(PriorityWeights.read("weights: [").problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.PRIORITY_WEIGHTS_UNREADABLE);
        assertThat(PriorityWeights.read("- a list").problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.PRIORITY_WEIGHTS_UNREADABLE);
    }
}
