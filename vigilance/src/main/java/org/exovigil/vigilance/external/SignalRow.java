package org.exovigil.vigilance.external;

import java.io.IOException;
import java.util.Objects;

/**
 * One row of the signal-detection input ({@code spec/signals.md}): {@code report_id,product,event}.
 */
public record SignalRow(String reportId, String product, String event) {

    public static final String HEADER = "report_id,product,event";

    public SignalRow {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(event, "event");
    }

    /** Writes the header and the rows as RFC 4180 CSV, quoting cells that hold a comma, quote or line break. */
    public static void writeCsv(Iterable<SignalRow> rows, Appendable out) throws IOException {
        out.append(HEADER).append("\r\n");
        for (SignalRow row : rows) {
            out.append(cell(row.reportId))
                    .append(',')
                    .append(cell(row.product))
                    .append(',')
                    .append(cell(row.event))
                    .append("\r\n");
        }
    }

    static String cell(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
