package org.exovigil.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One entry of the audit log. Its hash is SHA-256 over the previous hash and every field, each on
 * its own line, so the chain can be recomputed by anyone from the rows alone.
 */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String subject,
        String detail,
        String previousHash,
        String hash) {

    /** The hash that stands before the first event. */
    public static final String GENESIS = "0".repeat(64);

    static String hashOf(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            String subject,
            String detail,
            String previousHash) {
        String content = String.join(
                "\n", previousHash, Long.toString(id), occurredAt.toString(), actor, action, subject, detail);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    boolean hashMatchesContent() {
        return hash.equals(hashOf(id, occurredAt, actor, action, subject, detail, previousHash));
    }
}
