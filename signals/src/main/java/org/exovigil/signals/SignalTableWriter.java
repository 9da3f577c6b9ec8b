package org.exovigil.signals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.exovigil.csv.CsvCell;

/**
 * Writes the signal table, one CSV row per pair with the header of the contract. Rows are computed and
 * formatted in blocks on all cores and written in order. Numbers use Java's shortest round-trip decimal
 * form; infinities and undefined values are written {@code Inf}, {@code -Inf} and {@code NaN}.
 */
final class SignalTableWriter {

    static final String HEADER = "product,event,n,n_product,n_event,n_total,expected,prr,prr_lower,prr_upper,"
            + "chi2,ror,ror_lower,ror_upper,ic,ic025,ic975,ebgm,eb05,eb95";

    private static final int BLOCK = 2048;
    private static final GammaPoissonShrinker.Posterior UNSHRUNK =
            new GammaPoissonShrinker.Posterior(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** Receives the text in order. */
    @FunctionalInterface
    interface Sink {
        void write(String text) throws IOException;
    }

    private final PairCounts counts;
    private final InformationComponent informationComponent;
    private final ObservedCells cells;
    private final GammaPoissonShrinker.Posterior[] posteriors;

    /**
     * @param posteriors the posterior of every cell of {@code cells}; null writes NaN in the three EB
     *     columns, which the benchmark uses to time the frequentist statistics alone
     */
    SignalTableWriter(PairCounts counts, ObservedCells cells, GammaPoissonShrinker.Posterior[] posteriors) {
        this.counts = counts;
        this.informationComponent = InformationComponent.forCounts(counts.observed());
        this.cells = cells;
        this.posteriors = posteriors;
    }

    void write(Sink sink) throws IOException {
        sink.write(HEADER + "\n");
        int blocks = (counts.size() + BLOCK - 1) / BLOCK;
        int batch = Runtime.getRuntime().availableProcessors() * 4;
        for (int first = 0; first < blocks; first += batch) {
            int from = first;
            List<String> texts = new ArrayList<>(IntStream.range(from, Math.min(blocks, from + batch))
                    .parallel()
                    .mapToObj(this::block)
                    .toList());
            for (String text : texts) {
                sink.write(text);
            }
        }
    }

    private String block(int block) {
        StringBuilder out = new StringBuilder(BLOCK * 256);
        int end = Math.min(counts.size(), (block + 1) * BLOCK);
        for (int pair = block * BLOCK; pair < end; pair++) {
            row(out, pair);
        }
        return out.toString();
    }

    private void row(StringBuilder out, int pair) {
        int n = counts.n(pair);
        double expected = counts.expected(pair);
        ContingencyTable table = counts.table(pair);
        GammaPoissonShrinker.Posterior posterior = posteriors == null ? UNSHRUNK : posteriors[cells.cellOf(pair)];
        name(out, counts.product(pair));
        name(out.append(','), counts.event(pair));
        out.append(',')
                .append(n)
                .append(',')
                .append(counts.productReports(pair))
                .append(',')
                .append(counts.eventReports(pair))
                .append(',')
                .append(counts.totalReports());
        number(out, expected);
        number(out, table.prr());
        number(out, table.prrLower());
        number(out, table.prrUpper());
        number(out, table.chiSquare());
        number(out, table.ror());
        number(out, table.rorLower());
        number(out, table.rorUpper());
        number(out, InformationComponent.ic(n, expected));
        number(out, informationComponent.ic025(n, expected));
        number(out, informationComponent.ic975(n, expected));
        number(out, posterior.ebgm());
        number(out, posterior.eb05());
        number(out, posterior.eb95());
        out.append('\n');
    }

    /** Product and event names come from reporters: neutralised as a spreadsheet would run them (issue 15, 9). */
    static void name(StringBuilder out, String name) {
        CsvCell.append(out, name);
    }

    static void number(StringBuilder out, double value) {
        out.append(',');
        if (Double.isNaN(value)) {
            out.append("NaN");
        } else if (Double.isInfinite(value)) {
            out.append(value > 0 ? "Inf" : "-Inf");
        } else {
            out.append(value);
        }
    }
}
