package org.exovigil.app.signals;

import java.util.List;
import org.exovigil.signals.PairStatistics;

/**
 * EBGM against n on log axes, as an SVG of fixed size: each pair is a point, signals drawn apart.
 * Shrinkage shows at once: pairs with few reports are pulled towards 1 however large their ratio.
 */
public record EbgmPlot(List<Point> points, List<Tick> xTicks, List<Tick> yTicks) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 320;
    public static final int MARGIN = 40;

    public String viewBox() {
        return "0 0 %d %d".formatted(WIDTH, HEIGHT + 20);
    }

    /** One pair at its place; {@code label} is its tooltip. */
    public record Point(double x, double y, boolean signal, String label) {}

    /** A labelled gridline at {@code at} pixels. */
    public record Tick(double at, String label) {}

    static EbgmPlot of(List<PairStatistics> rows, java.util.function.Predicate<PairStatistics> signal) {
        List<PairStatistics> drawable = rows.stream()
                .filter(row -> Double.isFinite(row.ebgm()) && row.ebgm() > 0)
                .toList();
        double maxN = Math.max(
                10, drawable.stream().mapToLong(PairStatistics::n).max().orElse(10));
        double maxLog2 = Math.max(
                2, drawable.stream().mapToDouble(row -> log2(row.ebgm())).max().orElse(2));
        double minLog2 = Math.min(
                -1, drawable.stream().mapToDouble(row -> log2(row.ebgm())).min().orElse(-1));
        double xSpan = Math.log10(maxN);
        double ySpan = maxLog2 - minLog2;
        var points = drawable.stream()
                .map(row -> new Point(
                        x(Math.log10(row.n()) / xSpan),
                        y((log2(row.ebgm()) - minLog2) / ySpan),
                        signal.test(row),
                        "%s / %s: n=%d EBGM=%.2f".formatted(row.product(), row.event(), row.n(), row.ebgm())))
                .toList();
        var xTicks = new java.util.ArrayList<Tick>();
        for (long n = 1; n <= maxN; n *= 10) {
            xTicks.add(new Tick(x(Math.log10(n) / xSpan), Long.toString(n)));
        }
        var yTicks = new java.util.ArrayList<Tick>();
        for (int power = (int) Math.ceil(minLog2); power <= maxLog2; power++) {
            yTicks.add(new Tick(y((power - minLog2) / ySpan), trimmed(Math.pow(2, power))));
        }
        return new EbgmPlot(points, xTicks, yTicks);
    }

    private static double x(double fraction) {
        return MARGIN + fraction * (WIDTH - 2 * MARGIN);
    }

    private static double y(double fraction) {
        return HEIGHT - MARGIN - fraction * (HEIGHT - 2 * MARGIN);
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }

    /** 2^k as a reader writes it: "0.000122", never "1.220703125E-4" (a prior on a bound can shrink EBGM that far). */
    private static String trimmed(double value) {
        return value >= 1
                ? Long.toString(Math.round(value))
                : new java.math.BigDecimal(value)
                        .round(new java.math.MathContext(3))
                        .stripTrailingZeros()
                        .toPlainString();
    }
}
