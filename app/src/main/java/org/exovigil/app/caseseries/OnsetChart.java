package org.exovigil.app.caseseries;

import java.util.ArrayList;
import java.util.List;
import org.exovigil.app.portal.ChartFrame;
import org.exovigil.signals.onset.OnsetBand;
import org.exovigil.signals.onset.TimeToOnset;

/**
 * The distribution of times to onset as an SVG bar chart of fixed size: one bar per day band (narrow bands
 * for the first days, wide ones in the tail, labelled with their days), the number of cases up the side.
 * The bands are not of equal width, so the bars are counts per band, not a density.
 */
public record OnsetChart(List<Bar> bars, int largest) implements ChartFrame {

    static final int WIDTH = 640;
    static final int HEIGHT = 290;
    /** Room at the left for the counts and the axis title, at the bottom for the bands and the axis title. */
    static final int LEFT = 70;

    static final int RIGHT = WIDTH - 20;
    static final int TOP = 20;
    static final int BOTTOM = HEIGHT - 60;
    private static final Size SIZE = new Size(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM);

    /** One band's bar: where it stands, its label (its days) and how many onsets it holds. */
    public record Bar(double x, double y, double width, double height, String days, int count) {
        public double middle() {
            return x + width / 2;
        }
    }

    static OnsetChart of(TimeToOnset onset) {
        int largest = Math.max(1, onset.largestBand());
        OnsetBand[] bands = OnsetBand.values();
        double slot = (RIGHT - LEFT) / (double) bands.length;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < bands.length; i++) {
            int count = onset.bands().get(bands[i]);
            double height = (BOTTOM - TOP) * (double) count / largest;
            bars.add(
                    new Bar(LEFT + slot * i + slot * 0.15, BOTTOM - height, slot * 0.7, height, days(bands[i]), count));
        }
        return new OnsetChart(bars, onset.largestBand());
    }

    /** "0", "3–7", "366+". */
    static String days(OnsetBand band) {
        if (band.last() == Long.MAX_VALUE) {
            return band.first() + "+";
        }
        return band.first() == band.last() ? Long.toString(band.first()) : band.first() + "–" + band.last();
    }

    @Override
    public Size size() {
        return SIZE;
    }
}
