package org.exovigil.app.caseseries;

import java.util.Set;

/**
 * What happened when the product was stopped (dechallenge) or given again (rechallenge), for one product and
 * one reaction of a case. A reviewer's Naranjo answer, when there is one, says it (questions 3 and 4 of
 * Naranjo et al., Clin Pharmacol Ther 1981;30:239-45); otherwise the sender's ICH E2B(R3) data: for a
 * dechallenge the action taken with the drug (G.k.8) with the reaction's outcome (E.i.7), for a rechallenge
 * whether the reaction recurred on re-administration (G.k.9.i.4).
 */
enum Challenge {
    POSITIVE,
    NEGATIVE,
    NOT_REPORTED;

    private static final Set<String> STOPPED = Set.of("withdrawn", "dose_reduced");
    private static final Set<String> BETTER = Set.of("recovered", "recovering", "recovered_with_sequelae");
    private static final Set<String> NOT_BETTER = Set.of("not_recovered", "fatal");

    /**
     * @param naranjo the answer to "did the reaction improve when the drug was discontinued" (YES, NO,
     *     DO_NOT_KNOW), or null
     * @param actionTaken the G.k.8 code, or null
     * @param outcome the E.i.7 code, or null
     */
    static Challenge dechallenge(String naranjo, String actionTaken, String outcome) {
        Challenge answered = ofAnswer(naranjo);
        if (answered != NOT_REPORTED || actionTaken == null || !STOPPED.contains(actionTaken) || outcome == null) {
            return answered;
        }
        return BETTER.contains(outcome) ? POSITIVE : NOT_BETTER.contains(outcome) ? NEGATIVE : NOT_REPORTED;
    }

    /**
     * @param naranjo the answer to "did the reaction reappear when the drug was readministered", or null
     * @param recurrence the G.k.9.i.4 code (1 yes, 2 no, 3 unknown, 4 not re-administered), or null
     */
    static Challenge rechallenge(String naranjo, String recurrence) {
        Challenge answered = ofAnswer(naranjo);
        if (answered != NOT_REPORTED || recurrence == null) {
            return answered;
        }
        return switch (recurrence) {
            case "1" -> POSITIVE;
            case "2" -> NEGATIVE;
            default -> NOT_REPORTED;
        };
    }

    private static Challenge ofAnswer(String naranjo) {
        if ("YES".equals(naranjo)) {
            return POSITIVE;
        }
        return "NO".equals(naranjo) ? NEGATIVE : NOT_REPORTED;
    }

    /** The message key of its name. */
    String key() {
        return "series.challenge." + name();
    }
}
