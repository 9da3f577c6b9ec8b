package org.exovigil.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark of the signals module against DuckDB on the same file, in the same run. For each input it
 * runs, each in a fresh JVM ({@link BenchmarkTask}) and alternating so that both see the same load: DuckDB's SQL
 * for the counts, PRR, ROR, chi-square and IC; this module for the same statistics ({@code stats}); and this
 * module's full run with the hyperparameter fit, EBGM, EB05 and EB95 ({@code full}). It records wall time, the
 * ratio to DuckDB, CPU seconds, peak resident memory (VmHWM, DuckDB's native memory included) and the load average
 * before and after each run in {@code target/bench/results.md}.
 *
 * <p>An input is a CSV path, a size of the shared generator ({@code 1m}, {@code 10m}, {@code 40m}: made once
 * into {@code target/bench} by {@code ../shared/bench/gen_reports.py} with the parameters of its README), or
 * {@code team:N}, the team's own generator ({@link SyntheticReports}, a second shape: fewer rows per report).
 * Run: {@code ./mvnw -B -q -ntp -o -pl signals -am test-compile exec:exec@bench -Dbench.inputs=10m
 * -Dbench.repeat=3}; {@code -Dbench.modes=full} skips DuckDB (40M reports exceed its memory here), and
 * {@code -Dbench.xmx} sets this module's heap (DuckDB's JVM gets the default).
 */
final class SignalsBenchmark {

    /** The shared generator's parameters per size (shared/bench/README.md). */
    private static final Map<String, String[]> SHARED = Map.of(
            "1m", new String[] {"--reports", "1000000", "--products", "5000", "--events", "2000"},
            "10m", new String[] {"--reports", "10000000", "--products", "10000", "--events", "5000"},
            "40m", new String[] {"--reports", "40000000", "--products", "20000", "--events", "8000"});

    private SignalsBenchmark() {}

    /** Arguments: inputs, modes, repetitions, heap of this module's runs, path of the shared generator. */
    public static void main(String[] args) throws Exception {
        List<String> inputs = List.of(args[0].split(","));
        List<String> modes = List.of(args[1].split(","));
        int repeat = Integer.parseInt(args[2]);
        String heap = args[3];
        Path generator = Path.of(args[4]);
        Path dir = Path.of("target/bench");
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        lines.add("| input | rows | CSV MB | run | mode | seconds | / DuckDB | CPU s | peak RSS MB "
                + "| load before / after | detail |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|");
        for (String name : inputs) {
            Path input = input(name.strip(), dir, generator);
            long rows = rows(input);
            for (int run = 1; run <= repeat; run++) {
                Double duckSeconds = null;
                for (String mode : modes) {
                    String before = load();
                    String[] result = run(mode, heap, input, dir.resolve("signals-" + mode + ".csv"));
                    double seconds = Long.parseLong(result[0].substring("millis=".length())) / 1000.0;
                    duckSeconds = mode.equals("duckdb") ? Double.valueOf(seconds) : duckSeconds;
                    lines.add(String.format(
                            Locale.ROOT,
                            "| %s | %,d | %.0f | %d | %s | %.1f | %s | %s | %d | %s / %s | %s |",
                            input.getFileName(),
                            rows,
                            Files.size(input) / 1e6,
                            run,
                            mode.equals("duckdb") ? "DuckDB" : mode + " (-Xmx" + heap + ")",
                            seconds,
                            duckSeconds == null ? "" : String.format(Locale.ROOT, "**%.2f**", seconds / duckSeconds),
                            result[2].substring("cpu_s=".length()),
                            Long.parseLong(result[1].substring("peak_kb=".length())) / 1024,
                            before,
                            load(),
                            (result.length > 3 ? result[3] : "") + agreement(mode, dir)));
                    System.out.println(lines.getLast());
                    Files.write(dir.resolve("results.md"), lines);
                }
            }
        }
        lines.forEach(System.out::println);
    }

    /**
     * The largest difference between this run's and DuckDB's n, margins, expected, PRR (with interval), chi-square,
     * ROR (with interval) and IC over all rows, relative to max(1, |DuckDB's|), as the agreement test measures it;
     * empty for DuckDB itself or when its table is not there. Rows are read in order (both are sorted by product
     * and event bytes) and numbers taken from the end of a line, so quoted names need no parsing.
     */
    private static String agreement(String mode, Path dir) throws IOException {
        Path duck = dir.resolve("signals-duckdb.csv");
        if (mode.equals("duckdb") || !Files.exists(duck)) {
            return "";
        }
        double worst = 0;
        long rows = 0;
        try (BufferedReader ours = Files.newBufferedReader(dir.resolve("signals-" + mode + ".csv"));
                BufferedReader theirs = Files.newBufferedReader(duck)) {
            ours.readLine();
            theirs.readLine();
            for (String line = ours.readLine(), other = theirs.readLine();
                    line != null || other != null;
                    line = ours.readLine(), other = theirs.readLine()) {
                if (line == null || other == null) {
                    return "; tables differ in length";
                }
                String[] mine = line.split(",", -1);
                String[] duckdb = other.split(",", -1);
                for (int c = 0; c < 13; c++) {
                    double a = number(mine[mine.length - 18 + c]);
                    double b = number(duckdb[duckdb.length - 13 + c]);
                    if (Double.isNaN(a) != Double.isNaN(b) || Double.isInfinite(a) != Double.isInfinite(b)) {
                        worst = Double.POSITIVE_INFINITY;
                    } else if (Double.isFinite(a)) {
                        worst = Math.max(worst, Math.abs(a - b) / Math.max(1, Math.abs(b)));
                    }
                }
                rows++;
            }
        }
        return String.format(Locale.ROOT, "; %,d rows, max difference from DuckDB %.1e", rows, worst);
    }

    private static double number(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "inf", "infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            case "nan", "-nan" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private static Path input(String name, Path dir, Path generator) throws IOException, InterruptedException {
        if (name.startsWith("team:")) {
            long reports = Long.parseLong(name.substring("team:".length()));
            Path file = dir.resolve("team-" + reports + ".csv");
            if (!Files.exists(file)) {
                SyntheticReports.write(file, reports);
            }
            return file;
        }
        String[] parameters = SHARED.get(name);
        if (parameters == null) {
            return Path.of(name);
        }
        Path file = dir.resolve("r" + name + ".csv");
        if (!Files.exists(file)) {
            List<String> command = new ArrayList<>(List.of("python3", generator.toString()));
            command.addAll(Arrays.asList(parameters));
            command.addAll(List.of("--seed", "1", "--out", file.toString()));
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("the generator failed: " + command);
            }
        }
        return file;
    }

    private static long rows(Path input) throws IOException {
        try (var lines = Files.lines(input, StandardCharsets.UTF_8)) {
            return lines.count() - 1;
        }
    }

    /** The 1- and 5-minute load averages, the machine's load during a run. */
    private static String load() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1];
    }

    /** Runs one task in a fresh JVM with this JVM's class path; returns its millis, peak, CPU seconds and detail. */
    private static String[] run(String mode, String heap, Path input, Path output)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        if (!mode.equals("duckdb")) {
            command.add("-Xmx" + heap);
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                BenchmarkTask.class.getName(),
                mode,
                input.toString(),
                output.toString()));
        Process process = new ProcessBuilder(command)
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
        return last.split(" ", 4);
    }
}
