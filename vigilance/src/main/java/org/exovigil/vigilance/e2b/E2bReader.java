package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;
import static org.exovigil.vigilance.e2b.ElementValues.blankToNull;
import static org.exovigil.vigilance.e2b.ElementValues.id;
import static org.exovigil.vigilance.e2b.ElementValues.valueOf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/**
 * Reads an ICH E2B(R3) ICSR batch, an HL7 v3 {@code MCCI_IN200100UV01} of one or more {@code
 * PORR_IN049016UV} messages, into reports (the elements read are listed on {@link E2bWriter}, which
 * writes the same layout). The input is untrusted: it is parsed by {@link HardenedXml} (no DTD, no
 * entities, limits on size and depth), and what comes back is never an exception but a {@link Checked}:
 * rejected with one problem when the whole input is unusable (EXO-1209 not XML, with line and column;
 * EXO-1210 a DTD or entity; EXO-1211 too large; EXO-1212 not an ICSR batch; EXO-1201 no batch number),
 * otherwise accepted with one {@link IcsrMessage} per message, each holding its report or its own
 * problems. {@link E2bAcknowledgement} turns the result into the ACK.
 */
public final class E2bReader {

    /** 32 MiB: EudraVigilance and FDA ESG accept batches of this order; a caller may choose otherwise. */
    public static final long DEFAULT_SIZE_LIMIT = 32L * 1024 * 1024;

    private final long sizeLimit;

    private E2bReader(long sizeLimit) {
        this.sizeLimit = sizeLimit;
    }

    public static E2bReader withDefaults() {
        return new E2bReader(DEFAULT_SIZE_LIMIT);
    }

    /** A reader that refuses inputs longer than {@code bytes}. */
    public E2bReader withSizeLimit(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("a size limit is at least 1 byte, got " + bytes);
        }
        return new E2bReader(bytes);
    }

    public Checked<IcsrBatch> read(byte[] xml) {
        return read(new ByteArrayInputStream(xml));
    }

    /** Reads at most the size limit from {@code xml}; the caller closes the stream. */
    public Checked<IcsrBatch> read(InputStream xml) {
        Checked<XmlElement> parsed = HardenedXml.parse(xml, sizeLimit, HardenedXml.Doctype.REFUSED);
        if (!parsed.isAccepted()) {
            return Checked.rejected(parsed.problems());
        }
        XmlElement root = parsed.value();
        if (!HL7.equals(root.namespace()) || !BATCH.equals(root.name())) {
            return Checked.rejected(Problem.of(
                    ProblemCode.NOT_AN_ICSR_BATCH,
                    "expected the root element %s in namespace %s, got %s%s"
                            .formatted(
                                    BATCH,
                                    HL7,
                                    root.name(),
                                    root.namespace().isEmpty() ? " without a namespace" : " in " + root.namespace())));
        }
        String batchId = blankToNull(id(root, N_1_2_BATCH_NUMBER));
        if (batchId == null) {
            return Checked.rejected(new Problem(
                    ProblemCode.MISSING, "N.1.2", "expected the batch number, an id with root " + N_1_2_BATCH_NUMBER));
        }
        String batchReceiver = id(root.at("receiver", "device"), N_1_4_BATCH_RECEIVER);
        List<IcsrMessage> messages = new ArrayList<>();
        for (XmlElement message : root.children(MESSAGE)) {
            messages.add(MessageReading.read(message, batchReceiver));
        }
        if (messages.isEmpty()) {
            return Checked.rejected(
                    new Problem(ProblemCode.MISSING, "N.2.r", "expected at least one " + MESSAGE + " message"));
        }
        return Checked.accepted(new IcsrBatch(
                batchId,
                id(root.at("sender", "device"), N_1_3_BATCH_SENDER),
                batchReceiver,
                valueOf(root.child("creationTime")),
                messages));
    }
}
