package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.SeriousnessCriterion;

/**
 * Writes reports as one ICH ICSR batch: an HL7 v3 {@code MCCI_IN200100UV01} holding one {@code
 * PORR_IN049016UV} message per report, laid out as the ICH E2B(R3) IG and its HL7 ICSR schema lay it out
 * (and as FDA's sample instances show it). What is written, by element: N.1.1-N.1.5 and N.2.r.1-N.2.r.4
 * from the {@link BatchHeader}; C.1.1, C.1.2 (the batch's creation time), C.1.3, C.1.4, C.1.5, C.1.6.1
 * (false: Exovigil holds no attachments), C.1.7 (NI: the local criteria are each receiver's), C.1.8.1,
 * C.1.9.1 (NI), C.1.11.1-2; C.2.r.1 (the name as one text), C.2.r.2.1, C.2.r.3, C.2.r.4, C.2.r.5 (the
 * first source); C.3.1 (6, other) and C.3.2 (the batch sender); D.1, D.2.2a/b (years), D.2.3, D.3, D.5;
 * E.i.1.1a, E.i.2.1a/b, E.i.3.2a-f, E.i.4, E.i.7, E.i.9 (the case's occurrence country); F.r.1, F.r.2.1,
 * F.r.3.2/3 (a number with a unit) or F.r.3.4 (text); G.k.1, G.k.2.2, G.k.4.r.1a/b, G.k.4.r.4,
 * G.k.4.r.7, G.k.4.r.8, G.k.4.r.10.1/2b (EDQM where there is an exact term); H.1.
 *
 * <p>What E2B has no element for goes into Exovigil's namespaced extension ({@link E2bCodes#EXOVIGIL}),
 * which other receivers ignore: the product type and provider (an observation under the drug, where
 * G.k.11 additional information sits), the case version number and, when no reaction carries E.i.9, the
 * occurrence country (an observation beside C.1.6.1), and the unit of a non-numeric test result. Left out
 * because the model does not hold them: C.1.8.2 first sender, C.4 literature, C.5 study, D.7-D.10
 * history and death, E.i.1.2 translation, G.k.2.3 substances, G.k.7 indications, G.k.9 relatedness,
 * H.2-H.4 comments. Identifiers the messages need inside (a product's {@code id} that G.k.1 points to)
 * are name-based UUIDs of the report and position, so the same input always gives the same bytes. Text
 * is written so that it reads back exactly, line breaks included; only characters XML 1.0 cannot carry at
 * all (control characters other than tab and line breaks) become U+FFFD.
 */
public final class E2bWriter {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssxx");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private E2bWriter() {}

    /** The batch as UTF-8 bytes; each message's id is {@code <C.1.1>-v<version>}. */
    public static byte[] write(BatchHeader header, List<IndividualCaseSafetyReport> reports) {
        return writeMessages(header, reports.stream().map(OutgoingMessage::of).toList());
    }

    /** The batch as UTF-8 bytes, with the caller's message ids (which must be unique in the batch). */
    public static byte[] writeMessages(BatchHeader header, List<OutgoingMessage> messages) {
        Set<String> ids = new HashSet<>();
        for (OutgoingMessage m : messages) {
            if (!ids.add(m.messageId())) {
                throw new IllegalArgumentException("message id %s appears twice in the batch".formatted(m.messageId()));
            }
        }
        return toXml(header, messages).getBytes(StandardCharsets.UTF_8);
    }

    static String toXml(BatchHeader header, List<OutgoingMessage> messages) {
        XmlWriter x = new XmlWriter();
        String created = timestamp(header.createdAt());
        x.start(BATCH, "xmlns", HL7, "xmlns:xsi", XSI, "ITSVersion", "XML_1.0");
        x.empty("id", "root", N_1_2_BATCH_NUMBER, "extension", header.batchId());
        x.empty("creationTime", "value", created);
        x.empty("responseModeCode", "code", "D");
        x.empty("interactionId", "root", INTERACTION_ID_ROOT, "extension", BATCH);
        x.empty("name", "code", "1", "codeSystem", N_1_1_MESSAGE_TYPE, "displayName", "ichicsr");
        for (OutgoingMessage message : messages) {
            new MessageWriting(x, header, created).message(message);
        }
        device(x, "receiver", "RCV", N_1_4_BATCH_RECEIVER, header.receiverId());
        device(x, "sender", "SND", N_1_3_BATCH_SENDER, header.senderId());
        x.end();
        return x.finish();
    }

    static String timestamp(OffsetDateTime time) {
        return TIMESTAMP.format(time);
    }

    static void device(XmlWriter x, String element, String typeCode, String root, String id) {
        x.start(element, "typeCode", typeCode);
        x.start("device", "classCode", "DEV", "determinerCode", "INSTANCE");
        if (id == null) {
            x.empty("id", "nullFlavor", "UNK");
        } else {
            x.empty("id", "root", root, "extension", id);
        }
        x.end().end();
    }

    static String seriousnessCode(SeriousnessCriterion criterion) {
        return switch (criterion) {
            case DEATH -> OBS_DEATH;
            case LIFE_THREATENING -> OBS_LIFE_THREATENING;
            case HOSPITALISATION -> OBS_HOSPITALISATION;
            case DISABILITY -> OBS_DISABILITY;
            case CONGENITAL_ANOMALY -> OBS_CONGENITAL_ANOMALY;
            case OTHER_MEDICALLY_IMPORTANT -> OBS_OTHER_MEDICALLY_IMPORTANT;
        };
    }

    static String productId(IndividualCaseSafetyReport report, int k) {
        return internalId(report, "G." + k);
    }

    /** The id of reaction {@code i}, which causality assessments (G.k.9.i.1) refer to. */
    static String reactionId(IndividualCaseSafetyReport report, int i) {
        return internalId(report, "E." + i);
    }

    /** A name-based UUID of the report and a position, so the same input always gives the same bytes. */
    private static String internalId(IndividualCaseSafetyReport report, String position) {
        ReportIdentification id = report.identification();
        String name = "%s|%s|%d|%s".formatted(id.worldwideUniqueId(), id.senderReportId(), id.version(), position);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** HL7 REAL literal: an optional sign, digits, and an optional fraction. */
    static boolean isDecimal(String text) {
        return DECIMAL.matcher(text).matches();
    }
}
