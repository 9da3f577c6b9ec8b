package org.exovigil.signals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Report-level counts, fed one report at a time: distinct reports, distinct reports per product, per event
 * and per product-event pair, and, when stratified, the same per stratum. A row repeated inside a report
 * counts once (openEBGM {@code processRaw}, pvda). Memory grows with distinct names and pairs, not rows.
 */
final class PairTally {

    final NameDictionary products = new NameDictionary();
    final NameDictionary events = new NameDictionary();
    final NameDictionary strata = new NameDictionary();
    final LongCountTable pairs = new LongCountTable(1 << 12);
    /**
     * The pair tables of the tallies absorbed, kept as they are with the translation of their ids: merging them
     * into {@link #pairs} would need a third table as large as both (a 512 MB one at 10M reports), while
     * {@link PairCounts} reads them all once, in name order.
     */
    final List<AbsorbedPairs> absorbed = new ArrayList<>();

    final LongCountTable productStrata = new LongCountTable(16);
    final LongCountTable eventStrata = new LongCountTable(16);
    final boolean stratified;
    int[] productReports = new int[64];
    int[] eventReports = new int[64];
    int[] stratumReports = new int[8];
    long reports;

    private int[] productSeen = new int[64];
    private int[] eventSeen = new int[64];
    private long[] keys = new long[16];

    PairTally(boolean stratified) {
        this.stratified = stratified;
    }

    /** Counts one report given its rows as product, event and stratum ids (rows may repeat). */
    void addReport(int[] productIds, int[] eventIds, int[] stratumIds, int rows) {
        reports++;
        int stamp = (int) reports;
        ensureCapacity();
        for (int r = 0; r < rows; r++) {
            int p = productIds[r];
            if (productSeen[p] != stamp) {
                productSeen[p] = stamp;
                productReports[p]++;
            }
            int e = eventIds[r];
            if (eventSeen[e] != stamp) {
                eventSeen[e] = stamp;
                eventReports[e]++;
            }
        }
        countDistinct(pairs, productIds, eventIds, rows);
        if (stratified) {
            countDistinct(productStrata, stratumIds, productIds, rows);
            countDistinct(eventStrata, stratumIds, eventIds, rows);
            countDistinctStrata(stratumIds, rows);
        }
    }

    /** Translation of one tally's ids to another's. */
    record IdMapping(int[] products, int[] events, int[] strata) {}

    /** Another tally's pair counts, keyed by its ids, and the translation of those ids to this tally's. */
    record AbsorbedPairs(LongCountTable pairs, int[] products, int[] events) {}

    /** Adds the counts of {@code other}, whose ids are translated to the names here; returns that translation. */
    IdMapping absorb(PairTally other) {
        int[] productMap = products.absorb(other.products);
        int[] eventMap = events.absorb(other.events);
        int[] stratumMap = strata.absorb(other.strata);
        ensureCapacity();
        for (int p = 0; p < productMap.length; p++) {
            productReports[productMap[p]] += other.productReports[p];
        }
        for (int e = 0; e < eventMap.length; e++) {
            eventReports[eventMap[e]] += other.eventReports[e];
        }
        for (int s = 0; s < stratumMap.length; s++) {
            stratumReports[stratumMap[s]] += other.stratumReports[s];
        }
        absorbed.add(new AbsorbedPairs(other.pairs, productMap, eventMap));
        for (AbsorbedPairs nested : other.absorbed) {
            absorbed.add(new AbsorbedPairs(
                    nested.pairs(), compose(nested.products(), productMap), compose(nested.events(), eventMap)));
        }
        other.productStrata.forEach((key, count) -> productStrata.add(
                LongCountTable.pair(stratumMap[LongCountTable.first(key)], productMap[LongCountTable.second(key)]),
                count));
        other.eventStrata.forEach((key, count) -> eventStrata.add(
                LongCountTable.pair(stratumMap[LongCountTable.first(key)], eventMap[LongCountTable.second(key)]),
                count));
        reports += other.reports;
        return new IdMapping(productMap, eventMap, stratumMap);
    }

    private static int[] compose(int[] first, int[] then) {
        int[] composed = new int[first.length];
        for (int id = 0; id < first.length; id++) {
            composed[id] = then[first[id]];
        }
        return composed;
    }

    private void countDistinct(LongCountTable table, int[] first, int[] second, int rows) {
        if (rows == 1) {
            table.add(LongCountTable.pair(first[0], second[0]), 1);
            return;
        }
        if (keys.length < rows) {
            keys = new long[Math.max(rows, keys.length * 2)];
        }
        for (int r = 0; r < rows; r++) {
            keys[r] = LongCountTable.pair(first[r], second[r]);
        }
        Arrays.sort(keys, 0, rows);
        for (int r = 0; r < rows; r++) {
            if (r == 0 || keys[r] != keys[r - 1]) {
                table.add(keys[r], 1);
            }
        }
    }

    private void countDistinctStrata(int[] stratumIds, int rows) {
        for (int r = 0; r < rows; r++) {
            int s = stratumIds[r];
            boolean seen = false;
            for (int q = 0; q < r && !seen; q++) {
                seen = stratumIds[q] == s;
            }
            if (!seen) {
                stratumReports[s]++;
            }
        }
    }

    private void ensureCapacity() {
        int p = products.size();
        if (productReports.length < p) {
            int size = Math.max(p, productReports.length * 2);
            productReports = Arrays.copyOf(productReports, size);
            productSeen = Arrays.copyOf(productSeen, size);
        }
        int e = events.size();
        if (eventReports.length < e) {
            int size = Math.max(e, eventReports.length * 2);
            eventReports = Arrays.copyOf(eventReports, size);
            eventSeen = Arrays.copyOf(eventSeen, size);
        }
        if (stratumReports.length < strata.size()) {
            stratumReports = Arrays.copyOf(stratumReports, Math.max(strata.size(), stratumReports.length * 2));
        }
    }
}
