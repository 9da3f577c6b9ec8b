package org.exovigil.watch;

import java.util.List;

/**
 * One survey table (extract.md): how many marketing businesses show each code, and what share of
 * all marketing businesses that is.
 *
 * @param name the file name without {@code .csv}, e.g. {@code by_country}
 */
public record SurveyTable(String name, List<Row> rows) {

    public SurveyTable {
        rows = List.copyOf(rows);
    }

    /** {@code percent} is of all marketing businesses, so rows of a multi-valued field may sum past 100. */
    public record Row(String code, String label, int n, double percent) {}
}
