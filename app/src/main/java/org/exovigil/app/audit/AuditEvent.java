package org.exovigil.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * One entry of the audit log. Its hash covers the previous hash and every field, each on its own
 * line. Since issue 15 it is an HMAC-SHA-256 under the audit key ({@code keyed}); events written
 * before are plain SHA-256, which anyone can recompute, and are checked as such.
 */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String subject,
        String detail,
        String previousHash,
        String hash,
        boolean keyed) {

    /** The hash that stands before the first event. */
    public static final String GENESIS = "0".repeat(64);

    static final String PLAIN = "sha-256";
    static final String HMAC = "hmac-sha-256";

    static String contentOf(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            String subject,
            String detail,
            String previousHash) {
        return String.join(
                "\n", previousHash, Long.toString(id), occurredAt.toString(), actor, action, subject, detail);
    }

    String content() {
        return contentOf(id, occurredAt, actor, action, subject, detail, previousHash);
    }

    /** For a keyed event the key is needed; without the key a keyed hash cannot be recomputed, by anyone. */
    boolean hashMatchesContent(AuditKey key) {
        String expected = keyed ? key.mac(content()) : Sha256.of(content());
        return MessageDigest.isEqual(
                hash.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII));
    }
}
