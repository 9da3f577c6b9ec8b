package org.exovigil.app.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One case in a regulator's queue: enough to triage it without opening it. */
public record QueueEntry(
        UUID id,
        String reference,
        Instant receivedAt,
        String country,
        String channel,
        boolean valid,
        boolean serious,
        boolean fatalOrLifeThreatening,
        LocalDate earliestDueOn,
        String verification,
        String problem,
        String product) {

    /** overdue, due (within {@value QueueView#DUE_SOON_DAYS} days) or on_time, for the row's colour and label. */
    public String urgency(LocalDate today) {
        if (earliestDueOn == null) {
            return "on_time";
        }
        if (earliestDueOn.isBefore(today)) {
            return "overdue";
        }
        return earliestDueOn.isAfter(today.plusDays(QueueView.DUE_SOON_DAYS)) ? "on_time" : "due";
    }
}
