package org.exovigil.app.reports;

import java.time.LocalDate;

/**
 * When a reported problem started, held against the dates that bound it, for both report forms. Before the
 * person was born it cannot have started: the form refuses it at the date. Before the treatment it can (a
 * condition the person had before, made worse), so the form asks the reporter to confirm it rather than filing
 * a likely slip silently. Imports and the API stay as lenient as ICH E2B(R3) allows.
 */
final class OnsetDates {

    private OnsetDates() {}

    /** The earliest a person of the given age today can have been born: a person aged n is under n + 1. */
    static LocalDate earliestBirth(int ageToday, LocalDate today) {
        return today.minusYears(ageToday + 1L);
    }

    /** Whether a problem is said to have started before the person was born (no or an unknown date: no). */
    static boolean beforeBirth(LocalDate onset, LocalDate bornOnOrAfter) {
        return onset != null && bornOnOrAfter != null && onset.isBefore(bornOnOrAfter);
    }

    /** Whether a problem is said to have started before the product was first given (no or an unknown date: no). */
    static boolean beforeTreatment(LocalDate onset, LocalDate firstGiven) {
        return onset != null && firstGiven != null && onset.isBefore(firstGiven);
    }
}
