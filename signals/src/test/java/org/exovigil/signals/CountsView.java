package org.exovigil.signals;

import java.util.ArrayList;
import java.util.List;

/** PairCounts as comparable text lines, for tests. */
final class CountsView {

    private CountsView() {}

    static List<String> lines(PairCounts counts) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            lines.add(counts.product(i) + "|" + counts.event(i) + "|" + counts.n(i) + "|" + counts.productReports(i)
                    + "|" + counts.eventReports(i) + "|" + counts.totalReports() + "|" + counts.expected(i));
        }
        return lines;
    }
}
