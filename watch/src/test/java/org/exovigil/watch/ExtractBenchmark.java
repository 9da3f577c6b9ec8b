package org.exovigil.watch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Pages per second for {@link PageExtractor#extract}, single-threaded, over the test pages (or the
 * pages in the folders given as arguments). A main class, not a timed unit test, so the build never
 * fails on a slow machine. Run:
 * {@code ./mvnw -B -q -pl watch test-compile exec:exec@bench-extract -Dbench.pages=../../shared/data/watch-dev/pages}
 */
public final class ExtractBenchmark {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 10_000_000_000L;

    private ExtractBenchmark() {}

    public static void main(String[] args) throws IOException, UnreadablePageException {
        List<Page> pages = args.length == 0 ? testPages() : pagesIn(args);
        var extractor = new PageExtractor();
        run(extractor, pages, WARM_UP_NANOS);
        long characters = pages.stream().mapToLong(p -> p.content().length()).sum();
        var threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long done = run(extractor, pages, MEASURE_NANOS);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // Wall-clock rate depends on what else the machine runs; the CPU-time rate is the one to compare.
        System.out.printf(
                Locale.ROOT,
                "%d distinct pages (%.1f kB each on average), %d extractions in %.1f s: "
                        + "%.0f pages/s wall clock, %.0f pages per CPU-second (one thread)%n",
                pages.size(),
                characters / 1024.0 / pages.size(),
                done,
                seconds,
                done / seconds,
                done / cpuSeconds);
    }

    private static long run(PageExtractor extractor, List<Page> pages, long nanos) {
        long end = System.nanoTime() + nanos;
        long done = 0;
        while (System.nanoTime() < end) {
            for (Page page : pages) {
                if (extractor.extract(page).evidence() != null) {
                    done++;
                }
            }
        }
        return done;
    }

    private static List<Page> testPages() throws IOException, UnreadablePageException {
        return pagesIn(new String[] {Pages.path("ja-clinic.html").getParent().toString()});
    }

    private static List<Page> pagesIn(String[] dirs) throws IOException, UnreadablePageException {
        var pages = new ArrayList<Page>();
        for (String dir : dirs) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path file : files.sorted().toList()) {
                    pages.add(PageFiles.read(file, null));
                }
            }
        }
        return pages;
    }
}
