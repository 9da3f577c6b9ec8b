package org.exovigil.vigilance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How well the bundled parameters find duplicates injected into a seeded synthetic store ({@link
 * SyntheticCases}): 5,000 distinct cases, 10 % of them reported once or twice more with errors. The
 * threshold was read off one store (the tuning seed) and is checked on another (the evaluation seed), so
 * the figures are not those of the data the threshold was fitted to.
 */
class SyntheticEvaluationTest {

    static final long TUNING_SEED = 1L;
    static final long EVALUATION_SEED = 20261123L;
    static final double TARGET_PRECISION = 0.98;

    private final DuplicateDetection detection = DuplicateDetection.bundled();

    /**
     * As UMC sets vigiMatch's threshold: from the scores of known duplicates against those of other
     * compared pairs. The rule written in {@code threshold_basis}: the lowest whole score at which at
     * least 98 % of suspected pairs are true duplicates on the tuning store.
     */
    @Test
    void theThresholdIsTheLowestWholeScoreWith98PercentPrecisionOnTheTuningStore() {
        var store = SyntheticCases.generate(TUNING_SEED, 5_000, 0.10);
        Set<String> truth = store.truePairs();
        List<Double> duplicates = new ArrayList<>();
        List<Double> others = new ArrayList<>();
        for (var pair : detection.scoredCandidates(store.cases())) {
            (truth.contains(SyntheticCases.key(pair.first(), pair.second())) ? duplicates : others).add(pair.score());
        }
        Collections.sort(duplicates);
        Collections.sort(others);
        System.out.printf(
                Locale.ROOT,
                "tuning store: %d true pairs, %d of them compared (blocking recall %.3f); %d other pairs compared%n",
                truth.size(),
                duplicates.size(),
                duplicates.size() / (double) truth.size(),
                others.size());
        System.out.println("quantile  duplicates  other pairs");
        for (double q : new double[] {0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 0.9999}) {
            System.out.printf(Locale.ROOT, "%8s  %10.1f  %11.1f%n", q, quantile(duplicates, q), quantile(others, q));
        }
        double chosen = Double.NaN;
        for (int t = 0; t <= 60; t++) {
            double precision = precisionAt(duplicates, others, t);
            System.out.printf(
                    Locale.ROOT,
                    "threshold %2d: precision %.3f, recall %.3f%n",
                    t,
                    precision,
                    countAtLeast(duplicates, t) / (double) truth.size());
            if (Double.isNaN(chosen) && precision >= TARGET_PRECISION) {
                chosen = t;
            }
            if (t > chosen + 4) {
                break;
            }
        }

        assertThat(detection.parameters().threshold()).isEqualTo(chosen);
    }

    @Test
    void findsMostInjectedDuplicatesAndFewWrongOnesOnAnotherStore() {
        var store = SyntheticCases.generate(EVALUATION_SEED, 5_000, 0.10);

        var evaluation = Evaluation.of(store, detection.find(store.cases()));

        System.out.println(
                "evaluation store, threshold " + detection.parameters().threshold() + ":");
        System.out.println(evaluation.summary());
        assertThat(evaluation.precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(evaluation.recall()).isGreaterThanOrEqualTo(0.8);
    }

    private static double precisionAt(List<Double> duplicates, List<Double> others, double threshold) {
        long tp = countAtLeast(duplicates, threshold);
        long fp = countAtLeast(others, threshold);
        return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    }

    private static long countAtLeast(List<Double> sorted, double threshold) {
        return sorted.stream().filter(s -> s >= threshold).count();
    }

    private static double quantile(List<Double> sorted, double q) {
        return sorted.isEmpty()
                ? Double.NaN
                : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }
}
