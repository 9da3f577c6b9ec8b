package org.exovigil.app.events;

import java.time.LocalDate;

/**
 * An event as a regulator records it: where it came from and the text as received, then what it claims. Every
 * claimed field may be empty: a society notice often names no clinic and no patient.
 */
public record EventForm(
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
        String when) {}
