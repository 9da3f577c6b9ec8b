package org.exovigil.vigilance.events;

import java.time.Instant;

/**
 * A case an event is linked to: one it gave rise to (recorded because of it) or one it matched (already known).
 *
 * @param caseReference the case's reference, {@code EXO-2026-0000042}
 */
public record CaseLink(String caseReference, Kind kind, String linkedBy, Instant linkedAt) {

    public enum Kind {
        GAVE_RISE,
        MATCHED
    }
}
