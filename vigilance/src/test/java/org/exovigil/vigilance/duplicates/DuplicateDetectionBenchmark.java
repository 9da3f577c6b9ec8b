package org.exovigil.vigilance.duplicates;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Throughput of {@link DuplicateDetection#find} on synthetic stores ({@link SyntheticCases}: distinct
 * cases of which 10 % are reported once or twice more), from the facts to the groups: weights, blocking,
 * scoring, grouping, masters. A main class, not a timed unit test, so the build never fails on a slow
 * machine. For each size: one warm-up run, then the median of three. Run:
 *
 * <pre>
 * ./mvnw -B -q -pl vigilance test-compile exec:exec@bench-duplicates -Dbench.cases=5000,50000,100000
 * </pre>
 */
public final class DuplicateDetectionBenchmark {

    private DuplicateDetectionBenchmark() {}

    public static void main(String[] args) {
        String sizes = args.length == 0 || args[0].isBlank() ? "5000,50000" : args[0];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var detection = DuplicateDetection.bundled();
        System.out.printf(
                Locale.ROOT,
                "%d processors available, threshold %.1f, max block %d%n",
                Runtime.getRuntime().availableProcessors(),
                detection.parameters().threshold(),
                detection.parameters().maxBlock());
        for (String size : sizes.split(",")) {
            int distinct = (int) Math.round(Integer.parseInt(size.strip()) / 1.13);
            var store = SyntheticCases.generate(distinct, distinct, 0.10);
            detection.find(store.cases());
            double[] seconds = new double[3];
            double[] cpu = new double[3];
            DuplicateGroups found = null;
            for (int run = 0; run < seconds.length; run++) {
                long cpuStart = os.getProcessCpuTime();
                long start = System.nanoTime();
                found = detection.find(store.cases());
                seconds[run] = (System.nanoTime() - start) / 1e9;
                cpu[run] = (os.getProcessCpuTime() - cpuStart) / 1e9;
            }
            Arrays.sort(seconds);
            Arrays.sort(cpu);
            int n = store.cases().size();
            var evaluation = Evaluation.of(store, found);
            System.out.printf(
                    Locale.ROOT,
                    "%,d reports: %.2f s (median of 3), %,.0f reports/s wall clock, %,.0f reports per CPU-second; "
                            + "%,d pairs compared; grouped pairs precision %.3f, recall %.3f%n",
                    n,
                    seconds[1],
                    n / seconds[1],
                    n / cpu[1],
                    found.comparedPairs(),
                    evaluation.precision(),
                    evaluation.recall());
        }
    }
}
