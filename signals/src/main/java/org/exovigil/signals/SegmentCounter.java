package org.exovigil.signals;

import java.io.IOException;
import java.util.Arrays;

/**
 * Counts one segment of the input whose rows are grouped by report (each report's rows contiguous, as the
 * case store writes them): a report is counted as soon as the next one starts, so nothing per row is kept.
 * The first and last report of the segment are held aside as {@link ReportGroup}s because the neighbouring
 * segments may hold the rest of their rows.
 *
 * <p>A report counted twice must be caught. While the report ids ascend strictly (as numbers: by length, then
 * bytes; or as text: by bytes), no id can come back, and nothing per report is kept. When neither order holds,
 * {@link #unordered()} tells the caller to count again with {@code hashing}: then the 64-bit hash of every
 * counted report id is remembered, and a report seen again after another report sets
 * {@link #regroupingNeeded()}, so the caller counts the file another way (a hash collision can only cause that
 * detour, never a wrong count).
 */
final class SegmentCounter {

    final PairTally tally;
    final LongCountTable counted = new LongCountTable(1 << 12);
    ReportGroup head;
    ReportGroup tail;

    private final int columns;
    private boolean regroupingNeeded;
    private boolean first = true;
    private byte[] reportId = new byte[64];
    private int reportLength = -1;
    private int[] products = new int[16];
    private int[] events = new int[16];
    private int[] strata = new int[16];
    private int rows;
    private byte[] lastProduct = new byte[64];
    private int lastProductLength = -1;

    private final boolean hashing;
    private boolean ascendingAsNumbers = true;
    private boolean ascendingAsText = true;

    SegmentCounter(int columns, boolean stratified, boolean hashing) {
        this.columns = columns;
        this.tally = new PairTally(stratified);
        this.hashing = hashing;
    }

    boolean regroupingNeeded() {
        return regroupingNeeded;
    }

    /** Without hashing: the report ids did not ascend in either order, so the count is not valid. */
    boolean unordered() {
        return !hashing && !ascendingAsNumbers && !ascendingAsText;
    }

    /** Every report id of the segment ascended strictly by length, then bytes. */
    boolean ascendingAsNumbers() {
        return ascendingAsNumbers;
    }

    /** Every report id of the segment ascended strictly by bytes. */
    boolean ascendingAsText() {
        return ascendingAsText;
    }

    /** Whether report id {@code later} comes strictly after {@code earlier} by length, then bytes. */
    static boolean afterAsNumber(byte[] later, int from, int length, byte[] earlier, int earlierLength) {
        return length != earlierLength
                ? length > earlierLength
                : Arrays.compareUnsigned(later, from, from + length, earlier, 0, earlierLength) > 0;
    }

    /** Whether report id {@code later} comes strictly after {@code earlier} by bytes. */
    static boolean afterAsText(byte[] later, int from, int length, byte[] earlier, int earlierLength) {
        return Arrays.compareUnsigned(later, from, from + length, earlier, 0, earlierLength) > 0;
    }

    void count(CsvRowReader reader) throws IOException {
        while (reader.next()) {
            if (reader.columns() != columns) {
                throw reader.error("expected " + columns + " columns as in the header, got " + reader.columns());
            }
            if (!sameReport(reader)) {
                endReport();
                if (regroupingNeeded || unordered()) {
                    return;
                }
                startReport(reader);
            }
            addRow(reader);
        }
        if (reportLength >= 0) {
            tail = group();
        }
    }

    static long remember(LongCountTable counted, long hash) {
        return counted.add(hash & Long.MAX_VALUE, 1);
    }

    private boolean sameReport(CsvRowReader reader) {
        int offset = reader.offset(0);
        return reader.length(0) == reportLength
                && Arrays.equals(reader.bytes(0), offset, offset + reportLength, reportId, 0, reportLength);
    }

    private void startReport(CsvRowReader reader) {
        if (reportLength >= 0) {
            byte[] bytes = reader.bytes(0);
            int offset = reader.offset(0);
            int length = reader.length(0);
            ascendingAsNumbers = ascendingAsNumbers && afterAsNumber(bytes, offset, length, reportId, reportLength);
            ascendingAsText = ascendingAsText && afterAsText(bytes, offset, length, reportId, reportLength);
        }
        reportLength = reader.length(0);
        if (reportId.length < reportLength) {
            reportId = new byte[Math.max(reportLength, reportId.length * 2)];
        }
        System.arraycopy(reader.bytes(0), reader.offset(0), reportId, 0, reportLength);
        rows = 0;
    }

    private void addRow(CsvRowReader reader) {
        if (rows == products.length) {
            products = Arrays.copyOf(products, rows * 2);
            events = Arrays.copyOf(events, rows * 2);
            strata = Arrays.copyOf(strata, rows * 2);
        }
        products[rows] = rows > 0 && sameAsLastProduct(reader) ? products[rows - 1] : internProduct(reader);
        events[rows] = tally.events.intern(reader.bytes(2), reader.offset(2), reader.length(2));
        strata[rows] = tally.stratified ? tally.strata.intern(reader.bytes(3), reader.offset(3), reader.length(3)) : 0;
        rows++;
    }

    /** A report lists each product's events together, so most rows repeat the product before them. */
    private boolean sameAsLastProduct(CsvRowReader reader) {
        int offset = reader.offset(1);
        return reader.length(1) == lastProductLength
                && Arrays.equals(
                        reader.bytes(1), offset, offset + lastProductLength, lastProduct, 0, lastProductLength);
    }

    private int internProduct(CsvRowReader reader) {
        lastProductLength = reader.length(1);
        if (lastProduct.length < lastProductLength) {
            lastProduct = new byte[Math.max(lastProductLength, lastProduct.length * 2)];
        }
        System.arraycopy(reader.bytes(1), reader.offset(1), lastProduct, 0, lastProductLength);
        return tally.products.intern(lastProduct, 0, lastProductLength);
    }

    private void endReport() {
        if (reportLength < 0) {
            return;
        }
        if (first) {
            first = false;
            head = group();
            return;
        }
        if (unordered()) {
            return;
        }
        if (hashing && remember(counted, ByteHash.of(reportId, 0, reportLength)) > 1) {
            regroupingNeeded = true;
            return;
        }
        tally.addReport(products, events, strata, rows);
    }

    private ReportGroup group() {
        byte[] id = Arrays.copyOf(reportId, reportLength);
        return new ReportGroup(
                id,
                ByteHash.of(id, 0, id.length),
                Arrays.copyOf(products, rows),
                Arrays.copyOf(events, rows),
                Arrays.copyOf(strata, rows),
                rows);
    }
}
