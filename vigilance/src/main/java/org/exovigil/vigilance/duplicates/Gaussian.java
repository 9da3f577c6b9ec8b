package org.exovigil.vigilance.duplicates;

/**
 * The normal distribution with mean 0, as much of it as the hit-miss mixture needs: the probability
 * that a value rounds to a whole number. {@code java.lang.Math} has no error function, so the upper
 * tail uses Abramowitz and Stegun's rational approximation 7.1.26 of erfc (Handbook of Mathematical
 * Functions, 1964, p. 299; absolute error below 1.5 × 10⁻⁷).
 */
final class Gaussian {

    private static final double P = 0.3275911;
    private static final double A1 = 0.254829592;
    private static final double A2 = -0.284496736;
    private static final double A3 = 1.421413741;
    private static final double A4 = -1.453152027;
    private static final double A5 = 1.061405429;
    private static final double SQRT_2 = Math.sqrt(2);
    private static final double SQRT_2_PI = Math.sqrt(2 * Math.PI);
    /** From this standard deviation on, a unit-wide bin is narrow enough for the midpoint rule. */
    private static final double WIDE = 10;

    private Gaussian() {}

    /** erfc(x) for x ≥ 0 after Abramowitz and Stegun 7.1.26. */
    static double erfc(double x) {
        double t = 1 / (1 + P * x);
        return t * (A1 + t * (A2 + t * (A3 + t * (A4 + t * A5)))) * Math.exp(-x * x);
    }

    /** P(X > z) for a standard normal X and z ≥ 0. */
    static double upperTail(double z) {
        return 0.5 * erfc(z / SQRT_2);
    }

    /**
     * P(d − ½ ≤ X < d + ½) for X normal with mean 0 and standard deviation {@code sd}, d ≥ 0: the
     * probability that a normal difference rounds to {@code d} whole years or days. For a narrow normal
     * it is the difference of two upper tails (the approximation's relative error stays below 3 % out to
     * 11 standard deviations, where such a term no longer counts beside the others). For a wide one
     * (sd ≥ 10) the two tails would nearly cancel, so the mass is the density at {@code d} times the
     * width 1 (midpoint rule), whose relative error is below (z² − 1)/(24 sd²), under 0.1 % where it
     * matters.
     */
    static double massAt(long d, double sd) {
        if (sd >= WIDE) {
            double z = d / sd;
            return Math.exp(-0.5 * z * z) / (SQRT_2_PI * sd);
        }
        if (d == 0) {
            return 1 - 2 * upperTail(0.5 / sd);
        }
        return Math.max(0, upperTail((d - 0.5) / sd) - upperTail((d + 0.5) / sd));
    }
}
