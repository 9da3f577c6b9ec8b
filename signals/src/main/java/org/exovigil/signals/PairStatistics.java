package org.exovigil.signals;

/**
 * One observed product-event pair (n >= 1) of the signal table, with the columns of
 * {@code shared/spec/signals.md}: the report-level counts, the expected count, PRR, chi-square, ROR, IC
 * and the shrinker's EBGM, EB05 and EB95. Undefined values are NaN and infinities are infinite (IEEE
 * arithmetic, see {@link ContingencyTable}); the CSV writes them {@code NaN}, {@code Inf} and {@code -Inf}.
 */
public record PairStatistics(
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

    /**
     * One pair's row from its counts, its 2x2 table, the IC quantiles for its n and its posterior's EBGM, EB05 and
     * EB95 (NaN without a prior): the one place the core and the Spark engine assemble a row.
     */
    static PairStatistics of(
            String product,
            String event,
            int n,
            long nProduct,
            long nEvent,
            long nTotal,
            double expected,
            ContingencyTable table,
            InformationComponent quantiles,
            double ebgm,
            double eb05,
            double eb95) {
        return new PairStatistics(
                product,
                event,
                n,
                nProduct,
                nEvent,
                nTotal,
                expected,
                table.prr(),
                table.prrLower(),
                table.prrUpper(),
                table.chiSquare(),
                table.ror(),
                table.rorLower(),
                table.rorUpper(),
                InformationComponent.ic(n, expected),
                quantiles.ic025(n, expected),
                quantiles.ic975(n, expected),
                ebgm,
                eb05,
                eb95);
    }
}
