package org.exovigil.vigilance.e2b;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What the caller decides about an outgoing batch (ICH E2B(R3) N.1): its number, who sends it to whom,
 * and when. The sender goes into each message's N.2.r.2, and the creation time into N.1.5, each N.2.r.4 and
 * each report's C.1.2 (date of creation), so that an export is a pure function of its input. Each message's
 * receiver (N.2.r.3) is the caller's {@code messageReceiverId} when given, else the one its {@link
 * OutgoingMessage} names, else N.1.4 (as EMA's and PMDA's guides have it; FDA's names a centre there, which
 * {@link ExportProfile#messageReceiver} chooses).
 *
 * @param batchId           N.1.2 batch number, unique per sender
 * @param senderId          N.1.3 batch sender identifier (e.g. the sending organisation's gateway id)
 * @param receiverId        N.1.4 batch receiver identifier (e.g. {@code ZZFDA}, {@code EVHUMAN}, {@code PMDA})
 * @param createdAt         N.1.5 date of batch transmission
 * @param messageReceiverId N.2.r.3 for every message of the batch, as the caller names it (e.g. {@code CBER});
 *                          null to let each message's own stand
 */
public record BatchHeader(
        String batchId, String senderId, String receiverId, OffsetDateTime createdAt, String messageReceiverId) {

    public BatchHeader {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(createdAt, "createdAt");
        messageReceiverId = messageReceiverId == null || messageReceiverId.isBlank() ? null : messageReceiverId.strip();
    }

    /** A header that names no message receiver of its own: each message's, or N.1.4. */
    public BatchHeader(String batchId, String senderId, String receiverId, OffsetDateTime createdAt) {
        this(batchId, senderId, receiverId, createdAt, null);
    }
}
