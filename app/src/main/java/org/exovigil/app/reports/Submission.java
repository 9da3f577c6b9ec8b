package org.exovigil.app.reports;

import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;

/**
 * A report as a sender submits it. {@code sender} is who owns it: the authenticated account or token
 * by its immutable id, or a fresh identity of its own for an anonymous form; {@code idempotencyKey} is the optional {@code Idempotency-Key} header;
 * {@code reporterContact} is how to reach a member of the public for follow-up (kept with the other
 * personal identifiers, never in the clinical data), or null.
 */
public record Submission(
        SenderPrincipal sender,
        String idempotencyKey,
        Channel channel,
        IndividualCaseSafetyReport report,
        String reporterContact) {

    public Submission(SenderPrincipal sender, String idempotencyKey, Channel channel, IndividualCaseSafetyReport report) {
        this(sender, idempotencyKey, channel, report, null);
    }
}
