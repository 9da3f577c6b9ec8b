package org.exovigil.vigilance.duplicates;

/**
 * One field of every case in the set being deduplicated, compiled for fast pairwise weights: values are
 * numbered, and each value's agreement weight is worked out once from its frequency in the set.
 */
sealed interface Column permits ValueColumn, SetColumn, NumberColumn {

    /**
     * The greatest share of blanks the model is given: at most 90 % of what misses leave, so that a hit
     * stays possible (h = 1 − a − b above 0) when a field is blank in nearly every report.
     */
    double MAX_BLANK_SHARE_OF_REST = 0.9;

    Field field();

    /** The field's weight for cases {@code i} and {@code j}, in bits. */
    double weight(int i, int j);

    /** The same weight with what was seen, for a reviewer. */
    FieldWeight evidence(int i, int j);

    /** The blank probability: the reviewed one, or the share observed in the set, capped. */
    static double blank(Double reviewed, double observed, double misses) {
        double b = reviewed != null ? reviewed : observed;
        return Math.min(b, MAX_BLANK_SHARE_OF_REST * (1 - misses));
    }
}
