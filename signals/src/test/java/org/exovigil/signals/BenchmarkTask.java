package org.exovigil.signals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One measured run of the benchmark, in its own JVM so that its peak resident memory (VmHWM, which includes
 * DuckDB's native memory) is its own. Modes: {@code duckdb} (counts, PRR, ROR, chi-square and IC in SQL),
 * {@code stats} (the same statistics by this module, without the shrinker) and {@code full} (the signals
 * command: everything, with the hyperparameter fit) and {@code given} (everything with a given prior, to
 * separate the cost of the fit from that of the posteriors). Prints {@code millis=... peak_kb=... cpu_s=... detail}.
 */
final class BenchmarkTask {

    private static final MixturePrior CAERS_THETA =
            new MixturePrior(3.25379356, 0.39988854, 2.02612692, 1.90807970, 0.06534557);

    private BenchmarkTask() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path input = Path.of(args[1]);
        Path output = Path.of(args[2]);
        long start = System.nanoTime();
        String detail = switch (mode) {
            case "duckdb" -> duckdb(input, output);
            case "stats" -> statistics(input, output);
            case "full" ->
                SignalDetection.run(input, output, HyperparameterChoice.fit(), false)
                        .summary();
            case "given" ->
                SignalDetection.run(input, output, HyperparameterChoice.given(CAERS_THETA), false)
                        .summary();
            default -> throw new IllegalArgumentException("mode duckdb, stats or full, got " + mode);
        };
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(
                "millis=" + millis + " peak_kb=" + peakKilobytes() + " cpu_s=" + cpuSeconds() + " " + detail);
    }

    static String statistics(Path input, Path output) throws IOException {
        PairCounts counts = ReportCounter.count(input, false);
        try (OutputStream out = Files.newOutputStream(output)) {
            SignalTableWriter.asReported().write(new PairTable(counts, null, null), out);
        }
        return "pairs=" + counts.size();
    }

    /** The same counts (distinct reports per pair and margin) and statistics, in DuckDB SQL. */
    static String duckdb(Path input, Path output) throws SQLException {
        String sql = """
                COPY (
                  WITH cells AS (
                    SELECT DISTINCT report_id, product, event
                    FROM read_csv('%s', header = true, all_varchar = true)),
                  total AS (SELECT count(DISTINCT report_id)::DOUBLE AS n_total FROM cells),
                  products AS (SELECT product, count(*)::DOUBLE AS n_product
                               FROM (SELECT DISTINCT report_id, product FROM cells) GROUP BY product),
                  events AS (SELECT event, count(*)::DOUBLE AS n_event
                             FROM (SELECT DISTINCT report_id, event FROM cells) GROUP BY event),
                  pairs AS (SELECT product, event, count(*)::DOUBLE AS n FROM cells GROUP BY product, event),
                  tables AS (
                    SELECT product, event, n, n_product, n_event, n_total,
                           n AS a, n_product - n AS b, n_event - n AS c, n_total - n_product - n_event + n AS d
                    FROM pairs JOIN products USING (product) JOIN events USING (event) CROSS JOIN total)
                  SELECT product, event, n, n_product, n_event, n_total,
                         n_product * n_event / n_total AS expected,
                         (a / (a + b)) / (c / (c + d)) AS prr,
                         exp(ln((a / (a + b)) / (c / (c + d))) - 1.96 * sqrt(1 / a - 1 / (a + b) + 1 / c - 1 / (c + d))) AS prr_lower,
                         exp(ln((a / (a + b)) / (c / (c + d))) + 1.96 * sqrt(1 / a - 1 / (a + b) + 1 / c - 1 / (c + d))) AS prr_upper,
                         n_total * (a * d - b * c) ^ 2 / ((a + b) * (c + d) * (a + c) * (b + d)) AS chi2,
                         a * d / (b * c) AS ror,
                         exp(ln(a * d / (b * c)) - 1.96 * sqrt(1 / a + 1 / b + 1 / c + 1 / d)) AS ror_lower,
                         exp(ln(a * d / (b * c)) + 1.96 * sqrt(1 / a + 1 / b + 1 / c + 1 / d)) AS ror_upper,
                         log2((n + 0.5) / (n_product * n_event / n_total + 0.5)) AS ic
                  FROM tables
                  ORDER BY product, event
                ) TO '%s' (HEADER, DELIMITER ',')
                """.formatted(input.toAbsolutePath(), output.toAbsolutePath());
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return "threads=" + threads(statement);
        }
    }

    private static String threads(Statement statement) throws SQLException {
        try (var result = statement.executeQuery("SELECT current_setting('threads')")) {
            result.next();
            return result.getString(1);
        }
    }

    /**
     * CPU seconds of the process so far, all threads (DuckDB's native ones included): under a shared machine's load
     * the wall time measures the share of the cores a run got, its CPU time the work it did.
     */
    static String cpuSeconds() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(cpu -> String.format(java.util.Locale.ROOT, "%.1f", cpu.toMillis() / 1000.0))
                .orElse("?");
    }

    static long peakKilobytes() {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc/self/status"));
            return status.stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(-1);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
