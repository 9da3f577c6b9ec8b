package org.exovigil.app.portal;

/**
 * The frame of an SVG chart as its template draws it: the picture's size and, inside the margins left for the axes'
 * values and titles, the plot area from {@link #left} to {@link #right} and from {@link #top} to {@link #bottom}.
 * A chart names its frame once; the templates of every chart read it the same way.
 */
public interface ChartFrame {

    /** The sizes, in the SVG's own units. */
    record Size(int width, int height, int left, int right, int top, int bottom) {}

    Size size();

    default String viewBox() {
        return "0 0 %d %d".formatted(width(), height());
    }

    default int width() {
        return size().width();
    }

    default int height() {
        return size().height();
    }

    default int left() {
        return size().left();
    }

    default int right() {
        return size().right();
    }

    default int top() {
        return size().top();
    }

    default int bottom() {
        return size().bottom();
    }
}
