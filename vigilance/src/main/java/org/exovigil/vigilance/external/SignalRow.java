package org.exovigil.vigilance.external;

import java.io.IOException;
import java.util.Objects;
import org.exovigil.csv.CsvCell;

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

    /** Input for the signals core, which must read the names unchanged: RFC 4180 only. */
    static String cell(String text) {
        return CsvCell.exchanged(text);
    }
}
