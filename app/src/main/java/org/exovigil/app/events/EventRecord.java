package org.exovigil.app.events;

import java.time.Instant;
import java.time.LocalDate;

/** An event as stored: what came in and what it claims, and when the regulator recorded it. */
public record EventRecord(
        long id,
        String reference,
        String source,
        String sourceName,
        LocalDate sourceDate,
        String link,
        String text,
        String outcome,
        String product,
        String clinic,
        String place,
        String country,
        String when,
        String recordedBy,
        Instant recordedAt) {}
