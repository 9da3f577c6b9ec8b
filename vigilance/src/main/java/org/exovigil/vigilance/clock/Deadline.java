package org.exovigil.vigilance.clock;

import java.time.LocalDate;

/**
 * When a report is due under one duty, and why.
 *
 * @param dutyId    the duty's identifier
 * @param regime    the regime in words
 * @param recipient to whom the report goes
 * @param dueOn     the last day to report; null for a periodic duty whose period start is not known
 * @param voluntary true when no law imposes it (Exovigil's own clock): show it as "voluntary"
 * @param because   the condition the case meets, and how the date was counted
 * @param basis     the source of the duty
 */
public record Deadline(
        String dutyId,
        String regime,
        String recipient,
        LocalDate dueOn,
        boolean voluntary,
        String because,
        Basis basis) {

    /** {@code voluntary} or {@code legal}, as the API and the queue label a deadline. */
    public String kind() {
        return voluntary ? "voluntary" : "legal";
    }
}
