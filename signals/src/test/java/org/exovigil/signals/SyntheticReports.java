package org.exovigil.signals;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Generates a synthetic spontaneous-reporting database for the benchmark: each report names 1 + Geometric
 * products and 1 + Geometric events, both drawn from Zipf laws (a few products and events dominate, most are
 * rare, as in FAERS), and lists their cross product as rows, grouped by report. One hundred planted signals
 * add their event to a report of their product with probability 0.25. Some product names hold a comma and
 * are quoted. Deterministic for a given size and seed.
 */
final class SyntheticReports {

    static final int PRODUCTS = 30_000;
    static final int EVENTS = 8_000;
    static final int PLANTED = 100;

    private final SplittableRandom random;
    private final ZipfLaw productLaw = new ZipfLaw(PRODUCTS, 1.05);
    private final ZipfLaw eventLaw = new ZipfLaw(EVENTS, 1.0);
    private final int[] plantedEvent = new int[PRODUCTS];
    private final byte[][] productNames = new byte[PRODUCTS][];
    private final byte[][] eventNames = new byte[EVENTS][];

    SyntheticReports(long seed) {
        random = new SplittableRandom(seed);
        java.util.Arrays.fill(plantedEvent, -1);
        for (int k = 0; k < PLANTED; k++) {
            plantedEvent[random.nextInt(1000)] = random.nextInt(EVENTS);
        }
        for (int p = 0; p < PRODUCTS; p++) {
            String name = p % 97 == 0 ? "\"PRODUCT " + p + ", 10 MG\"" : "PRODUCT " + p;
            productNames[p] = name.getBytes(StandardCharsets.UTF_8);
        }
        for (int e = 0; e < EVENTS; e++) {
            eventNames[e] = ("EVENT " + e).getBytes(StandardCharsets.UTF_8);
        }
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Long.parseLong(args[1]));
    }

    static void write(Path file, long reports) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        SyntheticReports generator = new SyntheticReports(20_190_611L);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write("report_id,product,event\n".getBytes(StandardCharsets.US_ASCII));
            for (long report = 1; report <= reports; report++) {
                generator.report(out, ("R" + report + ",").getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private void report(OutputStream out, byte[] id) throws IOException {
        int[] products = draw(productLaw, 0.6);
        int[] events = draw(eventLaw, 0.45);
        for (int p : products) {
            for (int e : events) {
                row(out, id, p, e);
            }
            if (plantedEvent[p] >= 0 && random.nextDouble() < 0.25) {
                row(out, id, p, plantedEvent[p]);
            }
        }
    }

    private void row(OutputStream out, byte[] id, int product, int event) throws IOException {
        out.write(id);
        out.write(productNames[product]);
        out.write(',');
        out.write(eventNames[event]);
        out.write('\n');
    }

    private int[] draw(ZipfLaw law, double stop) {
        int count = 1;
        while (random.nextDouble() > stop && count < 20) {
            count++;
        }
        int[] drawn = new int[count];
        for (int i = 0; i < count; i++) {
            drawn[i] = law.sample(random);
        }
        return drawn;
    }

    /** Walker's alias method for P(k) proportional to 1 / (k + 1)^s. */
    private static final class ZipfLaw {

        private final double[] keep;
        private final int[] alias;

        ZipfLaw(int size, double exponent) {
            double[] weight = new double[size];
            double total = 0;
            for (int k = 0; k < size; k++) {
                weight[k] = Math.pow(k + 1, -exponent);
                total += weight[k];
            }
            keep = new double[size];
            alias = new int[size];
            int[] small = new int[size];
            int[] large = new int[size];
            int smalls = 0;
            int larges = 0;
            for (int k = 0; k < size; k++) {
                keep[k] = weight[k] * size / total;
                if (keep[k] < 1) {
                    small[smalls++] = k;
                } else {
                    large[larges++] = k;
                }
            }
            while (smalls > 0 && larges > 0) {
                int less = small[--smalls];
                int more = large[--larges];
                alias[less] = more;
                keep[more] -= 1 - keep[less];
                if (keep[more] < 1) {
                    small[smalls++] = more;
                } else {
                    large[larges++] = more;
                }
            }
            while (larges > 0) {
                keep[large[--larges]] = 1;
            }
            while (smalls > 0) {
                keep[small[--smalls]] = 1;
            }
        }

        int sample(SplittableRandom random) {
            int k = random.nextInt(keep.length);
            return random.nextDouble() < keep[k] ? k : alias[k];
        }
    }
}
