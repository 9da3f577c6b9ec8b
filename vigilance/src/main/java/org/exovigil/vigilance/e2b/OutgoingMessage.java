package org.exovigil.vigilance.e2b;

import java.util.Objects;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;

/**
 * One report to send, with its message identifier (ICH E2B(R3) N.2.r.1), unique within the batch, and its
 * receiver (N.2.r.3).
 *
 * @param messageId  N.2.r.1
 * @param report     the version of the case to send
 * @param receiverId N.2.r.3; null for the batch's (see {@link BatchHeader})
 */
public record OutgoingMessage(String messageId, IndividualCaseSafetyReport report, String receiverId) {

    public OutgoingMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(report, "report");
    }

    /** A message to the batch's receiver. */
    public OutgoingMessage(String messageId, IndividualCaseSafetyReport report) {
        this(messageId, report, null);
    }

    /**
     * The report with the message identifier {@code <C.1.1>-v<version>}, unique per version of a case, so
     * that an initial report and its follow-up can travel in one batch.
     */
    public static OutgoingMessage of(IndividualCaseSafetyReport report) {
        return new OutgoingMessage(
                report.identification().senderReportId() + "-v"
                        + report.identification().version(),
                report);
    }

    /** N.2.r.3 as written under {@code header}: the caller's for the batch, this message's, or N.1.4. */
    public String receiverUnder(BatchHeader header) {
        if (header.messageReceiverId() != null) {
            return header.messageReceiverId();
        }
        return receiverId != null ? receiverId : header.receiverId();
    }
}
