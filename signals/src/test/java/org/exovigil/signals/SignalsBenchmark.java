package org.exovigil.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark of the signals module against DuckDB: for each size it generates a synthetic database
 * ({@link SyntheticReports}) once, then runs, each in a fresh JVM ({@link BenchmarkTask}), DuckDB's SQL for
 * the counts, PRR, ROR, chi-square and IC; this module for the same statistics; and this module's full run
 * with the hyperparameter fit, EBGM, EB05 and EB95. It prints a Markdown table of wall times, ratios to
 * DuckDB and peak resident memory, and writes it to {@code target/bench/results.md}.
 *
 * <p>Run: {@code ./mvnw -B -q -pl signals test-compile exec:exec@bench -Dbench.reports=1000000,10000000}
 */
final class SignalsBenchmark {

    private static final String[] MODES = {"duckdb", "stats", "full"};

    private SignalsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/bench");
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        lines.add("| reports | rows | CSV MB | DuckDB s | stats s | stats/DuckDB | full s | full/DuckDB "
                + "| DuckDB peak MB | stats peak MB | full peak MB | theta, -logL |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (String size : (args.length > 0 ? args[0] : "1000000,10000000").split(",")) {
            long reports = Long.parseLong(size.strip());
            Path input = dir.resolve("reports-" + reports + ".csv");
            if (!Files.exists(input)) {
                long start = System.nanoTime();
                SyntheticReports.write(input, reports);
                System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", input, (System.nanoTime() - start) / 1e9);
            }
            String[][] results = new String[MODES.length][];
            for (int m = 0; m < MODES.length; m++) {
                results[m] = run(MODES[m], input, dir.resolve("signals-" + MODES[m] + "-" + reports + ".csv"));
                System.out.println(MODES[m] + " " + String.join(" ", results[m]));
            }
            lines.add(row(reports, input, results));
            System.out.println(lines.getLast());
        }
        Files.write(dir.resolve("results.md"), lines);
        lines.forEach(System.out::println);
    }

    private static String row(long reports, Path input, String[][] results) throws IOException {
        double duck = seconds(results[0]);
        double stats = seconds(results[1]);
        double full = seconds(results[2]);
        long rows;
        try (var lines = Files.lines(input, StandardCharsets.UTF_8)) {
            rows = lines.count() - 1;
        }
        return String.format(
                Locale.ROOT,
                "| %,d | %,d | %.0f | %.1f | %.1f | %.2f | %.1f | %.2f | %d | %d | %d | %s |",
                reports,
                rows,
                Files.size(input) / 1e6,
                duck,
                stats,
                stats / duck,
                full,
                full / duck,
                megabytes(results[0]),
                megabytes(results[1]),
                megabytes(results[2]),
                results[2][2]);
    }

    private static double seconds(String[] result) {
        return Long.parseLong(result[0].substring("millis=".length())) / 1000.0;
    }

    private static long megabytes(String[] result) {
        return Long.parseLong(result[1].substring("peak_kb=".length())) / 1024;
    }

    /** Runs one task in a fresh JVM with this JVM's class path; returns its millis, peak and detail. */
    private static String[] run(String mode, Path input, Path output) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        BenchmarkTask.class.getName(),
                        mode,
                        input.toString(),
                        output.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String last = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                last = line;
            }
        }
        if (process.waitFor() != 0 || last == null) {
            throw new IllegalStateException(mode + " failed with exit code " + process.exitValue());
        }
        return last.split(" ", 3);
    }
}
