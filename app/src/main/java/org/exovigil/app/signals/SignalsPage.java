package org.exovigil.app.signals;

import java.util.List;
import java.util.Set;
import org.exovigil.signals.PairStatistics;

/**
 * The signals page: one table (the case store's or an imported data set's), the pairs that match the
 * reader's words and thresholds in the chosen order, and the plot of EBGM against n.
 *
 * @param dataSet the imported data set shown, or null for the case store
 * @param rows the first {@value #PAGE} matching pairs
 * @param matching how many pairs match in all
 */
record SignalsPage(
        SignalTable table,
        ExternalDataSets.DataSet dataSet,
        List<ExternalDataSets.DataSet> dataSets,
        String words,
        Set<Threshold> chosen,
        SignalTable.Column sort,
        List<PairStatistics> rows,
        int matching,
        EbgmPlot plot) {

    static final int PAGE = 500;

    static SignalsPage of(
            SignalTable table,
            ExternalDataSets.DataSet dataSet,
            List<ExternalDataSets.DataSet> dataSets,
            String words,
            Set<Threshold> chosen,
            SignalTable.Column sort) {
        List<PairStatistics> matching = table.select(words, chosen, sort);
        return new SignalsPage(
                table,
                dataSet,
                dataSets,
                words,
                chosen,
                sort,
                matching.stream().limit(PAGE).toList(),
                matching.size(),
                EbgmPlot.of(table.rows(), row -> Threshold.EB05.passes(row) || Threshold.EVANS.passes(row)));
    }

    public Threshold[] thresholds() {
        return Threshold.values();
    }

    public SignalTable.Column[] columns() {
        return SignalTable.Column.values();
    }
}
