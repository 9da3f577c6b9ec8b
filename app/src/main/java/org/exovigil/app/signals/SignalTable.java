package org.exovigil.app.signals;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exovigil.signals.PairStatistics;

/**
 * The signal table of the case store (or of an imported data set) at one moment: every pair with its
 * statistics, and the prior the shrinker used (its theta and -logL, absent when there was nothing to fit).
 */
public record SignalTable(
        Instant computedAt, long reports, String theta, double negativeLogLikelihood, List<PairStatistics> rows) {

    public SignalTable {
        rows = List.copyOf(rows);
    }

    static SignalTable empty() {
        return new SignalTable(Instant.EPOCH, 0, null, Double.NaN, List.of());
    }

    /** The columns a reader may sort by, each with its order (largest first for the statistics). */
    public enum Column {
        PRODUCT(Comparator.comparing(PairStatistics::product, String.CASE_INSENSITIVE_ORDER)),
        EVENT(Comparator.comparing(PairStatistics::event, String.CASE_INSENSITIVE_ORDER)),
        N(Comparator.comparingLong(PairStatistics::n).reversed()),
        PRR(byNumber(PairStatistics::prr)),
        ROR(byNumber(PairStatistics::ror)),
        IC025(byNumber(PairStatistics::ic025)),
        EBGM(byNumber(PairStatistics::ebgm)),
        EB05(byNumber(PairStatistics::eb05));

        private final Comparator<PairStatistics> order;

        Column(Comparator<PairStatistics> order) {
            this.order = order;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Column of(String code) {
            for (Column column : values()) {
                if (column.code().equals(code)) {
                    return column;
                }
            }
            return EB05;
        }

        /** Largest first, undefined (NaN) last. */
        private static Comparator<PairStatistics> byNumber(java.util.function.ToDoubleFunction<PairStatistics> value) {
            return Comparator.comparingDouble((PairStatistics row) -> {
                double number = value.applyAsDouble(row);
                return Double.isNaN(number) ? Double.NEGATIVE_INFINITY : -number;
            });
        }
    }

    /**
     * The rows whose product or event contains the words, that pass every threshold switched on, in the
     * column's order (ties by product and event, so the order is stable).
     */
    public List<PairStatistics> select(String words, Set<Threshold> thresholds, Column column) {
        String needle = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(row -> needle.isEmpty()
                        || row.product().toLowerCase(Locale.ROOT).contains(needle)
                        || row.event().toLowerCase(Locale.ROOT).contains(needle))
                .filter(row -> thresholds.stream().allMatch(threshold -> threshold.passes(row)))
                .sorted(column.order.thenComparing(PairStatistics::product).thenComparing(PairStatistics::event))
                .toList();
    }
}
