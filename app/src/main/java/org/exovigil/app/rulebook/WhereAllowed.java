package org.exovigil.app.rulebook;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.exovigil.csv.CsvCell;
import org.exovigil.rulebook.Assessment;

/**
 * One row of "Where is this allowed?" (the classification named in English and in Japanese): the answer of one jurisdiction's law to the same offering, cut to
 * what a side-by-side comparison needs. The main requirement is the one that decides the verdict: the
 * first known to be unmet, else the first the description leaves open, else the first there is.
 */
record WhereAllowed(
        String jurisdiction,
        String verdict,
        String classification,
        String classificationLabel,
        String classificationLabelJa,
        String mainRequirement,
        Boolean mainRequirementSatisfied,
        String reportingTo,
        Integer reportingDays,
        LocalDate lawCurrentTo) {

    static WhereAllowed of(Assessment a) {
        var requirement = a.requirements().stream()
                .min(Comparator.comparingInt(WhereAllowed::decidingOrder))
                .orElse(null);
        var duty = a.adverseEventReporting().stream().findFirst().orElse(null);
        return new WhereAllowed(
                a.jurisdiction(),
                a.verdict().code(),
                a.classification().code(),
                a.classification().label(),
                a.classification().labelJa(),
                requirement == null ? null : requirement.code(),
                requirement == null ? null : requirement.satisfied(),
                duty == null ? null : duty.to(),
                duty == null ? null : duty.days(),
                a.lawCurrentTo());
    }

    private static int decidingOrder(Assessment.Requirement r) {
        return Boolean.FALSE.equals(r.satisfied()) ? 0 : r.satisfied() == null ? 1 : 2;
    }

    static final String CSV_HEADER = "jurisdiction,verdict,classification,main_requirement,main_requirement_satisfied,"
            + "ae_reporting_to,ae_reporting_days,law_current_to";

    /** One CSV line (RFC 4180: a field with a comma or quote is quoted, quotes doubled). */
    String csv() {
        return String.join(
                ",",
                List.of(
                        field(jurisdiction),
                        field(verdict),
                        field(classification),
                        field(mainRequirement),
                        mainRequirementSatisfied == null ? "" : mainRequirementSatisfied.toString(),
                        field(reportingTo),
                        reportingDays == null ? "" : reportingDays.toString(),
                        lawCurrentTo == null ? "" : lawCurrentTo.toString()));
    }

    /** Neutralised as a spreadsheet would run it (issue 15, finding 9), then RFC 4180. */
    private static String field(String value) {
        return CsvCell.of(value);
    }
}
