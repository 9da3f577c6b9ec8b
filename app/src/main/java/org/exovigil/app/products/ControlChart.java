package org.exovigil.app.products;

import java.util.ArrayList;
import java.util.List;

/**
 * Lot-to-lot consistency (a Shewhart individuals chart): each lot's value in order, the mean of all
 * lots and control limits at the mean plus or minus three standard deviations; a lot outside them is
 * out of control. Drawn as an SVG of fixed size.
 */
public record ControlChart(
        List<Point> points, double mean, double lower, double upper, double meanY, double lowerY, double upperY) {

    static final int WIDTH = 600;
    static final int HEIGHT = 200;
    static final int MARGIN = 30;

    /** One lot's value at its place; {@code out} when beyond a control limit. */
    public record Point(double x, double y, double value, boolean out) {}

    public String viewBox() {
        return "0 0 %d %d".formatted(WIDTH, HEIGHT);
    }

    /** Null with fewer than three values: no limits can be set. */
    static ControlChart of(List<Double> values) {
        if (values.size() < 3) {
            return null;
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sd = Math.sqrt(
                values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1));
        double lower = mean - 3 * sd;
        double upper = mean + 3 * sd;
        double min = Math.min(
                lower, values.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        double max = Math.max(
                upper, values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        double span = max - min == 0 ? 1 : max - min;
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double value = values.get(i);
            double x = MARGIN + (WIDTH - 2.0 * MARGIN) * i / (values.size() - 1);
            points.add(new Point(x, y(value, min, span), value, value < lower || value > upper));
        }
        return new ControlChart(
                points, mean, lower, upper, y(mean, min, span), y(lower, min, span), y(upper, min, span));
    }

    private static double y(double value, double min, double span) {
        return HEIGHT - MARGIN - (HEIGHT - 2.0 * MARGIN) * (value - min) / span;
    }
}
