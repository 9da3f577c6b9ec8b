package org.exovigil.app.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;

/**
 * A report as a sender submits it. {@code sender} is who owns it: the authenticated account or token
 * by its immutable id, or a fresh identity of its own for an anonymous form; {@code idempotencyKey} is
 * the optional {@code Idempotency-Key} header;
 * {@code reporterContact} is how to reach a member of the public for follow-up (kept with the other
 * personal identifiers, never in the clinical data), or null; {@code reporterLanguage} the language the
 * reporter wrote in, for the letters they are sent (null for a machine); {@code receiptWanted} whether they asked
 * for a receipt by e-mail, at the contact, which is then an e-mail address.
 */
public record Submission(
        SenderPrincipal sender,
        String idempotencyKey,
        Channel channel,
        IndividualCaseSafetyReport report,
        String reporterContact,
        Locale reporterLanguage,
        boolean receiptWanted) {

    public Submission(
            SenderPrincipal sender, String idempotencyKey, Channel channel, IndividualCaseSafetyReport report) {
        this(sender, idempotencyKey, channel, report, null);
    }

    public Submission(
            SenderPrincipal sender,
            String idempotencyKey,
            Channel channel,
            IndividualCaseSafetyReport report,
            String reporterContact) {
        this(sender, idempotencyKey, channel, report, reporterContact, null, false);
    }

    /**
     * SHA-256 of the report as read (not of the bytes sent, so a retry that only re-indents its JSON is
     * the same request) and of the contact: what an Idempotency-Key must come with again to be a retry.
     */
    String fingerprint() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(ReportJson.write(report).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(reporterContact).getBytes(StandardCharsets.UTF_8));
            // Only a receipt asked for counts, so a form without one keeps the fingerprint it had before issue 20.
            if (receiptWanted) {
                digest.update((byte) 0);
                digest.update("receipt".getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
