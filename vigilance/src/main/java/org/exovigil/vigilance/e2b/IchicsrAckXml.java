package org.exovigil.vigilance.e2b;

/**
 * Writes an {@link Acknowledgement} as the E2B(R2) acknowledgement an R2 sender's system reads: the ICH ICSR
 * acknowledgement message {@code ichicsrack} (ICH M2 acknowledgement DTD 1.1, as EudraVigilance and FAERS
 * answer R2 files): the header, one {@code messageacknowledgment} for the file (transmission code 01 all
 * reports loaded, 02 not all, 03 the file could not be read) and one {@code reportacknowledgment} per
 * safety report (01 loaded, 02 not loaded, with the reasons). A report taken in part is loaded, and its comment
 * names what was not taken, as in the R3 acknowledgement.
 */
final class IchicsrAckXml {

    /** The DTD R2 receivers and senders name for the acknowledgement. */
    private static final String DOCTYPE =
            "<!DOCTYPE ichicsrack SYSTEM \"http://eudravigilance.ema.europa.eu/dtd/icsrack11.dtd\">\n";

    private IchicsrAckXml() {}

    static String write(Acknowledgement ack, AckHeader header) {
        XmlWriter x = new XmlWriter();
        String created = E2bWriter.timestamp(header.createdAt()).substring(0, 14); // format 204, no zone in R2
        String receiver = header.receiverId() != null ? header.receiverId() : ack.batchSenderId();
        x.start("ichicsrack", "lang", "en");
        x.start("ichicsrmessageheader");
        x.text("messagetype", "ichicsrack");
        x.text("messageformatversion", "1.1");
        x.text("messageformatrelease", "1.0");
        x.text("messagenumb", header.ackBatchId());
        x.text("messagesenderidentifier", header.senderId());
        text(x, "messagereceiveridentifier", receiver);
        x.text("messagedateformat", "204");
        x.text("messagedate", created);
        x.end();
        x.start("acknowledgment");
        x.start("messageacknowledgment");
        text(x, "icsrmessagenumb", ack.batchId());
        x.text("localmessagenumb", header.ackBatchId());
        text(x, "icsrmessagesenderidentifier", ack.batchSenderId());
        text(x, "icsrmessagereceiveridentifier", header.senderId());
        if (ack.batchCreatedAt() != null) {
            x.text("icsrmessagedateformat", "204");
            x.text("icsrmessagedate", ack.batchCreatedAt());
        }
        x.text(
                "transmissionacknowledgmentcode",
                switch (ack.code()) {
                    case AA -> "01";
                    case AE -> "02";
                    case AR -> "03";
                });
        if (ack.code() == Acknowledgement.TransmissionCode.AR) {
            x.text("parsingerrormessage", ack.text());
        }
        x.end();
        int n = 0;
        for (Acknowledgement.MessageAcknowledgement m : ack.messages()) {
            n++;
            x.start("reportacknowledgment");
            text(x, "safetyreportid", m.messageId());
            x.text("localreportnumb", header.ackBatchId() + "-" + n);
            x.text("reportacknowledgmentcode", m.code() == Acknowledgement.MessageCode.CA ? "01" : "02");
            x.text("errormessagecomment", m.text());
            x.end();
        }
        x.end().end();
        String xml = x.finish();
        int prolog = xml.indexOf('\n') + 1;
        return xml.substring(0, prolog) + DOCTYPE + xml.substring(prolog);
    }

    private static void text(XmlWriter x, String element, String value) {
        if (value != null) {
            x.text(element, value);
        }
    }
}
