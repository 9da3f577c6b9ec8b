package org.exovigil.signals.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.exovigil.signals.HyperparameterChoice;
import org.exovigil.signals.SignalDetection;

/**
 * One measured run of {@link SparkBenchmark}, in a JVM of its own so that its peak resident memory (VmHWM) is its
 * own: {@code core} (the signals module, as {@code ./exovigil signals}) or {@code spark} (this module in
 * {@code local[2]}, session start included). Prints {@code millis=... peak_kb=... theta=... -logL=...}.
 */
final class BenchmarkRun {

    private BenchmarkRun() {}

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[1]);
        Path output = Path.of(args[2]);
        long start = System.nanoTime();
        String summary;
        if (args[0].equals("core")) {
            summary = SignalDetection.run(input, output, HyperparameterChoice.fit(), false)
                    .summary();
        } else {
            SparkSession spark = SparkSession.builder()
                    .master("local[2]")
                    .appName("exovigil-signals-bench")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
            SparkSignals.Options options =
                    new SparkSignals.Options("local[2]", input.toString(), output, HyperparameterChoice.fit(), false);
            summary = SparkSignals.run(spark, options).summary();
            spark.stop();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("millis=" + millis + " peak_kb=" + peakKilobytes() + " " + summary);
    }

    private static long peakKilobytes() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
