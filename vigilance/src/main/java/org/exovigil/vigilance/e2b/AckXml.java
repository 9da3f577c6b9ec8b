package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;

/**
 * Writes an {@link Acknowledgement} as the ICH E2B(R3) acknowledgement message: {@code
 * MCCI_IN200101UV01} with ACK.M.1-4, one {@code MCCI_IN000002UV01} per ICSR message (ACK.B.r.1-7), and
 * the batch part (ACK.A.1-5), laid out as in the IG and FDA's R3 ACK samples.
 */
final class AckXml {

    private AckXml() {}

    static String write(Acknowledgement ack, AckHeader header) {
        XmlWriter x = new XmlWriter();
        String created = E2bWriter.timestamp(header.createdAt());
        String receiver = header.receiverId() != null ? header.receiverId() : ack.batchSenderId();
        x.start(ACK_BATCH, "xmlns", HL7, "xmlns:xsi", XSI, "ITSVersion", "XML_1.0");
        x.empty("id", "root", ACK_M_1_BATCH_NUMBER, "extension", header.ackBatchId());
        x.empty("creationTime", "value", created); // ACK.M.4
        x.empty("responseModeCode", "code", "D");
        x.empty("interactionId", "root", INTERACTION_ID_ROOT, "extension", ACK_BATCH);
        int n = 0;
        for (Acknowledgement.MessageAcknowledgement m : ack.messages()) {
            n++;
            x.start(ACK_MESSAGE);
            x.empty("id", "root", ACK_B_R_2_LOCAL_REPORT, "extension", header.ackBatchId() + "-" + n);
            x.empty("creationTime", "value", created);
            x.empty("interactionId", "root", INTERACTION_ID_ROOT, "extension", ACK_MESSAGE);
            x.empty("processingCode", "code", "P");
            x.empty("processingModeCode", "code", "T");
            x.empty("acceptAckCode", "code", "NE");
            E2bWriter.device(x, "receiver", "RCV", ACK_B_R_3_RECEIVER, receiver);
            E2bWriter.device(x, "sender", "SND", ACK_B_R_4_SENDER, header.senderId());
            attentionLine(x, ATTENTION_MESSAGE_CREATION, "dateOfIcsrMessageCreation", "TS", m.createdAt());
            x.start("acknowledgement", "typeCode", m.code().name()); // ACK.B.r.6
            x.start("targetMessage");
            identifier(x, N_2_R_1_MESSAGE_ID, m.messageId()); // ACK.B.r.1
            x.end();
            x.start("acknowledgementDetail").text("text", m.text()).end(); // ACK.B.r.7
            x.end().end();
        }
        E2bWriter.device(x, "receiver", "RCV", ACK_M_3_RECEIVER, receiver);
        E2bWriter.device(x, "sender", "SND", ACK_M_2_SENDER, header.senderId());
        x.start("attentionLine");
        x.empty(
                "keyWordText",
                "code",
                ATTENTION_LOCAL_MESSAGE_NUMBER,
                "codeSystem",
                ATTENTION_LINE,
                "displayName",
                "acknowledgementLocalMessageNumber");
        x.empty("value", "xsi:type", "II", "root", ACK_A_2_LOCAL_MESSAGE, "extension", header.ackBatchId());
        x.end();
        attentionLine(x, ATTENTION_BATCH_TRANSMISSION, "dateOfIcsrBatchTransmission", "TS", ack.batchCreatedAt());
        x.start("acknowledgement", "typeCode", ack.code().name()); // ACK.A.4
        x.start("targetBatch");
        identifier(x, N_1_2_BATCH_NUMBER, ack.batchId()); // ACK.A.1
        x.end();
        x.start("acknowledgementDetail").text("text", ack.text()).end(); // ACK.A.5
        x.end();
        x.end();
        return x.finish();
    }

    private static void identifier(XmlWriter x, String root, String extension) {
        if (extension == null) {
            x.empty("id", "nullFlavor", "NI");
        } else {
            x.empty("id", "root", root, "extension", extension);
        }
    }

    private static void attentionLine(XmlWriter x, String code, String displayName, String type, String value) {
        x.start("attentionLine");
        x.empty("keyWordText", "code", code, "codeSystem", ATTENTION_LINE, "displayName", displayName);
        if (value == null) {
            x.empty("value", "xsi:type", type, "nullFlavor", "NI");
        } else {
            x.empty("value", "xsi:type", type, "value", value);
        }
        x.end();
    }
}
