package org.exovigil.signals;

import java.util.Arrays;

/**
 * The distinct values of a column of counts n, ascending: the statistics that depend on n alone (IC quantiles,
 * ln Gamma(a + n)) are computed once per value. Made by a primitive sort, not {@code IntStream.distinct}, which
 * boxes every element (8.8M pairs at 10M reports).
 */
final class DistinctCounts {

    private DistinctCounts() {}

    static int[] of(int[] counts) {
        int[] sorted = counts.clone();
        Arrays.parallelSort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }
}
