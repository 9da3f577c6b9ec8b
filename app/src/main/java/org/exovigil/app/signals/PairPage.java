package org.exovigil.app.signals;

import java.util.List;
import org.exovigil.signals.PairStatistics;

/**
 * One product-event pair: its statistics and the cases behind it.
 *
 * @param dataSet the imported data set the pair is from, or null for the case store
 * @param row the pair's statistics, or null when the table holds no such pair
 * @param cases the case store's cases holding the pair; none for a data set
 * @param externalCases the data set's case identifiers holding the pair; none for the case store
 * @param regulator whether the reader may open the cases, so they are shown as links
 * @param shownEvent the event as the reader is shown it (see {@link CodedEvents#shown})
 */
record PairPage(
        String product,
        String event,
        ExternalDataSets.DataSet dataSet,
        PairStatistics row,
        List<CaseSignals.PairCase> cases,
        List<String> externalCases,
        boolean regulator,
        String shownEvent) {}
