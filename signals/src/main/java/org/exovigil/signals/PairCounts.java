package org.exovigil.signals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The report-level counts of every observed product-event pair (n >= 1), ordered by product then event
 * name, with the margins and the expected count. Expected = n_product * n_event / n_total; stratified,
 * the sum over strata of n_product,s * n_event,s / n_s (DuMouchel 1999 section 4; openEBGM
 * {@code processRaw}), summed in stratum-name order so that the result does not depend on thread timing.
 */
final class PairCounts {

    private final String[] products;
    private final String[] events;
    private final int[] product;
    private final int[] event;
    private final int[] n;
    private final int[] productReports;
    private final int[] eventReports;
    private final long totalReports;
    private final double[] expected;
    private final List<Stratum> strata;

    private PairCounts(PairTally tally, long[] pairs, int[] n, double[] expected) {
        this.products = tally.products.names();
        this.events = tally.events.names();
        this.product = new int[pairs.length];
        this.event = new int[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            product[i] = LongCountTable.first(pairs[i]);
            event[i] = LongCountTable.second(pairs[i]);
        }
        this.n = n;
        this.productReports = tally.productReports;
        this.eventReports = tally.eventReports;
        this.totalReports = tally.reports;
        this.expected = expected;
        this.strata = strataOf(tally);
    }

    static PairCounts of(PairTally tally) {
        long[] pairs = orderedPairs(tally);
        int[] n = observed(tally, pairs);
        double[] expected = tally.stratified ? stratifiedExpected(tally, pairs) : expected(tally, pairs);
        return new PairCounts(tally, pairs, n, expected);
    }

    int size() {
        return n.length;
    }

    String product(int pair) {
        return products[product[pair]];
    }

    String event(int pair) {
        return events[event[pair]];
    }

    /** The id of the pair's product, an index into {@link #productNames}. */
    int productId(int pair) {
        return product[pair];
    }

    int eventId(int pair) {
        return event[pair];
    }

    /** Every product name by id; shared, not copied. */
    String[] productNames() {
        return products;
    }

    String[] eventNames() {
        return events;
    }

    int n(int pair) {
        return n[pair];
    }

    int productReports(int pair) {
        return productReports[product[pair]];
    }

    int eventReports(int pair) {
        return eventReports[event[pair]];
    }

    long totalReports() {
        return totalReports;
    }

    /** The strata in name order with their distinct reports; empty when not stratified. */
    List<Stratum> strata() {
        return strata;
    }

    double expected(int pair) {
        return expected[pair];
    }

    int[] observed() {
        return n.clone();
    }

    double[] expected() {
        return expected.clone();
    }

    ContingencyTable table(int pair) {
        return ContingencyTable.of(n[pair], productReports(pair), eventReports(pair), totalReports);
    }

    private static List<Stratum> strataOf(PairTally tally) {
        if (!tally.stratified) {
            return List.of();
        }
        String[] names = tally.strata.names();
        List<Stratum> strata = new ArrayList<>();
        for (int s : inverse(tally.strata.rankByName())) {
            strata.add(new Stratum(names[s], tally.stratumReports[s]));
        }
        return List.copyOf(strata);
    }

    /** Every pair of the tally and of the tallies it absorbed, once, in product-then-event name order. */
    private static long[] orderedPairs(PairTally tally) {
        int[] productRank = tally.products.rankByName();
        int[] eventRank = tally.events.rankByName();
        int size = tally.pairs.size();
        for (PairTally.AbsorbedPairs part : tally.absorbed) {
            size += part.pairs().size();
        }
        long[] ranked = new long[size];
        int[] at = {0};
        tally.pairs.forEach((key, count) -> ranked[at[0]++] =
                LongCountTable.pair(productRank[LongCountTable.first(key)], eventRank[LongCountTable.second(key)]));
        for (PairTally.AbsorbedPairs part : tally.absorbed) {
            part.pairs()
                    .forEach((key, count) -> ranked[at[0]++] = LongCountTable.pair(
                            productRank[part.products()[LongCountTable.first(key)]],
                            eventRank[part.events()[LongCountTable.second(key)]]));
        }
        Arrays.parallelSort(ranked);
        int distinct = 0;
        for (int i = 0; i < ranked.length; i++) {
            if (i == 0 || ranked[i] != ranked[i - 1]) {
                ranked[distinct++] = ranked[i];
            }
        }
        long[] pairs = ranked.length == distinct ? ranked : Arrays.copyOf(ranked, distinct);
        int[] productOf = inverse(productRank);
        int[] eventOf = inverse(eventRank);
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = LongCountTable.pair(
                    productOf[LongCountTable.first(pairs[i])], eventOf[LongCountTable.second(pairs[i])]);
        }
        return pairs;
    }

    /** n of every pair: its count in the tally plus its counts in the absorbed tallies, on all cores. */
    private static int[] observed(PairTally tally, long[] pairs) {
        List<int[]> productIds = new ArrayList<>();
        List<int[]> eventIds = new ArrayList<>();
        for (PairTally.AbsorbedPairs part : tally.absorbed) {
            productIds.add(localIds(part.products(), tally.products.size()));
            eventIds.add(localIds(part.events(), tally.events.size()));
        }
        int[] n = new int[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(i -> {
            int product = LongCountTable.first(pairs[i]);
            int event = LongCountTable.second(pairs[i]);
            int count = tally.pairs.get(pairs[i]);
            for (int k = 0; k < tally.absorbed.size(); k++) {
                int localProduct = productIds.get(k)[product];
                int localEvent = eventIds.get(k)[event];
                if (localProduct >= 0 && localEvent >= 0) {
                    count += tally.absorbed.get(k).pairs().get(LongCountTable.pair(localProduct, localEvent));
                }
            }
            n[i] = count;
        });
        return n;
    }

    /** The inverse of a translation of ids: -1 for the ids the other tally never saw. */
    private static int[] localIds(int[] toGlobal, int globalSize) {
        int[] local = new int[globalSize];
        Arrays.fill(local, -1);
        for (int id = 0; id < toGlobal.length; id++) {
            local[toGlobal[id]] = id;
        }
        return local;
    }

    private static int[] inverse(int[] rank) {
        int[] inverse = new int[rank.length];
        for (int id = 0; id < rank.length; id++) {
            inverse[rank[id]] = id;
        }
        return inverse;
    }

    private static double[] expected(PairTally tally, long[] pairs) {
        double[] expected = new double[pairs.length];
        double total = tally.reports;
        for (int i = 0; i < pairs.length; i++) {
            expected[i] = (double) tally.productReports[LongCountTable.first(pairs[i])]
                    * tally.eventReports[LongCountTable.second(pairs[i])]
                    / total;
        }
        return expected;
    }

    private static double[] stratifiedExpected(PairTally tally, long[] pairs) {
        int[] stratumRank = tally.strata.rankByName();
        int[] strata = inverse(stratumRank);
        double[] expected = new double[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            int p = LongCountTable.first(pairs[i]);
            int e = LongCountTable.second(pairs[i]);
            double sum = 0;
            for (int s : strata) {
                int withProduct = tally.productStrata.get(LongCountTable.pair(s, p));
                int withEvent = withProduct == 0 ? 0 : tally.eventStrata.get(LongCountTable.pair(s, e));
                if (withEvent != 0) {
                    sum += (double) withProduct * withEvent / tally.stratumReports[s];
                }
            }
            expected[i] = sum;
        }
        return expected;
    }
}
