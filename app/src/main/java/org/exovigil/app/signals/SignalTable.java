package org.exovigil.app.signals;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exovigil.signals.PairStatistics;
import org.exovigil.signals.PriorBound;
import org.exovigil.signals.Stratum;

/**
 * The signal table of the case store (or of an imported data set) at one moment: every pair with its
 * statistics, and the prior the shrinker used (its theta and -logL, absent when there was nothing to fit).
 *
 * @param priorOnBounds the parameters of the fitted prior that lie on a bound of the fit's box (the box, not
 *     the reports, then set how much every pair is shrunk); empty when the prior lies inside
 * @param strata the strata the expected counts were summed over, with their reports; empty when unstratified
 * @param terminology what the events were counted in: level, MedDRA versions, open vocabulary
 */
public record SignalTable(
        Instant computedAt,
        long reports,
        String theta,
        double negativeLogLikelihood,
        List<PairStatistics> rows,
        List<PriorBound> priorOnBounds,
        List<Stratum> strata,
        EventTerminology terminology) {

    public SignalTable {
        rows = List.copyOf(rows);
        priorOnBounds = List.copyOf(priorOnBounds);
        strata = List.copyOf(strata);
    }

    static SignalTable empty() {
        return new SignalTable(
                Instant.EPOCH, 0, null, Double.NaN, List.of(), List.of(), List.of(), EventTerminology.none());
    }

    /** The pair's row, if the table holds it. */
    public java.util.Optional<PairStatistics> row(String product, String event) {
        return rows.stream()
                .filter(row -> row.product().equals(product) && row.event().equals(event))
                .findFirst();
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
        return select(words, thresholds, column, java.util.function.UnaryOperator.identity());
    }

    /** As {@link #select(String, Set, Column)}, the words also found in each event as the reader is shown it. */
    List<PairStatistics> select(
            String words, Set<Threshold> thresholds, Column column, java.util.function.UnaryOperator<String> shown) {
        String needle = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(row -> needle.isEmpty()
                        || row.product().toLowerCase(Locale.ROOT).contains(needle)
                        || row.event().toLowerCase(Locale.ROOT).contains(needle)
                        || shown.apply(row.event()).toLowerCase(Locale.ROOT).contains(needle))
                .filter(row -> thresholds.stream().allMatch(threshold -> threshold.passes(row)))
                .sorted(column.order.thenComparing(PairStatistics::product).thenComparing(PairStatistics::event))
                .toList();
    }
}
