package org.exovigil.signals.onset;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The time-to-onset statistics of one case series, in days from administration (day 0) to onset.
 *
 * @param days every time to onset, sorted
 * @param excluded the cases without a time to onset, by reason (reasons with none left out)
 * @param bands how many onsets fall in each day band, every band present, in order
 * @param quartiles the median and interquartile range; empty when there are no onsets
 * @param weibull the Weibull fit of the shape of the hazard, or why there is none
 */
public record TimeToOnset(
        long[] days,
        Map<OnsetExclusion, Integer> excluded,
        Map<OnsetBand, Integer> bands,
        Optional<OnsetQuartiles> quartiles,
        WeibullFit weibull) {

    public TimeToOnset {
        days = days.clone();
        Map<OnsetExclusion, Integer> reasons = new EnumMap<>(OnsetExclusion.class);
        reasons.putAll(excluded);
        excluded = Collections.unmodifiableMap(reasons);
        bands = Collections.unmodifiableMap(new LinkedHashMap<>(bands));
    }

    static TimeToOnset of(long[] sorted, Map<OnsetExclusion, Integer> excluded) {
        Map<OnsetBand, Integer> bands = new EnumMap<>(OnsetBand.class);
        for (OnsetBand band : OnsetBand.values()) {
            bands.put(band, 0);
        }
        double[] asDouble = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            bands.merge(OnsetBand.of(sorted[i]), 1, Integer::sum);
            asDouble[i] = sorted[i];
        }
        return new TimeToOnset(
                sorted,
                excluded,
                bands,
                sorted.length == 0 ? Optional.empty() : Optional.of(OnsetQuartiles.of(asDouble)),
                WeibullFit.ofDays(sorted));
    }

    /** The number of onsets. */
    public int count() {
        return days.length;
    }

    /** The number of cases without a time to onset. */
    public int excludedCount() {
        return excluded.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The number of onsets on the day of administration. */
    public int sameDay() {
        return bands.get(OnsetBand.DAY_0);
    }

    /** The largest count of any band, for scaling a plot; 0 when there are no onsets. */
    public int largestBand() {
        return bands.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    @Override
    public long[] days() {
        return days.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeToOnset that
                && Arrays.equals(days, that.days)
                && excluded.equals(that.excluded)
                && weibull.equals(that.weibull);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(days) * 31 + excluded.hashCode();
    }

    @Override
    public String toString() {
        return "TimeToOnset[n=%d, excluded=%s, quartiles=%s, weibull=%s]"
                .formatted(days.length, excluded, quartiles.orElse(null), weibull);
    }
}
