package org.exovigil.app.reports;

import java.time.Instant;
import java.time.LocalDate;

/** A question put to someone about a case, due by a date; answered once. */
public record FollowUpRequest(
        long id,
        String askedOf,
        String question,
        LocalDate dueOn,
        String requestedBy,
        Instant requestedAt,
        Instant remindedAt,
        Instant answeredAt,
        String answer) {

    /** answered, overdue (past its due date, unanswered) or open. */
    public String status(LocalDate today) {
        if (answeredAt != null) {
            return "answered";
        }
        return dueOn.isBefore(today) ? "overdue" : "open";
    }
}
