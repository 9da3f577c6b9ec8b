package org.exovigil.app.mail;

import java.time.Instant;

/**
 * A letter as the outbox holds it: written, addressed, and where it is on its way.
 *
 * @param state {@code queued} (waiting for its next attempt, or for an SMTP server to be configured), {@code sent}, or
 *     {@code failed} (given up after the last attempt; an administrator may send it again)
 * @param lastError what the SMTP server or the connection said at the last failed attempt
 */
public record OutboxLetter(
        long id,
        String kind,
        String about,
        String recipient,
        String language,
        String subject,
        String body,
        String state,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        String lastError,
        Instant sentAt) {}
