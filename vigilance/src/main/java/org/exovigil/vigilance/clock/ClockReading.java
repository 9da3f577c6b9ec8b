package org.exovigil.vigilance.clock;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.exovigil.vigilance.model.SeriousnessCriteria;

/**
 * The reporting clocks of a case at one moment.
 *
 * @param dayZero        day 0, null while the minimum criteria are not met (no clock runs)
 * @param seriousness    the case-level seriousness used
 * @param unexpected     whether the case counted as unexpected (unknown counts as unexpected)
 * @param deadlines      the reports due, legal or voluntary
 * @param voluntaryOnly  true when no law obliges any report and only Exovigil's clock applies
 * @param notes          why duties did or did not apply, as facts the reader's language words
 */
public record ClockReading(
        LocalDate dayZero,
        SeriousnessCriteria seriousness,
        boolean unexpected,
        List<Deadline> deadlines,
        boolean voluntaryOnly,
        List<ClockNote> notes) {

    public ClockReading {
        deadlines = List.copyOf(deadlines);
        notes = List.copyOf(notes);
    }

    /** The nearest dated deadline, for the queue's "due soon" and "overdue". */
    public Optional<Deadline> earliest() {
        return deadlines.stream().filter(d -> d.dueOn() != null).min(Comparator.comparing(Deadline::dueOn));
    }
}
