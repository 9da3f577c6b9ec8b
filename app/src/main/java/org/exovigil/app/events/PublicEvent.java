package org.exovigil.app.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A closed event as the public reads it (issue 20): what was alleged, what was checked and when, the decision. It
 * holds no personal data: not the text as received, not who reported it (a complaint's or a rumour's source may be a
 * person), not whom a request was addressed to by name nor what a piece of evidence says; only kinds, dates and codes.
 * The clinic is named only where a confirmed decision names it.
 *
 * @param sourceName  the publisher of a media story, society notice or article; null for a rumour or a complaint
 * @param checks      each request: the kind of addressee, when it went out, its due date, when it was answered
 * @param evidenceOn  the days evidence was supplied, one per piece
 * @param countersigned whether a second regulator countersigned the decision
 * @param statement   why it ended, as the deciders wrote it for the public when closing; null for older events
 */
public record PublicEvent(
        long id,
        String reference,
        String source,
        String sourceName,
        LocalDate sourceDate,
        String outcome,
        String product,
        String place,
        String country,
        String when,
        List<Check> checks,
        List<LocalDate> evidenceOn,
        String decision,
        Instant decidedAt,
        boolean countersigned,
        String clinicNamed,
        int linkedCases,
        Instant closedAt,
        String statement) {

    /** One request, as the public sees it. */
    public record Check(String addresseeKind, Instant sentAt, LocalDate dueOn, Instant answeredAt) {}
}
