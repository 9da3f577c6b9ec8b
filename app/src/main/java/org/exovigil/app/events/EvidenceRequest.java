package org.exovigil.app.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request for evidence as the event page shows it.
 *
 * @param powerCited the power it cites, as cited that day; null: it rests on none
 * @param answeredAt when the first answer or document for it was recorded; null while unanswered
 */
public record EvidenceRequest(
        long id,
        String addresseeKind,
        String addressee,
        String address,
        String asked,
        LocalDate dueOn,
        String powerCited,
        String requestedBy,
        Instant requestedAt,
        Instant remindedAt,
        Instant answeredAt) {

    /** answered, overdue or open, for the badge beside it. */
    public String status(LocalDate today) {
        if (answeredAt != null) {
            return "answered";
        }
        return dueOn.isBefore(today) ? "overdue" : "open";
    }
}
