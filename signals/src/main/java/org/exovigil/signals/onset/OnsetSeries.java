package org.exovigil.signals.onset;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The times to onset of one case series as they are added: each case gives the day of administration and
 * the day of onset, or a day count, or is excluded with its reason. Not thread-safe; summarise when done.
 */
public final class OnsetSeries {

    private long[] days = new long[16];
    private int size;
    private final Map<OnsetExclusion, Integer> excluded = new EnumMap<>(OnsetExclusion.class);

    /**
     * Adds a case by its dates: the time to onset is the number of calendar days from administration to onset
     * (0 on the same day), as VAERS counts NUMDAYS. Either date may be null.
     *
     * @return why the case has no time to onset, or empty when it has one
     */
    public Optional<OnsetExclusion> add(LocalDate administeredOn, LocalDate onsetOn) {
        if (administeredOn == null) {
            return Optional.of(exclude(OnsetExclusion.NO_ADMINISTRATION_DATE));
        }
        if (onsetOn == null) {
            return Optional.of(exclude(OnsetExclusion.NO_ONSET_DATE));
        }
        return addDays(ChronoUnit.DAYS.between(administeredOn, onsetOn));
    }

    /**
     * Adds a case by its day count; a negative count (onset before administration) is excluded.
     *
     * @return why the case has no time to onset, or empty when it has one
     */
    public Optional<OnsetExclusion> addDays(long day) {
        if (day < 0) {
            return Optional.of(exclude(OnsetExclusion.ONSET_BEFORE_ADMINISTRATION));
        }
        if (size == days.length) {
            days = Arrays.copyOf(days, size * 2);
        }
        days[size++] = day;
        return Optional.empty();
    }

    /** Counts a case that has no time to onset, for the reason given. */
    public OnsetExclusion exclude(OnsetExclusion reason) {
        excluded.merge(reason, 1, Integer::sum);
        return reason;
    }

    /** The statistics of the series as added so far. */
    public TimeToOnset summary() {
        long[] sorted = Arrays.copyOf(days, size);
        Arrays.sort(sorted);
        return TimeToOnset.of(sorted, excluded);
    }
}
