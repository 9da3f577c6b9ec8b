package org.exovigil.signals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The input of signal detection held in memory, for a caller that has the rows at hand rather than in a
 * file (the application reads them from its case store): one row per (report, product, event[, stratum]),
 * as the CSV of {@code shared/spec/signals.md}, added in any order, repeats allowed.
 *
 * <p>Each name is interned once as UTF-8, as a file's cells are, and each row is kept as four ints; the
 * rows are grouped by report with a counting sort when they are counted. The file reader counts a file
 * whose reports are not contiguous the same way. An input is counted once.
 */
public final class SignalInput {

    private final PairTally tally;
    private final NameDictionary reportIds = new NameDictionary();
    private int[] reports = new int[1 << 12];
    private int[] products = new int[1 << 12];
    private int[] events = new int[1 << 12];
    private int[] strata = new int[1 << 12];
    private int rows;
    private boolean counted;

    SignalInput(boolean stratified) {
        this.tally = new PairTally(stratified);
    }

    /** Rows of report, product and event. */
    public static SignalInput unstratified() {
        return new SignalInput(false);
    }

    /** Rows of report, product, event and stratum: expected counts are summed over the strata. */
    public static SignalInput stratified() {
        return new SignalInput(true);
    }

    /** Adds a row; a stratified input needs the stratum as well. */
    public SignalInput add(String reportId, String product, String event) {
        if (tally.stratified) {
            throw new IllegalStateException("a stratified input needs the stratum of every row");
        }
        return add(reportId, product, event, "");
    }

    /** Adds a row with its stratum (ignored when the input is not stratified). */
    public SignalInput add(String reportId, String product, String event, String stratum) {
        requireUncounted();
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(event, "event");
        if (tally.stratified) {
            Objects.requireNonNull(stratum, "stratum");
        }
        add(
                intern(reportIds, reportId),
                intern(tally.products, product),
                intern(tally.events, event),
                tally.stratified ? intern(tally.strata, stratum) : 0);
        return this;
    }

    /** Adds the current row of a file: report, product, event and, when stratified, stratum. */
    void add(CsvRowReader row) {
        requireUncounted();
        add(
                reportIds.intern(row.bytes(0), row.offset(0), row.length(0)),
                tally.products.intern(row.bytes(1), row.offset(1), row.length(1)),
                tally.events.intern(row.bytes(2), row.offset(2), row.length(2)),
                tally.stratified ? tally.strata.intern(row.bytes(3), row.offset(3), row.length(3)) : 0);
    }

    /** The counts of every pair, each report's rows taken together. */
    PairCounts counts() {
        return PairCounts.of(tally());
    }

    /** The tally of every report, its rows grouped by a counting sort on the report id. */
    PairTally tally() {
        requireUncounted();
        counted = true;
        int[] start = reportStarts();
        int[] next = Arrays.copyOf(start, reportIds.size());
        int[][] sorted = {new int[rows], new int[rows], new int[rows]};
        for (int r = 0; r < rows; r++) {
            int at = next[reports[r]]++;
            sorted[0][at] = products[r];
            sorted[1][at] = events[r];
            sorted[2][at] = strata[r];
        }
        for (int report = 0; report < reportIds.size(); report++) {
            int from = start[report];
            int to = start[report + 1];
            tally.addReport(
                    Arrays.copyOfRange(sorted[0], from, to),
                    Arrays.copyOfRange(sorted[1], from, to),
                    Arrays.copyOfRange(sorted[2], from, to),
                    to - from);
        }
        return tally;
    }

    /** Where each report's rows start once sorted: the running sum of the rows per report. */
    private int[] reportStarts() {
        int[] start = new int[reportIds.size() + 1];
        for (int r = 0; r < rows; r++) {
            start[reports[r] + 1]++;
        }
        for (int i = 0; i < reportIds.size(); i++) {
            start[i + 1] += start[i];
        }
        return start;
    }

    private void add(int report, int product, int event, int stratum) {
        if (rows == reports.length) {
            reports = Arrays.copyOf(reports, rows * 2);
            products = Arrays.copyOf(products, rows * 2);
            events = Arrays.copyOf(events, rows * 2);
            strata = Arrays.copyOf(strata, rows * 2);
        }
        reports[rows] = report;
        products[rows] = product;
        events[rows] = event;
        strata[rows] = stratum;
        rows++;
    }

    private void requireUncounted() {
        if (counted) {
            throw new IllegalStateException("this input has been counted already");
        }
    }

    private static int intern(NameDictionary names, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return names.intern(bytes, 0, bytes.length);
    }
}
