package org.exovigil.app.reports;

import org.exovigil.vigilance.model.IndividualCaseSafetyReport;

/**
 * A report as a sender submits it. {@code sender} is who is authenticated (a token's or a person's
 * name, or {@code public}); {@code idempotencyKey} is the optional {@code Idempotency-Key} header;
 * {@code reporterContact} is how to reach a member of the public for follow-up (kept with the other
 * personal identifiers, never in the clinical data), or null.
 */
public record Submission(
        String sender,
        String idempotencyKey,
        Channel channel,
        IndividualCaseSafetyReport report,
        String reporterContact) {

    public Submission(String sender, String idempotencyKey, Channel channel, IndividualCaseSafetyReport report) {
        this(sender, idempotencyKey, channel, report, null);
    }
}
