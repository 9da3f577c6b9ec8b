package org.exovigil.signals.onset;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * A Weibull distribution fitted to times to onset by maximum likelihood, read as Cornelius, Sauzet and Evans
 * read it [1]: with density f(t) = (k / λ)(t / λ)^(k-1) exp(-(t / λ)^k) the hazard is proportional to
 * t^(k-1), so a shape k below 1 means a hazard that falls with time since administration (onsets cluster
 * early), k = 1 a constant hazard (no relation to the time of administration), and k above 1 a rising one.
 * The reading is {@link Reading#DECREASING} only when the whole 95% interval of k lies below 1, and
 * {@link Reading#INCREASING} only when it lies above 1 [1].
 *
 * <p>Method. The log-likelihood of complete (uncensored) times t1..tn is
 * l(k, λ) = n ln k - n k ln λ + (k - 1) Σ ln t - Σ (t / λ)^k. Setting dl/dλ = 0 gives
 * λ^k = Σ t^k / n, and putting that into dl/dk = 0 leaves one equation in k (the profile score) [2]:
 * g(k) = Σ t^k ln t / Σ t^k - 1 / k - (1/n) Σ ln t = 0. g increases in k from -∞ to max ln t - mean ln t,
 * so it has one root when the times are not all equal; it is bracketed by halving and doubling from 1 and
 * solved with Brent's method (Hipparchus). The times are first divided by the largest, which leaves k
 * unchanged and keeps t^k between 0 and 1, so huge times neither overflow nor lose the root.
 *
 * <p>Interval. The 95% interval is Wald's on the log scale, exp(ln k ± 1.96 se(k) / k), which stays
 * positive and, like the sampling distribution of k in small series, is not symmetric. se(k)
 * comes from the inverse of the observed information at the maximum; with z = t / λ and using
 * Σ z^k = n there: var(k) = n / (n (n / k² + Σ z^k ln² z) - (Σ z^k ln z)²).
 *
 * <p>Same-day onsets. Onset day 0 (the day of administration) is taken as half a day: an onset on calendar
 * day d lies somewhere in a day-long interval, and for day 0 that interval is (0, 1) since the onset cannot
 * precede the administration, so its midpoint stands for it; a Weibull time must be positive, and dropping
 * same-day onsets would hide exactly the early cluster the test looks for. Later days are kept as counted.
 * Interval censoring would model the day's width exactly but needs the time of day, which reports rarely
 * give. The choice weighs most where most onsets fall on day 0 (VAERS 2017, HPV9 and syncope: 144 of 153).
 *
 * <p>[1] Cornelius VR, Sauzet O, Evans SJW. A signal detection method to detect adverse drug reactions using
 * a parametric time-to-event model in simulated cohort data. Drug Saf 2012;35(7):599-610.
 * [2] Cohen AC. Maximum likelihood estimation in the Weibull distribution based on complete and on censored
 * samples. Technometrics 1965;7(4):579-588.
 *
 * @param reading what the fit says, or why there is none
 * @param n the number of times fitted
 * @param shape k, NaN when not fitted
 * @param shapeLower the lower 95% bound of k, NaN when not fitted
 * @param shapeUpper the upper 95% bound of k, NaN when not fitted
 * @param scale λ in days, NaN when not fitted
 */
public record WeibullFit(Reading reading, int n, double shape, double shapeLower, double shapeUpper, double scale) {

    /** The time that stands for an onset on the day of administration, in days. */
    public static final double SAME_DAY = 0.5;

    private static final double Z_975 = new NormalDistribution().inverseCumulativeProbability(0.975);

    /** What the fit says of the hazard, or why no fit was made. */
    public enum Reading {
        /** The 95% interval of k lies below 1: onsets cluster soon after administration. */
        DECREASING,
        /** The 95% interval of k holds 1: no evidence that onsets depend on the time since administration. */
        CONSTANT,
        /** The 95% interval of k lies above 1: onsets grow more likely as time passes. */
        INCREASING,
        /** No onsets to fit. */
        NO_ONSETS,
        /** Every onset on the same day (or only one onset): the likelihood has no maximum, k grows without end. */
        ONE_ONSET_DAY;

        public boolean fitted() {
            return this == DECREASING || this == CONSTANT || this == INCREASING;
        }
    }

    /** Whether a fit was made. */
    public boolean fitted() {
        return reading.fitted();
    }

    /** The fit to onset days (not negative), day 0 taken as {@link #SAME_DAY}. */
    public static WeibullFit ofDays(long[] days) {
        double[] times = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            if (days[i] < 0) {
                throw new IllegalArgumentException("a time to onset is not negative, got " + days[i]);
            }
            times[i] = days[i] == 0 ? SAME_DAY : days[i];
        }
        return of(times);
    }

    /** The fit to positive, finite times. */
    public static WeibullFit of(double[] times) {
        int n = times.length;
        if (n == 0) {
            return notFitted(Reading.NO_ONSETS, 0);
        }
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (double t : times) {
            if (!(t > 0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("a Weibull time is positive and finite, got " + t);
            }
            largest = Math.max(largest, t);
            smallest = Math.min(smallest, t);
        }
        if (smallest == largest) {
            return notFitted(Reading.ONE_ONSET_DAY, n);
        }
        double[] logs = new double[n];
        double meanLog = 0;
        for (int i = 0; i < n; i++) {
            logs[i] = Math.log(times[i] / largest);
            meanLog += logs[i] / n;
        }
        double mean = meanLog;
        UnivariateFunction score = k -> profileScore(logs, mean, k);
        double low = 1;
        while (score.value(low) > 0) {
            low /= 2;
        }
        double high = 1;
        while (score.value(high) < 0) {
            high *= 2;
            if (Double.isInfinite(high)) {
                // Only times that differ in the last bits of a double get here; k is then beyond any reading.
                throw new ArithmeticException("the Weibull shape of times this close together is not finite");
            }
        }
        double k = low == high ? low : new BrentSolver(1e-15, 1e-13).solve(10_000, score, low, high);
        double sumPower = 0;
        for (double y : logs) {
            sumPower += Math.exp(k * y);
        }
        // z = t / λ, so ln z = ln y - ln λy with λy^k = Σ y^k / n, and z^k = y^k n / Σ y^k.
        double logScale = Math.log(sumPower / n) / k;
        double s1 = 0;
        double s2 = 0;
        for (double y : logs) {
            double zk = Math.exp(k * y) * n / sumPower;
            double lnZ = y - logScale;
            s1 += zk * lnZ;
            s2 += zk * lnZ * lnZ;
        }
        double se = Math.sqrt(n / (n * (n / (k * k) + s2) - s1 * s1));
        double lower = k * Math.exp(-Z_975 * se / k);
        double upper = k * Math.exp(Z_975 * se / k);
        Reading reading = upper < 1 ? Reading.DECREASING : lower > 1 ? Reading.INCREASING : Reading.CONSTANT;
        return new WeibullFit(reading, n, k, lower, upper, largest * Math.exp(logScale));
    }

    /** g(k) above, over y = t / max t given as ln y. */
    private static double profileScore(double[] logs, double meanLog, double k) {
        double sum = 0;
        double weighted = 0;
        for (double y : logs) {
            double power = Math.exp(k * y);
            sum += power;
            weighted += power * y;
        }
        return weighted / sum - 1 / k - meanLog;
    }

    private static WeibullFit notFitted(Reading reading, int n) {
        return new WeibullFit(reading, n, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
}
