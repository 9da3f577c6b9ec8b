package org.exovigil.vigilance.e2b;

import java.util.Objects;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;

/**
 * One report to send, with its message identifier (ICH E2B(R3) N.2.r.1), unique within the batch.
 *
 * @param messageId N.2.r.1
 * @param report    the version of the case to send
 */
public record OutgoingMessage(String messageId, IndividualCaseSafetyReport report) {

    public OutgoingMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(report, "report");
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
}
