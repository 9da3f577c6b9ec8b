package org.exovigil.app.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exovigil.app.portal.ChartFrame;

/**
 * A pair's trend as an SVG of fixed size: the periods along the bottom, EBGM and EB05 up the side on a linear
 * scale from 0, each a line through one point per period, and a dashed line at 2, the EB05 at which MGPS
 * calls a pair a signal (DuMouchel, Am Stat 1999;53:177-90; Szarfman et al., Drug Saf 2002;25:381-92). The
 * periods' names are written by the page (they are words of the reader's language); the chart says where.
 */
public record TrendChart(List<Mark> marks, List<Tick> ticks, double thresholdY, String ebgmLine, String eb05Line)
        implements ChartFrame {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    /** Room at the left for the values and the axis title, at the bottom for the periods and theirs. */
    static final int LEFT = 70;

    static final int RIGHT = WIDTH - 20;
    static final int TOP = 20;
    static final int BOTTOM = HEIGHT - 70;
    private static final Size SIZE = new Size(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM);
    /** Period names written at most this many times, so they do not run into one another. */
    private static final int MOST_NAMES = 10;

    /** One period at its place; {@code named} when its name is written under the axis. */
    public record Mark(double x, double ebgmY, double eb05Y, PairTrend.Point point, boolean named) {}

    /** A labelled gridline at {@code y} pixels. */
    public record Tick(double y, String label) {}

    static TrendChart of(List<PairTrend.Point> points) {
        double highest = points.stream()
                .mapToDouble(point -> Math.max(finite(point.ebgm()), finite(point.eb05())))
                .max()
                .orElse(0);
        double step = step(Math.max(3, highest * 1.1));
        double top = Math.ceil(Math.max(3, highest * 1.1) / step) * step;
        List<Mark> marks = new ArrayList<>();
        int every = (int) Math.ceil(points.size() / (double) MOST_NAMES);
        for (int i = 0; i < points.size(); i++) {
            PairTrend.Point point = points.get(i);
            double x = points.size() == 1
                    ? (LEFT + RIGHT) / 2.0
                    : LEFT + 20 + (RIGHT - LEFT - 40.0) * i / (points.size() - 1);
            marks.add(new Mark(
                    x,
                    y(finite(point.ebgm()), top),
                    y(finite(point.eb05()), top),
                    point,
                    (points.size() - 1 - i) % every == 0));
        }
        List<Tick> ticks = new ArrayList<>();
        for (double value = 0; value <= top + 1e-9; value += step) {
            ticks.add(new Tick(y(value, top), trimmed(value)));
        }
        return new TrendChart(List.copyOf(marks), List.copyOf(ticks), y(2, top), line(marks, true), line(marks, false));
    }

    /** A step of 1, 2 or 5 times a power of ten giving at most six gridlines up to {@code top}. */
    private static double step(double top) {
        double power = Math.pow(10, Math.floor(Math.log10(top / 6)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (top / (factor * power) <= 6) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String line(List<Mark> marks, boolean ebgm) {
        StringBuilder points = new StringBuilder();
        for (Mark mark : marks) {
            points.append(points.isEmpty() ? "" : " ")
                    .append(String.format(Locale.ROOT, "%.1f,%.1f", mark.x(), ebgm ? mark.ebgmY() : mark.eb05Y()));
        }
        return points.toString();
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    private static double y(double value, double top) {
        return BOTTOM - (BOTTOM - TOP) * value / top;
    }

    private static String trimmed(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    public Size size() {
        return SIZE;
    }
}
