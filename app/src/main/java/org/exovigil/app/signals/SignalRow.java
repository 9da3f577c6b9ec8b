package org.exovigil.app.signals;

/**
 * One product-event pair of the signal table, as {@code shared/spec/signals.md} defines its columns.
 * Undefined values are NaN and infinities are infinite, as the core writes them.
 */
public record SignalRow(
        String product,
        String event,
        long n,
        long nProduct,
        long nEvent,
        long nTotal,
        double expected,
        double prr,
        double prrLower,
        double prrUpper,
        double chi2,
        double ror,
        double rorLower,
        double rorUpper,
        double ic,
        double ic025,
        double ic975,
        double ebgm,
        double eb05,
        double eb95) {

    /** Reads a row of the core's CSV (its cells already split). */
    static SignalRow of(java.util.List<String> cells) {
        return new SignalRow(
                cells.get(0),
                cells.get(1),
                Long.parseLong(cells.get(2)),
                Long.parseLong(cells.get(3)),
                Long.parseLong(cells.get(4)),
                Long.parseLong(cells.get(5)),
                number(cells.get(6)),
                number(cells.get(7)),
                number(cells.get(8)),
                number(cells.get(9)),
                number(cells.get(10)),
                number(cells.get(11)),
                number(cells.get(12)),
                number(cells.get(13)),
                number(cells.get(14)),
                number(cells.get(15)),
                number(cells.get(16)),
                number(cells.get(17)),
                number(cells.get(18)),
                number(cells.get(19)));
    }

    /** A statistic for reading: two decimals, "∞" for an infinity, "–" when undefined. */
    public String shown(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private static double number(String cell) {
        return switch (cell) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(cell);
        };
    }
}
