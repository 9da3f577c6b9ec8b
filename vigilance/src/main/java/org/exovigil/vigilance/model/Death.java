package org.exovigil.vigilance.model;

import java.time.LocalDate;
import java.util.List;

/**
 * ICH E2B(R3) D.9, in case of death.
 *
 * @param date           D.9.1 date of death, to the precision sent (a year, a month, a day)
 * @param reportedCauses D.9.2.r reported causes of death
 * @param autopsy        D.9.3 whether an autopsy was done; null when not said
 * @param autopsyCauses  D.9.4.r causes of death the autopsy determined
 */
public record Death(
        PartialDate date, List<ReportedTerm> reportedCauses, Boolean autopsy, List<ReportedTerm> autopsyCauses) {

    public Death {
        reportedCauses = List.copyOf(reportedCauses);
        autopsyCauses = List.copyOf(autopsyCauses);
    }

    /** Null when nothing is known. */
    public static Death of(
            LocalDate date, List<ReportedTerm> reportedCauses, Boolean autopsy, List<ReportedTerm> autopsyCauses) {
        return of(PartialDate.of(date), reportedCauses, autopsy, autopsyCauses);
    }

    /** Null when nothing is known. */
    public static Death of(
            PartialDate date, List<ReportedTerm> reportedCauses, Boolean autopsy, List<ReportedTerm> autopsyCauses) {
        return date == null && reportedCauses.isEmpty() && autopsy == null && autopsyCauses.isEmpty()
                ? null
                : new Death(date, reportedCauses, autopsy, autopsyCauses);
    }
}
