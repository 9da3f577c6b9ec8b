package org.exovigil.vigilance.external;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exovigil.vigilance.Problem;

/**
 * What a reader did, for the operator's log and the import page.
 *
 * @param rowsRead           data rows read per file name, in the order read
 * @param cases              cases produced
 * @param supersededVersions FAERS DEMO rows left out because the same case has a later version
 * @param deletedCases       FAERS cases left out because the quarter's DELETE list names them
 * @param unmatchedRows      rows of the other files whose case is not among the cases produced (a
 *                           superseded, deleted or absent case)
 * @param raggedRows         VAERS rows with more fields than the header, whose columns beyond the first
 *                           free-text column could not be trusted
 * @param skippedRows        malformed rows left out under {@link MalformedRows#SKIP}
 * @param problems           the first 100 of those rows' problems
 */
public record ReadSummary(
        Map<String, Long> rowsRead,
        long cases,
        long supersededVersions,
        long deletedCases,
        long unmatchedRows,
        long raggedRows,
        long skippedRows,
        List<Problem> problems) {

    public ReadSummary {
        rowsRead = Collections.unmodifiableMap(new LinkedHashMap<>(rowsRead));
        problems = List.copyOf(problems);
    }
}
