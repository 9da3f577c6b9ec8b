package org.exovigil.app.signals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.exovigil.app.refusals.Outcome;

/**
 * The reader's choice of strata and period on the signals pages: expected counts stratified by {@code by},
 * over the reports received (ICH E2B(R3) C.1.4, the day the sender first received the report) from
 * {@code from} to {@code to}, both days included; either end open, both open for all reports (cumulative);
 * events counted at {@code level} (PT, event group, HLT or SOC).
 */
public record SignalQuery(Stratification by, LocalDate from, LocalDate to, EventLevel level) {

    static final SignalQuery CUMULATIVE = new SignalQuery(Stratification.NONE, null, null);

    /** At PT level. */
    public SignalQuery(Stratification by, LocalDate from, LocalDate to) {
        this(by, from, to, EventLevel.PT);
    }

    /** A date typed by the reader is shown back at most this long in a refusal. */
    private static final int SHOWN = 40;

    /** Reads the GET parameters; a wrong one is refused, the first found (one clear reason). */
    static Outcome<SignalQuery> of(String by, String from, String to, String level) {
        EventLevel chosenLevel = level == null || level.isBlank() ? EventLevel.PT : EventLevel.of(level);
        if (chosenLevel == null) {
            return Outcome.refused(EventLevelRefusal.UNKNOWN_LEVEL, shown(level));
        }
        Stratification stratification = by == null || by.isBlank() ? Stratification.NONE : Stratification.of(by);
        if (stratification == null) {
            return Outcome.refused(SubgroupRefusal.UNKNOWN_STRATIFICATION, shown(by));
        }
        LocalDate first;
        LocalDate last;
        try {
            first = date(from);
        } catch (DateTimeParseException e) {
            return Outcome.refused(SubgroupRefusal.FROM_NOT_A_DATE, shown(from));
        }
        try {
            last = date(to);
        } catch (DateTimeParseException e) {
            return Outcome.refused(SubgroupRefusal.TO_NOT_A_DATE, shown(to));
        }
        if (first != null && last != null && first.isAfter(last)) {
            return Outcome.refused(SubgroupRefusal.PERIOD_BACKWARDS, first, last);
        }
        return Outcome.done(new SignalQuery(stratification, first, last, chosenLevel));
    }

    public boolean cumulative() {
        return from == null && to == null;
    }

    /** Neither stratified nor limited to a period, at PT level: the table every other page uses. */
    public boolean plain() {
        return by == Stratification.NONE && cumulative() && level == EventLevel.PT;
    }

    /** Neither stratified nor limited to a period, at whatever level: what an imported data set allows. */
    boolean whole() {
        return by == Stratification.NONE && cumulative();
    }

    /** The same strata and period up to {@code to}. */
    SignalQuery upTo(LocalDate last) {
        return new SignalQuery(by, from, last, level);
    }

    public String levelCode() {
        return level.code();
    }

    /** Whether a report received on {@code day} falls in the period. */
    boolean includes(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public String byCode() {
        return by.code();
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    private static String shown(String text) {
        String stripped = text.strip();
        return stripped.length() <= SHOWN ? stripped : stripped.substring(0, SHOWN) + "…";
    }
}
