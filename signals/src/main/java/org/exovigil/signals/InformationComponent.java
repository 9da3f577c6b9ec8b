package org.exovigil.signals;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The information component with shrinkage, IC = log2((n + 0.5) / (E + 0.5)), and its exact 95%
 * credibility interval: log2 of the 2.5% and 97.5% quantiles of Gamma(shape n + 0.5, rate E + 0.5), the
 * posterior of the observed-to-expected ratio under a Gamma(0.5, 0.5) prior [1, 2]; vigicaen
 * {@code ic_tail} and pvda {@code ci_for_ic} compute the same. Since a Gamma(s, r) quantile is the
 * Gamma(s, 1) quantile divided by r, the quantiles depend on n only and are computed once per distinct n,
 * exactly ({@link GammaMixtureQuantile}), not by Norén's closed-form approximation.
 * [1] Bate et al., Eur J Clin Pharmacol 1998;54:315-21. [2] Norén, Hopstadius, Bate, Stat Methods Med Res
 * 2013;22(1):57-69 (and Norén et al., Stat Med 2006;25:3740-57).
 */
final class InformationComponent {

    private final int[] distinctN;
    private final double[] lower;
    private final double[] upper;

    private InformationComponent(int[] distinctN) {
        this.distinctN = distinctN;
        this.lower = IntStream.of(distinctN)
                .parallel()
                .mapToDouble(n -> GammaMixtureQuantile.gamma(0.025, n + 0.5, 1))
                .toArray();
        this.upper = IntStream.of(distinctN)
                .parallel()
                .mapToDouble(n -> GammaMixtureQuantile.gamma(0.975, n + 0.5, 1))
                .toArray();
    }

    /** Prepares the quantiles for every count in {@code observed}. */
    static InformationComponent forCounts(int[] observed) {
        return new InformationComponent(DistinctCounts.of(observed));
    }

    static double ic(int n, double expected) {
        return log2((n + 0.5) / (expected + 0.5));
    }

    double ic025(int n, double expected) {
        return log2(lower[index(n)] / (expected + 0.5));
    }

    double ic975(int n, double expected) {
        return log2(upper[index(n)] / (expected + 0.5));
    }

    private int index(int n) {
        int at = Arrays.binarySearch(distinctN, n);
        if (at < 0) {
            throw new IllegalArgumentException("no quantile prepared for n = " + n);
        }
        return at;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
