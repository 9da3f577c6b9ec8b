package org.exovigil.signals.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Spark in {@code local[2]} against the core on the same file, each in a fresh JVM, not part of the test run:
 *
 * <pre>
 * ./mvnw -B -q -pl signals-spark -am package -DskipTests
 * ./mvnw -B -q -pl signals-spark exec:exec@bench -Dbench.reports=100000,1000000
 * </pre>
 *
 * Makes {@code target/bench/reports-N.csv} with {@code ../shared/bench/gen_reports.py} (seed 1; 2,000 products and
 * 1,000 events at 100k reports, the shared README's 5,000 and 2,000 at 1M and above), runs {@link BenchmarkRun}
 * {@code core} then {@code spark} on it, checks that the two tables are the same bytes, and appends a row to
 * {@code target/bench/results.md}.
 */
final class SparkBenchmark {

    private static final Path DIR = Path.of("target/bench");

    private SparkBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path options = Path.of(args[1]);
        Files.createDirectories(DIR);
        List<String> rows = new ArrayList<>();
        rows.add(
                "| reports | rows | CSV | core | Spark local[2] | Spark / core | peak RSS core / Spark | same bytes |");
        rows.add("|---|---|---|---|---|---|---|---|");
        for (String reports : args[0].split(",")) {
            Path input = generate(Long.parseLong(reports.strip()));
            String core = run(List.of(), "core", input);
            String spark = run(List.of("@" + options.toAbsolutePath()), "spark", input);
            boolean same = Arrays.equals(
                    Files.readAllBytes(output(input, "core")), Files.readAllBytes(output(input, "spark")));
            long coreMillis = field(core, "millis");
            long sparkMillis = field(spark, "millis");
            rows.add(String.format(
                    "| %,d | %,d | %,d MB | %.1f s | %.1f s | **%.2f** | %,d / %,d MB | %s |",
                    Long.parseLong(reports.strip()),
                    lines(input) - 1,
                    Files.size(input) >> 20,
                    coreMillis / 1000.0,
                    sparkMillis / 1000.0,
                    (double) sparkMillis / coreMillis,
                    field(core, "peak_kb") >> 10,
                    field(spark, "peak_kb") >> 10,
                    same ? "yes" : "NO"));
            System.out.println("core:  " + core);
            System.out.println("spark: " + spark);
        }
        String table = String.join("\n", rows) + "\n";
        System.out.print(table);
        Files.writeString(DIR.resolve("results.md"), table, StandardCharsets.UTF_8);
    }

    private static Path generate(long reports) throws IOException, InterruptedException {
        Path file = DIR.resolve("reports-" + reports + ".csv");
        if (Files.exists(file)) {
            return file;
        }
        Path generator = null;
        for (Path at = Path.of("").toAbsolutePath(); at != null && generator == null; at = at.getParent()) {
            Path candidate = at.resolve("shared/bench/gen_reports.py");
            generator = Files.exists(candidate) ? candidate : null;
        }
        if (generator == null) {
            throw new IllegalStateException("shared/bench/gen_reports.py not found above the working directory");
        }
        boolean small = reports < 1_000_000;
        int status = new ProcessBuilder(
                        "python3",
                        generator.toString(),
                        "--reports",
                        String.valueOf(reports),
                        "--products",
                        small ? "2000" : "5000",
                        "--events",
                        small ? "1000" : "2000",
                        "--seed",
                        "1",
                        "--out",
                        file.toString())
                .inheritIO()
                .start()
                .waitFor();
        if (status != 0) {
            throw new IllegalStateException("gen_reports.py failed with status " + status);
        }
        return file;
    }

    private static String run(List<String> javaOptions, String engine, Path input)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                BenchmarkRun.class.getName(),
                engine,
                input.toString(),
                output(input, engine).toString()));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(engine + " run failed: " + out);
        }
        return out.lines().reduce((first, last) -> last).orElse("");
    }

    private static Path output(Path input, String engine) {
        return input.resolveSibling(input.getFileName() + "." + engine + ".signals.csv");
    }

    private static long field(String line, String name) {
        for (String part : line.split(" ")) {
            if (part.startsWith(name + "=")) {
                return Long.parseLong(part.substring(name.length() + 1));
            }
        }
        throw new IllegalStateException("no " + name + " in " + line);
    }

    private static long lines(Path file) throws IOException {
        try (var stream = Files.lines(file)) {
            return stream.count();
        }
    }
}
