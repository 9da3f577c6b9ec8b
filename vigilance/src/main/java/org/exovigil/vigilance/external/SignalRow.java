package org.exovigil.vigilance.external;

import java.util.Objects;

/**
 * One row of the signal-detection input ({@code spec/signals.md}): {@code report_id,product,event}.
 */
public record SignalRow(String reportId, String product, String event) {

    public SignalRow {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(event, "event");
    }
}
