package org.exovigil.vigilance.e2b;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;

/**
 * The acknowledgement of a received ICSR batch, after the ICH E2B(R3) IG section on acknowledgement
 * messages: a transmission code for the batch (ACK.A.4) and, when the batch could be read, a code for
 * each ICSR message (ACK.B.r.6) with the errors or comments in text (ACK.B.r.7). {@link #toXml} writes it
 * as the HL7 {@code MCCI_IN200101UV01} batch of {@code MCCI_IN000002UV01} messages.
 *
 * @param batchId        ACK.A.1 the ICSR batch number (N.1.2); null when the batch could not be read
 * @param batchSenderId  N.1.3 of the received batch, the default receiver of this acknowledgement
 * @param batchCreatedAt ACK.A.3 date of ICSR batch transmission (N.1.5), as sent
 * @param code           ACK.A.4
 * @param text           ACK.A.5 batch validation error or comment, at most 250 characters
 * @param messages       ACK.B.r, one per ICSR message; empty when the batch was rejected as a whole
 */
public record Acknowledgement(
        String batchId,
        String batchSenderId,
        String batchCreatedAt,
        TransmissionCode code,
        String text,
        List<MessageAcknowledgement> messages) {

    /** ACK.A.4 transmission acknowledgement code. */
    public enum TransmissionCode {
        /** Application acknowledgement accept: every ICSR message was accepted, no further action. */
        AA,
        /** Application acknowledgement error: the batch was read, some ICSR messages need further action. */
        AE,
        /** Application acknowledgement reject: the batch could not be read; send the whole batch again. */
        AR
    }

    /** ACK.B.r.6 acknowledgement code for an ICSR message. */
    public enum MessageCode {
        /** Commit accept: the report was stored. */
        CA,
        /** Commit reject: the report was not stored; ACK.B.r.7 says why. */
        CR
    }

    /**
     * ACK.B.r for one message.
     *
     * @param messageId ACK.B.r.1 the ICSR message number (N.2.r.1); null when the message had none
     * @param createdAt ACK.B.r.5 date of ICSR message creation (N.2.r.4), as sent
     * @param code      ACK.B.r.6
     * @param text      ACK.B.r.7 the errors (for CR), or for CA what was not taken, at most 2000 characters
     */
    public record MessageAcknowledgement(String messageId, String createdAt, MessageCode code, String text) {
        public MessageAcknowledgement {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(text, "text");
        }
    }

    /** ACK.A.5 is 250 characters and ACK.B.r.7 2000 in the IG; longer texts are cut with an ellipsis. */
    static final int BATCH_TEXT_LENGTH = 250;

    static final int MESSAGE_TEXT_LENGTH = 2000;

    public Acknowledgement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        messages = List.copyOf(messages);
    }

    /**
     * The acknowledgement of what {@link E2bReader} made of a batch: AR with the reason when it could not
     * be read; otherwise CA or CR per message, and AA only when every message was taken whole. A message taken
     * with some of its content left out is CA with a comment naming each element not taken, never plain
     * "accepted", and makes the batch AE (ACK.A.4: not all processed as sent).
     */
    public static Acknowledgement of(Checked<IcsrBatch> received) {
        if (!received.isAccepted()) {
            return new Acknowledgement(
                    null,
                    null,
                    null,
                    TransmissionCode.AR,
                    cut(joined(received.problems()), BATCH_TEXT_LENGTH),
                    List.of());
        }
        IcsrBatch batch = received.value();
        List<MessageAcknowledgement> acks = new ArrayList<>();
        int rejected = 0;
        int inPart = 0;
        for (IcsrMessage m : batch.messages()) {
            if (m.report().isAccepted()) {
                inPart += m.notes().isEmpty() ? 0 : 1;
                String text = m.notes().isEmpty() ? "accepted" : "taken in part; not taken: " + joined(m.notes());
                acks.add(new MessageAcknowledgement(
                        m.messageId(), m.createdAt(), MessageCode.CA, cut(text, MESSAGE_TEXT_LENGTH)));
            } else {
                rejected++;
                acks.add(new MessageAcknowledgement(
                        m.messageId(),
                        m.createdAt(),
                        MessageCode.CR,
                        cut(joined(m.report().problems()), MESSAGE_TEXT_LENGTH)));
            }
        }
        TransmissionCode code = rejected == 0 && inPart == 0 ? TransmissionCode.AA : TransmissionCode.AE;
        String text = code == TransmissionCode.AA
                ? "all %d ICSR messages accepted, no further action".formatted(acks.size())
                : rejected == 0
                        ? "%d of %d ICSR messages taken in part: each message's comment names what was not taken"
                                .formatted(inPart, acks.size())
                        : rejectedText(rejected, acks.size());
        return new Acknowledgement(batch.batchId(), batch.senderId(), batch.createdAt(), code, text, acks);
    }

    /**
     * The same acknowledgement after the receiver's own checks refused some messages the reader accepted
     * (for example a follow-up that contradicts the stored case): those become CR with the reasons, and AA
     * becomes AE.
     *
     * @param refused reasons by the message's position in the batch
     */
    public Acknowledgement withRefused(Map<Integer, List<Problem>> refused) {
        if (refused.isEmpty() || code == TransmissionCode.AR) {
            return this;
        }
        List<MessageAcknowledgement> acks = new ArrayList<>(messages);
        refused.forEach((index, problems) -> {
            MessageAcknowledgement was = acks.get(index);
            acks.set(
                    index,
                    new MessageAcknowledgement(
                            was.messageId(),
                            was.createdAt(),
                            MessageCode.CR,
                            cut(joined(problems), MESSAGE_TEXT_LENGTH)));
        });
        long rejected = acks.stream().filter(a -> a.code() == MessageCode.CR).count();
        return new Acknowledgement(
                batchId, batchSenderId, batchCreatedAt, TransmissionCode.AE, rejectedText(rejected, acks.size()), acks);
    }

    private static String rejectedText(long rejected, int messages) {
        return "%d of %d ICSR messages rejected and need further action".formatted(rejected, messages);
    }

    /** The acknowledgement as an HL7 {@code MCCI_IN200101UV01} batch in UTF-8. */
    public byte[] toXml(AckHeader header) {
        return AckXml.write(this, header).getBytes(StandardCharsets.UTF_8);
    }

    /** The acknowledgement in the release the batch came in: R3's batch, or R2's {@code ichicsrack}. */
    public byte[] toXml(AckHeader header, IcsrVersion release) {
        return release == IcsrVersion.R2
                ? IchicsrAckXml.write(this, header).getBytes(StandardCharsets.UTF_8)
                : toXml(header);
    }

    private static String joined(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }

    private static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max
                ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
