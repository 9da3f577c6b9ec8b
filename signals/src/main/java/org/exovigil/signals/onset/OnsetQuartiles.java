package org.exovigil.signals.onset;

import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.descriptive.rank.Percentile.EstimationType;

/**
 * The median time to onset and its interquartile range, in days.
 *
 * <p>Quantiles are Hyndman and Fan's definition 7 (Am Stat 1996;50:361-5): for n sorted values
 * x(1)..x(n), Q(p) = x(j) + g (x(j+1) - x(j)) with h = (n - 1) p + 1, j = floor(h), g = h - j. It is the
 * default of R's {@code quantile()}, of NumPy and of Excel's QUARTILE.INC, so a reader can check a figure
 * with the tool at hand; it never leaves the range of the data, and its median is the usual one (the middle
 * value, or the mean of the two middle ones). Computed by Hipparchus's {@link Percentile} ({@code R_7}).
 *
 * @param lower the first quartile, Q(0.25)
 * @param median Q(0.5)
 * @param upper the third quartile, Q(0.75)
 */
public record OnsetQuartiles(double lower, double median, double upper) {

    /** The quartiles of {@code days}, which holds at least one value. */
    static OnsetQuartiles of(double[] days) {
        if (days.length == 0) {
            throw new IllegalArgumentException("no onsets");
        }
        Percentile quantile = new Percentile().withEstimationType(EstimationType.R_7);
        quantile.setData(days);
        return new OnsetQuartiles(quantile.evaluate(25), quantile.evaluate(50), quantile.evaluate(75));
    }

    /** The interquartile range, Q(0.75) - Q(0.25). */
    public double interquartileRange() {
        return upper - lower;
    }
}
