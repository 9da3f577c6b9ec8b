package org.exovigil.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One line of the anchor file: at this moment the chain ended at this event with this hash, and it
 * was keyed from that event on, HMACed with the audit key. Kept outside the database, it shows what
 * the chain alone cannot: that events were cut from its end (OWASP ASVS 4.0.3 V7.3.3), or that keyed
 * events were rewritten as plain ones.
 */
record AuditAnchor(Instant at, long eventId, String hash, long keyedFrom, String keyId, String mac) {

    private static final Pattern LINE = Pattern.compile(
            "(\\S+) event=(\\d+) hash=([0-9a-f]{64}) keyed-from=(\\d+) key=([0-9a-f]{16}) hmac=([0-9a-f]{64})");

    static AuditAnchor signed(AuditKey key, Instant at, long eventId, String hash, long keyedFrom) {
        return new AuditAnchor(at, eventId, hash, keyedFrom, key.id(), key.mac(content(at, eventId, hash, keyedFrom)));
    }

    /** The content signed; its first line can never be an event's (which starts with a hash). */
    private static String content(Instant at, long eventId, String hash, long keyedFrom) {
        return String.join(
                "\n",
                "exovigil audit anchor v1",
                at.toString(),
                Long.toString(eventId),
                hash,
                Long.toString(keyedFrom));
    }

    String line() {
        return "%s event=%d hash=%s keyed-from=%d key=%s hmac=%s".formatted(at, eventId, hash, keyedFrom, keyId, mac);
    }

    /** The anchor a line holds, or null if the line is not one. */
    static AuditAnchor parse(String line) {
        var match = LINE.matcher(line.strip());
        if (!match.matches()) {
            return null;
        }
        try {
            return new AuditAnchor(
                    Instant.parse(match.group(1)),
                    Long.parseLong(match.group(2)),
                    match.group(3),
                    Long.parseLong(match.group(4)),
                    match.group(5),
                    match.group(6));
        } catch (RuntimeException e) {
            return null;
        }
    }

    boolean isSignedBy(AuditKey key) {
        return MessageDigest.isEqual(
                mac.getBytes(StandardCharsets.US_ASCII),
                key.mac(content(at, eventId, hash, keyedFrom)).getBytes(StandardCharsets.US_ASCII));
    }
}
