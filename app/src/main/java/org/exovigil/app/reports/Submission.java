package org.exovigil.app.reports;

import org.exovigil.vigilance.model.IndividualCaseSafetyReport;

/**
 * A report as a sender submits it. {@code sender} is who is authenticated (a token's or a person's
 * name, or {@code public}); {@code idempotencyKey} is the optional {@code Idempotency-Key} header.
 */
public record Submission(String sender, String idempotencyKey, Channel channel, IndividualCaseSafetyReport report) {}
