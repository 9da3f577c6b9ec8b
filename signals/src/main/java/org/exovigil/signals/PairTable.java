package org.exovigil.signals;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The statistics of every observed pair, in product-then-event name order, each computed when it is read
 * from the pair's counts and the posterior of its (n, E) cell: a run over millions of pairs holds their
 * counts, not millions of records, and the writer formats them in parallel blocks. The formulas are those
 * of {@link ContingencyTable}, {@link InformationComponent} and {@link GammaPoissonShrinker}.
 */
final class PairTable extends AbstractList<PairStatistics> implements RandomAccess {

    private final PairCounts counts;
    private final InformationComponent informationComponent;
    private final ObservedCells cells;
    private final GammaPoissonShrinker.CellPosteriors posteriors;

    /**
     * @param posteriors the posterior of every cell of {@code cells}; null gives NaN in the three EB
     *     columns, which the benchmark uses to time the frequentist statistics alone
     */
    PairTable(PairCounts counts, ObservedCells cells, GammaPoissonShrinker.CellPosteriors posteriors) {
        this.counts = counts;
        this.informationComponent = InformationComponent.forCounts(counts.observed());
        this.cells = cells;
        this.posteriors = posteriors;
    }

    @Override
    public int size() {
        return counts.size();
    }

    /** The counts the table is computed from. */
    PairCounts counts() {
        return counts;
    }

    /**
     * The fourteen statistics of {@code pair}, expected to eb95 in the contract's column order, into
     * {@code columns}: the writer's way to the numbers without a record per row.
     */
    void statistics(int pair, double[] columns) {
        int n = counts.n(pair);
        double expected = counts.expected(pair);
        ContingencyTable table = counts.table(pair);
        columns[0] = expected;
        columns[1] = table.prr();
        columns[2] = table.prrLower();
        columns[3] = table.prrUpper();
        columns[4] = table.chiSquare();
        columns[5] = table.ror();
        columns[6] = table.rorLower();
        columns[7] = table.rorUpper();
        columns[8] = InformationComponent.ic(n, expected);
        columns[9] = informationComponent.ic025(n, expected);
        columns[10] = informationComponent.ic975(n, expected);
        int cell = posteriors == null ? -1 : cells.cellOf(pair);
        columns[11] = cell < 0 ? Double.NaN : posteriors.ebgm()[cell];
        columns[12] = cell < 0 ? Double.NaN : posteriors.eb05()[cell];
        columns[13] = cell < 0 ? Double.NaN : posteriors.eb95()[cell];
    }

    @Override
    public PairStatistics get(int pair) {
        Objects.checkIndex(pair, size());
        int n = counts.n(pair);
        double expected = counts.expected(pair);
        ContingencyTable table = counts.table(pair);
        int cell = posteriors == null ? -1 : cells.cellOf(pair);
        return PairStatistics.of(
                counts.product(pair),
                counts.event(pair),
                n,
                counts.productReports(pair),
                counts.eventReports(pair),
                counts.totalReports(),
                expected,
                table,
                informationComponent,
                cell < 0 ? Double.NaN : posteriors.ebgm()[cell],
                cell < 0 ? Double.NaN : posteriors.eb05()[cell],
                cell < 0 ? Double.NaN : posteriors.eb95()[cell]);
    }
}
