package org.exovigil.vigilance.e2b;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What the receiver decides about an acknowledgement batch (ICH E2B(R3) IG, ACK.M).
 *
 * @param ackBatchId ACK.M.1 acknowledgement batch number; also ACK.A.2, and with {@code -n} appended the
 *                   ACK.B.r.2 local report number of the n-th message
 * @param senderId   ACK.M.2 and ACK.B.r.4, who acknowledges (the receiver of the ICSR batch)
 * @param receiverId ACK.M.3 and ACK.B.r.3, to whom; null for the sender of the ICSR batch (N.1.3)
 * @param createdAt  ACK.M.4 date of acknowledgement batch transmission
 */
public record AckHeader(String ackBatchId, String senderId, String receiverId, OffsetDateTime createdAt) {

    public AckHeader {
        Objects.requireNonNull(ackBatchId, "ackBatchId");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The same header addressed to {@code receiver}, e.g. when the batch could not be read to find its sender. */
    public AckHeader withReceiver(String receiver) {
        return new AckHeader(ackBatchId, senderId, receiver, createdAt);
    }
}
