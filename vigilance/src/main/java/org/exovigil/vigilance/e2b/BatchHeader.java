package org.exovigil.vigilance.e2b;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What the caller decides about an outgoing batch (ICH E2B(R3) N.1): its number, who sends it to whom,
 * and when. The same sender and receiver go into each message's N.2.r.2/N.2.r.3, and the creation time
 * into N.1.5, each N.2.r.4 and each report's C.1.2 (date of creation), so that an export is a pure
 * function of its input.
 *
 * @param batchId    N.1.2 batch number, unique per sender
 * @param senderId   N.1.3 batch sender identifier (e.g. the sending organisation's gateway id)
 * @param receiverId N.1.4 batch receiver identifier (e.g. {@code ZZFDA}, {@code EVHUMAN}, {@code PMDA})
 * @param createdAt  N.1.5 date of batch transmission
 */
public record BatchHeader(String batchId, String senderId, String receiverId, OffsetDateTime createdAt) {

    public BatchHeader {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
