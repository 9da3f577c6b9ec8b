package org.exovigil.signals;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.exovigil.csv.CsvCell;

/**
 * Writes the signal table as CSV, one row per pair with the header of {@code shared/spec/signals.md}. Rows
 * are formatted in blocks on all cores while earlier blocks are written, in order. Numbers use Java's shortest round-trip decimal
 * form; infinities and undefined values are written {@code Inf}, {@code -Inf} and {@code NaN}.
 *
 * <p>Two ways to write a name. The contract's table ({@link #asReported}) keeps every product and event
 * exactly as the input gave it, quoted per RFC 4180 only, because its readers are programs that join on
 * those names. A table for people to open in a spreadsheet ({@link #forSpreadsheets}) neutralises a name
 * that would run as a formula ({@link CsvCell}, OWASP CSV injection; issue 15, finding 9).
 */
public final class SignalTableWriter {

    public static final String HEADER = "product,event,n,n_product,n_event,n_total,expected,prr,prr_lower,prr_upper,"
            + "chi2,ror,ror_lower,ror_upper,ic,ic025,ic975,ebgm,eb05,eb95";

    private static final int BLOCK = 2048;
    private static final int WINDOW_PER_CORE = 4;

    /** Receives the formatted blocks in order. */
    @FunctionalInterface
    interface Sink<T> {
        void write(T text) throws IOException;
    }

    private final UnaryOperator<String> nameCell;

    private SignalTableWriter(UnaryOperator<String> nameCell) {
        this.nameCell = nameCell;
    }

    /** The table of {@code ./exovigil signals}: names as reported. */
    public static SignalTableWriter asReported() {
        return new SignalTableWriter(CsvCell::exchanged);
    }

    /** A table to download: names a spreadsheet would run as formulas are neutralised. */
    public static SignalTableWriter forSpreadsheets() {
        return new SignalTableWriter(CsvCell::of);
    }

    /** Writes the table to {@code out}, flushes it and leaves it open. */
    public void write(List<PairStatistics> pairs, Writer out) throws IOException {
        write(pairs, text -> text, out::write);
        out.flush();
    }

    /** Writes the table to {@code out} as UTF-8, flushes it and leaves it open. */
    public void write(List<PairStatistics> pairs, OutputStream out) throws IOException {
        write(pairs, text -> text.getBytes(StandardCharsets.UTF_8), out::write);
        out.flush();
    }

    /**
     * Formats blocks of rows on as many threads as there are cores, each block also encoded there
     * ({@code encoding}), while the calling thread writes the finished blocks in order: writing 2.7 GB at 10M
     * reports overlaps the formatting instead of stopping it (issue 22). At most {@code WINDOW_PER_CORE} blocks
     * per core are formatted ahead of the writer, which bounds the memory.
     */
    <T> void write(List<PairStatistics> pairs, Function<String, T> encoding, Sink<T> sink) throws IOException {
        sink.write(encoding.apply(HEADER + "\n"));
        IntFunction<String> block = pairs instanceof PairTable table ? tableBlocks(table) : recordBlocks(pairs);
        int blocks = (pairs.size() + BLOCK - 1) / BLOCK;
        if (blocks == 0) {
            return;
        }
        int threads = Math.min(blocks, Runtime.getRuntime().availableProcessors());
        ExecutorService formatters = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "signal-table-format");
            thread.setDaemon(true);
            return thread;
        });
        try {
            ArrayDeque<Future<T>> ahead = new ArrayDeque<>();
            int next = 0;
            while (next < blocks || !ahead.isEmpty()) {
                while (next < blocks && ahead.size() < threads * WINDOW_PER_CORE) {
                    int index = next++;
                    ahead.add(formatters.submit(() -> encoding.apply(block.apply(index))));
                }
                sink.write(finished(ahead.poll()));
            }
        } finally {
            formatters.shutdownNow();
        }
    }

    private static <T> T finished(Future<T> block) throws IOException {
        try {
            return block.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while formatting the signal table");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }

    private IntFunction<String> recordBlocks(List<PairStatistics> pairs) {
        return block -> {
            StringBuilder out = new StringBuilder(BLOCK * 256);
            int end = Math.min(pairs.size(), (block + 1) * BLOCK);
            for (int pair = block * BLOCK; pair < end; pair++) {
                row(out, pairs.get(pair));
            }
            return out.toString();
        };
    }

    /**
     * The blocks of a run's own table, read from its counts: each name is made a cell once per write, and the
     * numbers go from the counts to the text without a record or a String per row.
     */
    private IntFunction<String> tableBlocks(PairTable table) {
        PairCounts counts = table.counts();
        String[] products = cells(counts.productNames());
        String[] events = cells(counts.eventNames());
        return block -> {
            StringBuilder out = new StringBuilder(BLOCK * 256);
            double[] columns = new double[14];
            int end = Math.min(table.size(), (block + 1) * BLOCK);
            for (int pair = block * BLOCK; pair < end; pair++) {
                table.statistics(pair, columns);
                out.append(products[counts.productId(pair)])
                        .append(',')
                        .append(events[counts.eventId(pair)])
                        .append(',')
                        .append(counts.n(pair))
                        .append(',')
                        .append(counts.productReports(pair))
                        .append(',')
                        .append(counts.eventReports(pair))
                        .append(',')
                        .append(counts.totalReports());
                for (double value : columns) {
                    number(out, value);
                }
                out.append('\n');
            }
            return out.toString();
        };
    }

    private String[] cells(String[] names) {
        String[] cells = new String[names.length];
        for (int id = 0; id < names.length; id++) {
            cells[id] = nameCell.apply(names[id]);
        }
        return cells;
    }

    private void row(StringBuilder out, PairStatistics pair) {
        out.append(nameCell.apply(pair.product()))
                .append(',')
                .append(nameCell.apply(pair.event()))
                .append(',')
                .append(pair.n())
                .append(',')
                .append(pair.nProduct())
                .append(',')
                .append(pair.nEvent())
                .append(',')
                .append(pair.nTotal());
        number(out, pair.expected());
        number(out, pair.prr());
        number(out, pair.prrLower());
        number(out, pair.prrUpper());
        number(out, pair.chi2());
        number(out, pair.ror());
        number(out, pair.rorLower());
        number(out, pair.rorUpper());
        number(out, pair.ic());
        number(out, pair.ic025());
        number(out, pair.ic975());
        number(out, pair.ebgm());
        number(out, pair.eb05());
        number(out, pair.eb95());
        out.append('\n');
    }

    private static void number(StringBuilder out, double value) {
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
