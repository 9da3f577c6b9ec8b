package org.exovigil.app.products;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exovigil.app.portal.ChartFrame;

/**
 * Lot-to-lot consistency (a Shewhart individuals chart): each lot's value in order, the mean of all
 * lots and control limits at the mean plus or minus three standard deviations; a lot outside them is
 * out of control. Drawn as an SVG of fixed size, with the lots along the bottom and particles per mL up
 * the side.
 *
 * <p>A particle concentration cannot be below zero, so a lower limit that the formula puts below zero
 * is drawn and judged at zero, the usual practice for a measure with a natural floor: a wide spread says
 * the process is inconsistent, not that a lot could hold negative particles.
 */
public record ControlChart(
        List<Point> points, double mean, double lower, double upper, double meanY, double lowerY, double upperY)
        implements ChartFrame {

    /** The fewest lots that give a mean and a spread to set limits from. */
    public static final int FEWEST_LOTS = 3;

    static final int WIDTH = 640;
    static final int HEIGHT = 280;
    /** Room at the left for the limits' values and the axis title, at the bottom for the lot numbers. */
    static final int LEFT = 120;

    static final int RIGHT = WIDTH - 20;
    static final int TOP = 20;
    static final int BOTTOM = HEIGHT - 60;
    private static final Size SIZE = new Size(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM);

    /** One measured lot. */
    public record LotValue(String lotNumber, double value) {}

    /** One lot's value at its place; {@code out} when beyond a control limit. */
    public record Point(double x, double y, String lotNumber, double value, boolean out) {
        public String valueText() {
            return particles(value);
        }
    }

    public String meanText() {
        return particles(mean);
    }

    public String lowerText() {
        return particles(lower);
    }

    public String upperText() {
        return particles(upper);
    }

    /** Null with fewer than {@link #FEWEST_LOTS} values: no limits can be set. */
    static ControlChart of(List<LotValue> lots) {
        if (lots.size() < FEWEST_LOTS) {
            return null;
        }
        double mean = lots.stream().mapToDouble(LotValue::value).average().orElseThrow();
        double sd = Math.sqrt(lots.stream()
                        .mapToDouble(lot -> (lot.value() - mean) * (lot.value() - mean))
                        .sum()
                / (lots.size() - 1));
        double lower = Math.max(0, mean - 3 * sd);
        double upper = mean + 3 * sd;
        double min =
                Math.min(lower, lots.stream().mapToDouble(LotValue::value).min().orElseThrow());
        double max =
                Math.max(upper, lots.stream().mapToDouble(LotValue::value).max().orElseThrow());
        double span = max - min == 0 ? 1 : max - min;
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) {
            LotValue lot = lots.get(i);
            double x = LEFT + 20 + (RIGHT - LEFT - 40.0) * i / (lots.size() - 1);
            points.add(new Point(
                    x,
                    y(lot.value(), min, span),
                    lot.lotNumber(),
                    lot.value(),
                    lot.value() < lower || lot.value() > upper));
        }
        return new ControlChart(
                points, mean, lower, upper, y(mean, min, span), y(lower, min, span), y(upper, min, span));
    }

    /**
     * A particle count in scientific notation to three significant digits ("2.17 × 10¹⁰"), the way
     * nanoparticle tracking reports it: twelve digits of a count say nothing the first three do not.
     */
    static String particles(double value) {
        if (value == 0) {
            return "0";
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        double mantissa = value / Math.pow(10, exponent);
        if (Math.abs(Math.round(mantissa * 100) / 100.0) >= 10) {
            exponent++;
            mantissa /= 10;
        }
        String digits = String.format(Locale.ROOT, "%.2f", mantissa);
        return exponent == 0 ? digits : digits + " × 10" + superscript(exponent);
    }

    private static String superscript(int exponent) {
        var out = new StringBuilder();
        for (char c : Integer.toString(exponent).toCharArray()) {
            out.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return out.toString();
    }

    private static double y(double value, double min, double span) {
        return BOTTOM - (BOTTOM - TOP) * (value - min) / span;
    }

    @Override
    public Size size() {
        return SIZE;
    }
}
