package org.exovigil.signals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads {@code report_id,product,event[,stratum]} CSV and produces {@link PairCounts}.
 *
 * <p>Method: the file is cut into one segment per core at line breaks; each segment is parsed and counted
 * on its own thread with its own dictionaries ({@link SegmentCounter}), then the tallies are merged by
 * name and the reports cut by a segment boundary are joined. A cut inside a quoted cell, or a bad row in a
 * later segment, makes the count run again on one thread, so that errors carry the exact line. Report ids
 * that ascend through the whole file (the case store's order) prove that no report comes back; otherwise the
 * file is counted again remembering a hash of every report id ({@link SegmentCounter}). When a report's rows
 * are not contiguous, the file is counted a third way: every row is kept as ids and the rows are grouped by a
 * counting sort on the report id (memory proportional to rows only in that case).
 */
final class ReportCounter {

    private static final long MIN_SEGMENT_BYTES = 1 << 22;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path file;
    private final String fileName;
    private final boolean stratified;
    private final int segments;
    private final long minSegmentBytes;
    private boolean ungrouped;
    private boolean hashing;
    private boolean unordered;

    ReportCounter(Path file, boolean stratified, int segments, long minSegmentBytes) {
        this.file = file;
        this.fileName = String.valueOf(file.getFileName());
        this.stratified = stratified;
        this.segments = segments;
        this.minSegmentBytes = minSegmentBytes;
    }

    static PairCounts count(Path file, boolean stratified) throws IOException {
        return new ReportCounter(file, stratified, Runtime.getRuntime().availableProcessors(), MIN_SEGMENT_BYTES)
                .count();
    }

    PairCounts count() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            CsvRowReader reader = new CsvRowReader(channel, fileName, bomLength(channel), channel.size(), 1);
            int columns = readHeader(reader);
            long dataStart = reader.position();
            long size = channel.size();
            long dataLine = reader.nextLine();
            int parts = (int) Math.max(1, Math.min(segments, (size - dataStart) / minSegmentBytes));
            for (boolean withHashes : new boolean[] {false, true}) {
                hashing = withHashes;
                unordered = false;
                PairTally tally = parts > 1 ? countInParallel(channel, columns, dataStart, parts) : null;
                if (tally == null && !ungrouped && !unordered) {
                    tally = countSequentially(new CsvRowReader(channel, fileName, dataStart, size, dataLine), columns);
                }
                if (tally != null) {
                    return PairCounts.of(tally);
                }
                if (ungrouped) {
                    break;
                }
            }
            return PairCounts.of(
                    countUngrouped(new CsvRowReader(channel, fileName, dataStart, size, dataLine), columns));
        }
    }

    private int readHeader(CsvRowReader reader) throws IOException {
        if (!reader.next()) {
            throw new SignalInputException(
                    fileName, 1, "expected a header report_id,product,event[,stratum], got an empty file");
        }
        int columns = reader.columns();
        if (columns != 3 && columns != 4) {
            throw reader.error("expected 3 or 4 columns, got " + columns);
        }
        if (stratified && columns != 4) {
            throw reader.error("expected a 4th column, stratum, for a stratified analysis, got 3 columns");
        }
        return columns;
    }

    private PairTally countSequentially(CsvRowReader reader, int columns) throws IOException {
        SegmentCounter counter = new SegmentCounter(columns, stratified, hashing);
        counter.count(reader);
        return joinedOrNull(List.of(counter));
    }

    private PairTally countInParallel(FileChannel channel, int columns, long dataStart, int parts) throws IOException {
        long[] starts = segmentStarts(channel, dataStart, parts);
        List<SegmentCounter> counters = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(starts.length - 1)) {
            List<Future<Long>> ends = new ArrayList<>();
            for (int k = 0; k + 1 < starts.length; k++) {
                SegmentCounter counter = new SegmentCounter(columns, stratified, hashing);
                counters.add(counter);
                CsvRowReader reader = new CsvRowReader(channel, fileName, starts[k], starts[k + 1], 0);
                ends.add(pool.submit(() -> {
                    counter.count(reader);
                    return reader.position();
                }));
            }
            for (int k = 0; k < ends.size(); k++) {
                long end = ends.get(k).get();
                SegmentCounter counter = counters.get(k);
                boolean clean = counter.regroupingNeeded() || counter.unordered() || end == starts[k + 1];
                if (!clean) {
                    return null;
                }
            }
        } catch (ExecutionException failure) {
            if (failure.getCause() instanceof SignalInputException) {
                return null;
            }
            throw asIo(failure.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while counting " + fileName, interrupted);
        }
        return joinedOrNull(counters);
    }

    /**
     * The joined tally; null when the count is not valid, with {@link #unordered} set when the ids did not ascend
     * (count again with hashes) or {@link #ungrouped} when some report is not contiguous (count the rows).
     */
    private PairTally joinedOrNull(List<SegmentCounter> counters) {
        if (counters.stream().anyMatch(SegmentCounter::unordered) || !hashing && !ascending(counters)) {
            unordered = true;
            return null;
        }
        PairTally joined =
                counters.stream().anyMatch(SegmentCounter::regroupingNeeded) ? null : join(counters, hashing);
        ungrouped = joined == null;
        return joined;
    }

    /** Whether the report ids ascend through all segments in one of the two orders, a report cut at an edge aside. */
    private static boolean ascending(List<SegmentCounter> counters) {
        boolean asNumbers = counters.stream().allMatch(SegmentCounter::ascendingAsNumbers);
        boolean asText = counters.stream().allMatch(SegmentCounter::ascendingAsText);
        ReportGroup last = null;
        for (SegmentCounter counter : counters) {
            ReportGroup first = counter.head != null ? counter.head : counter.tail;
            if (first != null && last != null && !first.sameReport(last)) {
                byte[] id = first.reportId();
                asNumbers = asNumbers
                        && SegmentCounter.afterAsNumber(id, 0, id.length, last.reportId(), last.reportId().length);
                asText =
                        asText && SegmentCounter.afterAsText(id, 0, id.length, last.reportId(), last.reportId().length);
            }
            last = counter.tail != null ? counter.tail : last;
        }
        return asNumbers || asText;
    }

    /** Merges segment tallies and the reports at their edges; null when some report is not contiguous. */
    private static PairTally join(List<SegmentCounter> counters, boolean hashed) {
        if (hashed && seenTwice(counters)) {
            return null;
        }
        PairTally total = counters.getFirst().tally;
        List<ReportGroup> edges = new ArrayList<>();
        for (SegmentCounter counter : counters) {
            PairTally.IdMapping mapping = counter.tally == total ? null : total.absorb(counter.tally);
            edges.add(counter.head == null ? null : translate(counter.head, mapping));
            edges.add(counter.tail == null ? null : translate(counter.tail, mapping));
        }
        LongCountTable edgeReports = new LongCountTable(16);
        ReportGroup carry = null;
        for (ReportGroup group : edges) {
            if (group == null) {
                continue;
            }
            if (carry != null && carry.sameReport(group)) {
                carry = carry.append(group);
                continue;
            }
            if (carry != null && !countEdge(total, carry, edgeReports, counters, hashed)) {
                return null;
            }
            carry = group;
        }
        if (carry != null && !countEdge(total, carry, edgeReports, counters, hashed)) {
            return null;
        }
        return total;
    }

    private static ReportGroup translate(ReportGroup group, PairTally.IdMapping mapping) {
        return mapping == null ? group : group.translate(mapping);
    }

    private static boolean countEdge(
            PairTally total,
            ReportGroup group,
            LongCountTable edgeReports,
            List<SegmentCounter> counters,
            boolean hashed) {
        if (!hashed) {
            total.addReport(group.products(), group.events(), group.strata(), group.rows());
            return true;
        }
        long key = group.hash() & Long.MAX_VALUE;
        for (SegmentCounter counter : counters) {
            if (counter.counted.contains(key)) {
                return false;
            }
        }
        if (SegmentCounter.remember(edgeReports, group.hash()) > 1) {
            return false;
        }
        total.addReport(group.products(), group.events(), group.strata(), group.rows());
        return true;
    }

    private static boolean seenTwice(List<SegmentCounter> counters) {
        for (int k = 1; k < counters.size(); k++) {
            LongCountTable later = counters.get(k).counted;
            for (int j = 0; j < k; j++) {
                LongCountTable earlier = counters.get(j).counted;
                boolean[] found = {false};
                later.forEach((key, count) -> found[0] |= earlier.contains(key));
                if (found[0]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Counts rows in any order: keeps every row as ids, then groups them by report ({@link SignalInput}). */
    private PairTally countUngrouped(CsvRowReader reader, int columns) throws IOException {
        SignalInput rows = new SignalInput(stratified);
        while (reader.next()) {
            if (reader.columns() != columns) {
                throw reader.error("expected " + columns + " columns as in the header, got " + reader.columns());
            }
            rows.add(reader);
        }
        return rows.tally();
    }

    private static long[] segmentStarts(FileChannel channel, long dataStart, int parts) throws IOException {
        long size = channel.size();
        long[] starts = new long[parts + 1];
        starts[0] = dataStart;
        int found = 1;
        for (int k = 1; k < parts; k++) {
            long start = lineStartAfter(channel, dataStart + (size - dataStart) * k / parts);
            if (start > starts[found - 1] && start < size) {
                starts[found++] = start;
            }
        }
        starts[found++] = size;
        return Arrays.copyOf(starts, found);
    }

    private static long lineStartAfter(FileChannel channel, long position) throws IOException {
        ByteBuffer window = ByteBuffer.allocate(1 << 16);
        long at = position - 1;
        while (true) {
            window.clear();
            int read = channel.read(window, at);
            if (read <= 0) {
                return channel.size();
            }
            for (int i = 0; i < read; i++) {
                if (window.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += read;
        }
    }

    private static long bomLength(FileChannel channel) throws IOException {
        ByteBuffer start = ByteBuffer.allocate(3);
        channel.read(start, 0);
        return Arrays.equals(start.array(), BOM) ? 3 : 0;
    }

    private static IOException asIo(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}
