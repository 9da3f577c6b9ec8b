package org.exovigil.vigilance.verification;

import java.time.Instant;
import java.util.Objects;

/**
 * What a verification step rests on: a document (death certificate, discharge summary, lot release
 * test), a contact (call, letter, visit, with whom), or a note.
 *
 * @param kind        document, contact or note
 * @param description what it is or what was said
 * @param reference   where it is kept (document id, file name, address); null for a note
 * @param recordedBy  who recorded it
 * @param recordedAt  when
 */
public record Evidence(Kind kind, String description, String reference, String recordedBy, Instant recordedAt) {

    public enum Kind {
        DOCUMENT,
        CONTACT,
        NOTE
    }

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
