package org.exovigil.signals.onset;

/**
 * The day bands of the onset distribution, narrow where reactions to injections crowd (the day itself and
 * the first days) and wide in the tail, so that one plot shows both an early cluster and late onsets.
 * Day 0 is the day of administration.
 */
public enum OnsetBand {
    DAY_0(0, 0),
    DAY_1(1, 1),
    DAY_2(2, 2),
    DAYS_3_TO_7(3, 7),
    DAYS_8_TO_14(8, 14),
    DAYS_15_TO_30(15, 30),
    DAYS_31_TO_90(31, 90),
    DAYS_91_TO_365(91, 365),
    OVER_365(366, Long.MAX_VALUE);

    private final long first;
    private final long last;

    OnsetBand(long first, long last) {
        this.first = first;
        this.last = last;
    }

    /** The first day of the band. */
    public long first() {
        return first;
    }

    /** The last day of the band; {@link Long#MAX_VALUE} for the open last band. */
    public long last() {
        return last;
    }

    /** The band holding {@code day} (not negative). */
    public static OnsetBand of(long day) {
        if (day < 0) {
            throw new IllegalArgumentException("a time to onset is not negative, got " + day);
        }
        for (OnsetBand band : values()) {
            if (day <= band.last) {
                return band;
            }
        }
        throw new AssertionError(day);
    }
}
