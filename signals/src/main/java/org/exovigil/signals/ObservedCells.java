package org.exovigil.signals;

import java.util.Arrays;

/**
 * The distinct (n, E) cells among the pairs, each with its number of pairs as weight, and the cell of
 * every pair. Pairs in the same cell have the same posterior and the same likelihood term, so the shrinker
 * computes each cell once (with unstratified counts E = n_product n_event / n_total repeats a lot: 1.4M
 * pairs of the 1M-report benchmark fall into 0.33M cells).
 *
 * <p>{@link #squash} implements data squashing for the hyperparameter fit of very large tables
 * [DuMouchel, Pregibon, KDD 2001; openEBGM {@code squashData}]: within each n, cells sorted by E are merged
 * into bins of consecutive cells with the weighted mean E and the summed weight; a bin holds at most a
 * fixed number of cells and never spans more than 2% in E, so the result may exceed the requested size
 * where E is spread out. It is an approximation of
 * the likelihood, used only to locate theta; the fit reports -logL on the exact cells.
 */
final class ObservedCells {

    private static final int KEPT_PER_N = 50;
    /** A bin never spans more than this ratio of E, so the sparse tails stay finely resolved. */
    private static final double MAX_SPREAD = 1.02;

    final int[] n;
    final double[] expected;
    final double[] weight;
    private final int[] cellOfPair;

    private ObservedCells(int[] n, double[] expected, double[] weight, int[] cellOfPair) {
        this.n = n;
        this.expected = expected;
        this.weight = weight;
        this.cellOfPair = cellOfPair;
    }

    static ObservedCells of(int[] observed, double[] expectedCounts) {
        int pairs = observed.length;
        int[] cellOfPair = new int[pairs];
        int capacity = Integer.highestOneBit(Math.max(16, pairs * 2 - 1)) << 1;
        int mask = capacity - 1;
        int[] slots = new int[capacity];
        int[] n = new int[pairs];
        double[] e = new double[pairs];
        double[] w = new double[pairs];
        int cells = 0;
        for (int pair = 0; pair < pairs; pair++) {
            long bits = Double.doubleToLongBits(expectedCounts[pair]);
            int slot = (int) ByteHash.mix(bits * 31 + observed[pair]) & mask;
            while (true) {
                int cell = slots[slot] - 1;
                if (cell < 0) {
                    n[cells] = observed[pair];
                    e[cells] = expectedCounts[pair];
                    slots[slot] = ++cells;
                    cell = cells - 1;
                } else if (n[cell] != observed[pair] || Double.doubleToLongBits(e[cell]) != bits) {
                    slot = (slot + 1) & mask;
                    continue;
                }
                w[cell]++;
                cellOfPair[pair] = cell;
                break;
            }
        }
        return new ObservedCells(Arrays.copyOf(n, cells), Arrays.copyOf(e, cells), Arrays.copyOf(w, cells), cellOfPair);
    }

    /**
     * Cells already made elsewhere (e.g. aggregated by Spark), each with its number of pairs; no pair-to-cell map.
     */
    static ObservedCells weighted(int[] n, double[] expected, double[] weight) {
        return new ObservedCells(n.clone(), expected.clone(), weight.clone(), null);
    }

    int size() {
        return n.length;
    }

    int cellOf(int pair) {
        return cellOfPair[pair];
    }

    /** About {@code points} weighted cells: small n-groups kept, large ones binned along E. */
    ObservedCells squash(int points) {
        return squash(points, MAX_SPREAD);
    }

    /** As {@link #squash(int)}, with bins spanning at most the ratio {@code maxSpread} in E. */
    ObservedCells squash(int points, double maxSpread) {
        if (size() <= points) {
            return this;
        }
        int binSize = (int) Math.ceil((double) size() / points);
        int[] order = byCountThenExpected();
        int[] sn = new int[size()];
        double[] se = new double[size()];
        double[] sw = new double[size()];
        int out = 0;
        for (int from = 0; from < order.length; ) {
            int to = from;
            while (to < order.length && n[order[to]] == n[order[from]]) {
                to++;
            }
            int bin = to - from <= KEPT_PER_N ? 1 : binSize;
            for (int start = from; start < to; ) {
                double weightSum = 0;
                double weighted = 0;
                int k = start;
                while (k < to && k - start < bin && expected[order[k]] <= expected[order[start]] * maxSpread) {
                    weightSum += weight[order[k]];
                    weighted += weight[order[k]] * expected[order[k]];
                    k++;
                }
                sn[out] = n[order[from]];
                se[out] = weighted / weightSum;
                sw[out++] = weightSum;
                start = k;
            }
            from = to;
        }
        return new ObservedCells(Arrays.copyOf(sn, out), Arrays.copyOf(se, out), Arrays.copyOf(sw, out), null);
    }

    /**
     * The cells ordered by n, then E, without boxing: one primitive sort of longs that hold E's bits with the
     * cell's index in place of the lowest mantissa bits (E > 0, so the bits order as the numbers; E's closer than
     * 2^-(52 - index bits) relative, 2e-9 for the 5M cells of 10M reports, fall in index order, which moves no bin
     * of a squash by more than that),
     * then a stable counting sort over the distinct n.
     */
    private int[] byCountThenExpected() {
        int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, size() - 1));
        long indexMask = (1L << indexBits) - 1;
        long[] byExpected = new long[size()];
        for (int cell = 0; cell < size(); cell++) {
            byExpected[cell] = (Double.doubleToLongBits(expected[cell]) & ~indexMask) | cell;
        }
        Arrays.parallelSort(byExpected);
        int[] distinctN = DistinctCounts.of(n);
        int[] nIndex = new int[size()];
        int[] next = new int[distinctN.length + 1];
        for (int cell = 0; cell < size(); cell++) {
            nIndex[cell] = Arrays.binarySearch(distinctN, n[cell]);
            next[nIndex[cell] + 1]++;
        }
        for (int k = 1; k < next.length; k++) {
            next[k] += next[k - 1];
        }
        int[] order = new int[size()];
        for (long key : byExpected) {
            int cell = (int) (key & indexMask);
            order[next[nIndex[cell]]++] = cell;
        }
        return order;
    }
}
