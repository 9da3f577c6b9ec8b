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
 * (and as FDA's sample instances show it). N.1.1-N.1.5 and N.2.r.1-N.2.r.4 come from the {@link BatchHeader}
 * and C.1.2 is the batch's creation time; everything else is the case as the model holds it, section by
 * section: C.1 and C.4-C.5 ({@link ContextElements}), C.2.r ({@link PrimarySourceElements}), C.3
 * ({@link SenderElements}; a case Exovigil took in itself goes out under the batch's sender), D with D.10
 * ({@link PatientWriting}), E.i and F.r ({@link MessageWriting}), G.k ({@link DrugWriting}, every dosage by
 * {@link DosageElements}) and H ({@link CommentElements}). What the model does not hold is listed in the
 * README's Interchange section and by {@code FdaExamplesTest}.
 *
 * <p>What E2B has no element for goes into Exovigil's namespaced extension ({@link E2bCodes#EXOVIGIL}),
 * which other receivers ignore: the product type and provider (an observation under the drug), the case
 * version number and, when no reaction carries E.i.9, the occurrence country (an observation beside
 * C.1.6.1), and the unit of a non-numeric test result. Identifiers the messages need inside (the ids that
 * G.k.1 and G.k.9.i point at) are name-based UUIDs of the report and position, so the same input always gives
 * the same bytes. Text is written so that it reads back exactly, line breaks included; only characters XML
 * 1.0 cannot carry at all (control characters other than tab and line breaks) become U+FFFD.
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
