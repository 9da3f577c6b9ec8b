package org.exovigil.app.signals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.exovigil.signals.PairStatistics;

/**
 * The signals page: one table (the case store's or an imported data set's), the pairs that match the
 * reader's words and thresholds in the chosen order, and the plot of EBGM against n.
 *
 * @param dataSet the imported data set shown, or null for the case store
 * @param rows the first {@value #PAGE} matching pairs
 * @param matching how many pairs match in all
 * @param shown each shown row's event in the reader's language (see {@link CodedEvents#shown})
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
        EbgmPlot plot,
        Map<String, String> shown) {

    static final int PAGE = 500;

    static SignalsPage of(
            SignalTable table,
            ExternalDataSets.DataSet dataSet,
            List<ExternalDataSets.DataSet> dataSets,
            String words,
            Set<Threshold> chosen,
            SignalTable.Column sort,
            UnaryOperator<String> shown) {
        List<PairStatistics> matching = table.select(words, chosen, sort, shown);
        Map<String, String> names = new HashMap<>();
        matching.stream().limit(PAGE).forEach(row -> names.computeIfAbsent(row.event(), shown));
        return new SignalsPage(
                table,
                dataSet,
                dataSets,
                words,
                chosen,
                sort,
                matching.stream().limit(PAGE).toList(),
                matching.size(),
                EbgmPlot.of(table.rows(), row -> Threshold.EB05.passes(row) || Threshold.EVANS.passes(row)),
                Map.copyOf(names));
    }

    /** The row's event as the reader is shown it. */
    public String event(PairStatistics row) {
        return shown.getOrDefault(row.event(), row.event());
    }

    public Threshold[] thresholds() {
        return Threshold.values();
    }

    public SignalTable.Column[] columns() {
        return SignalTable.Column.values();
    }
}
