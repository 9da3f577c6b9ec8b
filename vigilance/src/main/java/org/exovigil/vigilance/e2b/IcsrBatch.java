package org.exovigil.vigilance.e2b;

import java.util.List;
import java.util.Objects;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;

/**
 * A received batch (ICH E2B(R3) N.1): its header and its messages, each read on its own so that one bad
 * report never hides the good ones (and the acknowledgement can say which was which).
 *
 * @param batchId    N.1.2 batch number
 * @param senderId   N.1.3 batch sender identifier; null when absent
 * @param receiverId N.1.4 batch receiver identifier; null when absent
 * @param createdAt  N.1.5 date of batch transmission, as sent (HL7 TS, e.g. {@code 20261120093000+0900})
 * @param messages   N.2.r, in document order
 */
public record IcsrBatch(
        String batchId, String senderId, String receiverId, String createdAt, List<IcsrMessage> messages) {

    public IcsrBatch {
        Objects.requireNonNull(batchId, "batchId");
        messages = List.copyOf(messages);
    }

    /** The reports that were read without a problem, in document order. */
    public List<IndividualCaseSafetyReport> acceptedReports() {
        return messages.stream()
                .filter(m -> m.report().isAccepted())
                .map(m -> m.report().value())
                .toList();
    }
}
