package org.exovigil.signals.onset;

import java.util.Arrays;

/**
 * The statistics worked out the long way, for the tests to hold the code to: quantiles by picking order
 * statistics, the Weibull shape by bisection on the profile score, the information by finite differences.
 * None of it shares code or libraries with the classes under test.
 */
final class HandComputation {

    private HandComputation() {}

    /** Hyndman and Fan type 7: h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]). */
    static double quantile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int j = (int) Math.floor(h);
        if (j + 1 >= sorted.length) {
            return sorted[j];
        }
        return sorted[j] + (h - j) * (sorted[j + 1] - sorted[j]);
    }

    /** Day 0 as half a day, every other day as it is. */
    static double[] times(long[] days) {
        return Arrays.stream(days).mapToDouble(d -> d == 0 ? 0.5 : d).toArray();
    }

    /**
     * The Weibull maximum-likelihood shape: the root of
     * Σ t^k ln t / Σ t^k - 1/k - mean ln t, by 200 bisections of [1e-6, 1e6], on the raw times (sums
     * in log-space against overflow, by log-sum-exp).
     */
    static double weibullShape(double[] times) {
        double lo = 1e-6;
        double hi = 1e6;
        for (int i = 0; i < 200; i++) {
            double mid = Math.sqrt(lo * hi);
            if (profile(times, mid) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.sqrt(lo * hi);
    }

    private static double profile(double[] t, double k) {
        double top = Double.NEGATIVE_INFINITY;
        for (double x : t) {
            top = Math.max(top, k * Math.log(x));
        }
        double sum = 0;
        double weighted = 0;
        double meanLog = 0;
        for (double x : t) {
            double w = Math.exp(k * Math.log(x) - top);
            sum += w;
            weighted += w * Math.log(x);
            meanLog += Math.log(x) / t.length;
        }
        return weighted / sum - 1 / k - meanLog;
    }

    /** The Weibull log-likelihood at shape k and scale λ. */
    static double logLikelihood(double[] t, double k, double scale) {
        double l = 0;
        for (double x : t) {
            l += Math.log(k / scale) + (k - 1) * Math.log(x / scale) - Math.pow(x / scale, k);
        }
        return l;
    }

    /** The scale that maximises the likelihood for shape k: (Σ t^k / n)^(1/k). */
    static double weibullScale(double[] t, double k) {
        double sum = 0;
        for (double x : t) {
            sum += Math.pow(x, k);
        }
        return Math.pow(sum / t.length, 1 / k);
    }

    /**
     * The standard error of k from the observed information, the Hessian of the log-likelihood taken by
     * central finite differences and inverted as a 2x2 matrix.
     */
    static double shapeStandardError(double[] t, double k, double scale) {
        double hk = k * 1e-4;
        double hl = scale * 1e-4;
        double kk = (logLikelihood(t, k + hk, scale) - 2 * logLikelihood(t, k, scale) + logLikelihood(t, k - hk, scale))
                / (hk * hk);
        double ll = (logLikelihood(t, k, scale + hl) - 2 * logLikelihood(t, k, scale) + logLikelihood(t, k, scale - hl))
                / (hl * hl);
        double kl = (logLikelihood(t, k + hk, scale + hl)
                        - logLikelihood(t, k + hk, scale - hl)
                        - logLikelihood(t, k - hk, scale + hl)
                        + logLikelihood(t, k - hk, scale - hl))
                / (4 * hk * hl);
        double det = kk * ll - kl * kl;
        return Math.sqrt(-ll / det);
    }
}
