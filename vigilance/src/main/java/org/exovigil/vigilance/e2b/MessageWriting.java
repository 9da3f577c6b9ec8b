package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;
import static org.exovigil.vigilance.e2b.E2bWriter.date;
import static org.exovigil.vigilance.e2b.E2bWriter.device;
import static org.exovigil.vigilance.e2b.E2bWriter.productId;
import static org.exovigil.vigilance.e2b.E2bWriter.reactionId;
import static org.exovigil.vigilance.e2b.E2bWriter.seriousnessCode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.DrugDetails;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.NullFlavor;
import org.exovigil.vigilance.model.Nullification;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionDetails;
import org.exovigil.vigilance.model.Relatedness;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.SeriousnessCriterion;

/**
 * Writes one {@code PORR_IN049016UV} message: the report's elements in the order of the ICH ICSR schema
 * (see {@link E2bWriter} for which elements). The batch's creation time goes into N.2.r.4 and C.1.2.
 */
record MessageWriting(XmlWriter x, BatchHeader header, String created) {

    void message(OutgoingMessage message) {
        IndividualCaseSafetyReport report = message.report();
        ReportIdentification id = report.identification();
        x.start(MESSAGE);
        x.empty("id", "root", N_2_R_1_MESSAGE_ID, "extension", message.messageId());
        x.empty("creationTime", "value", created);
        x.empty("interactionId", "root", INTERACTION_ID_ROOT, "extension", MESSAGE);
        x.empty("processingCode", "code", "P");
        x.empty("processingModeCode", "code", "T");
        x.empty("acceptAckCode", "code", "AL");
        device(x, "receiver", "RCV", N_2_R_3_MESSAGE_RECEIVER, message.receiverUnder(header));
        device(x, "sender", "SND", N_2_R_2_MESSAGE_SENDER, header.senderId());
        x.start("controlActProcess", "classCode", "CACT", "moodCode", "EVN");
        x.empty("code", "code", TRIGGER_EVENT, "codeSystem", TRIGGER_EVENT_SYSTEM);
        x.empty("effectiveTime", "value", created); // C.1.2
        x.start("subject", "typeCode", "SUBJ");
        x.start("investigationEvent", "classCode", "INVSTG", "moodCode", "EVN");
        x.empty("id", "root", C_1_1_SAFETY_REPORT_ID, "extension", id.senderReportId());
        x.empty("id", "root", C_1_8_1_WORLDWIDE_ID, "extension", id.worldwideUniqueId());
        PmdaElements.writeId(x, id.context() == null ? null : id.context().pmda()); // J2.1b
        x.empty("code", "code", CASE_CODE, "codeSystem", CASE_CODE_SYSTEM);
        if (report.narrative() != null) {
            x.text("text", report.narrative()); // H.1
        }
        x.empty("statusCode", "code", "active");
        ReportContext context = id.context();
        x.start("effectiveTime")
                .empty("low", "value", dateOrTime(id.receivedOn(), context == null ? null : context.receivedAt()))
                .end(); // C.1.4
        x.empty(
                "availabilityTime",
                "value",
                dateOrTime(id.mostRecentInfoOn(), context == null ? null : context.mostRecentInfoAt())); // C.1.5
        if (context != null) {
            ContextElements.writeDocuments(x, context); // C.1.6.1.r, C.4.r
        }
        assessment(report);
        // C.1.6.1: Exovigil's own reports hold no attachments; C.1.7: the local criteria are each receiver's.
        Boolean documents = context == null ? Boolean.FALSE : context.additionalDocuments();
        Boolean localCriteria = context == null ? null : context.localCriteria();
        caseObservation(OBS_ADDITIONAL_DOCUMENTS, OBSERVATION, "BL", bool(documents)[0], bool(documents)[1]);
        caseObservation(OBS_LOCAL_CRITERIA, OBSERVATION, "BL", bool(localCriteria)[0], bool(localCriteria)[1]);
        if (context != null) {
            ContextElements.writeRegional(x, context); // FDA.C.1.7.1, FDA.C.1.12
        }
        caseObservation(EXT_CASE_VERSION, EXOVIGIL, "INT", "value", Integer.toString(id.version()));
        if (report.comments() != null) {
            CommentElements.writeSummaries(x, report.comments());
        }
        if (id.occurrenceCountry() != null && report.reactions().isEmpty()) {
            x.start("component", "typeCode", "COMP");
            x.start("observationEvent", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", EXT_OCCURRENCE_COUNTRY, "codeSystem", EXOVIGIL);
            x.empty("value", "xsi:type", "CE", "code", id.occurrenceCountry(), "codeSystem", ISO_COUNTRY);
            x.end().end();
        }
        if (context != null) {
            ContextElements.writeRelated(x, context); // C.1.8.2, C.1.10.r
        }
        for (int r = 0; r < report.primarySources().size(); r++) {
            PrimarySourceElements.write(x, report.primarySources().get(r), r == 0);
        }
        SenderElements.write(
                x,
                id.sender(),
                header.senderId(),
                id.otherCaseIds(),
                context == null ? Map.of() : context.caseIdSources());
        characteristic(
                CHARACTERISATION_REPORT_TYPE,
                "value",
                "xsi:type",
                "CE",
                "code",
                Integer.toString(id.type().e2bCode()),
                "codeSystem",
                C_1_3_REPORT_TYPE);
        if (id.otherCaseIds().isEmpty()) {
            characteristic(CHARACTERISATION_OTHER_CASE_IDS, "value", "xsi:type", "BL", "nullFlavor", "NI");
        } else {
            characteristic(CHARACTERISATION_OTHER_CASE_IDS, "value", "xsi:type", "BL", "value", "true");
        }
        if (id.nullification() != null) {
            Nullification n = id.nullification();
            characteristic(
                    CHARACTERISATION_NULLIFICATION,
                    "value",
                    "xsi:type",
                    "CE",
                    "code",
                    Integer.toString(n.kind().e2bCode()),
                    "codeSystem",
                    C_1_11_1_NULLIFICATION);
            x.start("subjectOf2", "typeCode", "SUBJ");
            x.start("investigationCharacteristic", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", CHARACTERISATION_NULLIFICATION_REASON, "codeSystem", REPORT_CHARACTERISATION);
            x.start("value", "xsi:type", "CE").text("originalText", n.reason()).end();
            x.end().end();
        }
        PmdaElements.writeCharacteristics(x, context == null ? null : context.pmda()); // J2.1a, J2.2.1
        x.end().end(); // investigationEvent, subject
        x.end().end(); // controlActProcess, message
    }

    private void assessment(IndividualCaseSafetyReport report) {
        x.start("component", "typeCode", "COMP");
        x.start("adverseEventAssessment", "classCode", "INVSTG", "moodCode", "EVN");
        x.start("subject1", "typeCode", "SBJ");
        x.start("primaryRole", "classCode", "INVSBJ");
        new PatientWriting(x)
                .patient(
                        report.patient(),
                        report.identification().context() == null
                                ? null
                                : report.identification().context().study());
        for (int i = 0; i < report.reactions().size(); i++) {
            Reaction reaction = report.reactions().get(i);
            String country = reaction.details() != null && reaction.details().country() != null
                    ? reaction.details().country()
                    : report.identification().occurrenceCountry();
            reaction(reaction, country, reactionId(report, i)); // E.i.9
        }
        if (!report.tests().isEmpty()) {
            organizer(GROUP_TESTS, "testsAndProceduresRelevantToTheInvestigation");
            report.tests().forEach(test -> TestElements.write(x, test));
            x.end().end();
        }
        if (!report.products().isEmpty()) {
            organizer(GROUP_DRUGS, "drugInformation");
            for (int k = 0; k < report.products().size(); k++) {
                new DrugWriting(x).product(report.products().get(k), productId(report, k), i -> reactionId(report, i));
            }
            x.end().end();
        }
        x.end().end(); // primaryRole, subject1
        for (int k = 0; k < report.products().size(); k++) {
            x.start("component", "typeCode", "COMP");
            x.start("causalityAssessment", "classCode", "OBS", "moodCode", "EVN");
            x.empty(
                    "code",
                    "code",
                    OBS_DRUG_ROLE,
                    "codeSystem",
                    OBSERVATION,
                    "displayName",
                    "interventionCharacterization");
            x.empty(
                    "value",
                    "xsi:type",
                    "CE",
                    "code",
                    Integer.toString(report.products().get(k).role().e2bCode()),
                    "codeSystem",
                    G_K_1_DRUG_ROLE);
            x.start("subject2", "typeCode", "SUBJ");
            x.start("productUseReference", "classCode", "SBADM", "moodCode", "EVN");
            x.empty("id", "root", productId(report, k));
            x.end().end().end().end();
            DrugDetails details = report.products().get(k).details();
            if (details != null && details.fda() != null && details.fda().otherRole() != null) {
                otherRole(details.fda().otherRole(), productId(report, k));
            }
        }
        for (int k = 0; k < report.products().size(); k++) {
            DrugDetails details = report.products().get(k).details();
            for (Relatedness relatedness : details == null ? List.<Relatedness>of() : details.relatedness()) {
                for (Relatedness.Assessment assessment : relatedness.assessments()) {
                    causality(assessment, reactionId(report, relatedness.reaction()), productId(report, k));
                }
            }
        }
        if (report.comments() != null) {
            CommentElements.writeAssessmentComments(x, report.comments());
        }
        x.end().end(); // adverseEventAssessment, component
    }

    /** FDA.G.k.1.a: the drug-role observation again, valued in FDA's list of other characterisations. */
    private void otherRole(String code, String product) {
        x.start("component", "typeCode", "COMP");
        x.start("causalityAssessment", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", OBS_DRUG_ROLE, "codeSystem", OBSERVATION);
        x.empty("value", "xsi:type", "CE", "code", code, "codeSystem", FDA_OTHER_DRUG_ROLES);
        x.start("subject2", "typeCode", "SUBJ");
        x.start("productUseReference", "classCode", "SBADM", "moodCode", "EVN");
        x.empty("id", "root", product);
        x.end().end().end().end();
    }

    private void reaction(Reaction reaction, String country, String id) {
        x.start("subjectOf2", "typeCode", "SBJ");
        x.start("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("id", "root", id); // what G.k.9.i.1 refers to
        x.empty("code", "code", OBS_REACTION, "codeSystem", OBSERVATION, "displayName", "reaction");
        ReactionDetails details = reaction.details();
        PartialDate end = details == null ? null : details.endedOn();
        NullFlavor onsetUnknown = details == null ? null : details.onsetUnknown();
        PartialDate asSent = details == null ? null : details.onsetAsSentFor(reaction.onset());
        if (reaction.onset() != null || asSent != null || end != null || onsetUnknown != null) {
            x.start("effectiveTime", "xsi:type", "IVL_TS");
            if (asSent != null) {
                x.empty("low", "value", asSent.value()); // E.i.4 to the precision sent
            } else if (reaction.onset() != null) {
                x.empty("low", "value", date(reaction.onset())); // E.i.4
            } else if (onsetUnknown != null) {
                x.empty("low", "nullFlavor", onsetUnknown.code()); // why E.i.4 is missing
            }
            if (end != null) {
                x.empty("high", "value", end.value()); // E.i.5
            }
            x.end();
        }
        CodedTerm coded = reaction.codedTerm();
        if (coded == null) {
            x.start("value", "xsi:type", "CE");
        } else if (coded.terminology().equals("meddra")) {
            x.start(
                    "value",
                    "xsi:type",
                    "CE",
                    "code",
                    coded.code(),
                    "codeSystem",
                    MEDDRA,
                    "codeSystemVersion",
                    coded.version()); // E.i.2.1a/b
        } else {
            x.start(
                    "value",
                    "xsi:type",
                    "CE",
                    "code",
                    coded.code(),
                    "codeSystem",
                    EXOVIGIL_TERMINOLOGY,
                    "codeSystemName",
                    coded.terminology(),
                    "codeSystemVersion",
                    coded.version());
        }
        if (reaction.term() != null) {
            String language = details == null ? null : details.language();
            if (language == null) {
                x.text("originalText", reaction.term()); // E.i.1.1a
            } else {
                x.text("originalText", reaction.term(), "language", language); // E.i.1.1a, E.i.1.1b
            }
        }
        x.end();
        if (country != null) {
            x.start("location", "typeCode", "LOC");
            x.start("locatedEntity", "classCode", "LOCE");
            x.start("locatedPlace", "classCode", "COUNTRY", "determinerCode", "INSTANCE");
            x.empty("code", "code", country, "codeSystem", ISO_COUNTRY); // E.i.9
            x.end().end().end();
        }
        for (SeriousnessCriterion criterion : SeriousnessCriterion.values()) {
            x.start("outboundRelationship2", "typeCode", "PERT");
            x.start("observation", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", seriousnessCode(criterion), "codeSystem", OBSERVATION);
            if (reaction.seriousness().contains(criterion)) {
                x.empty("value", "xsi:type", "BL", "value", "true");
            } else {
                x.empty("value", "xsi:type", "BL", "nullFlavor", "NI");
            }
            x.end().end();
        }
        if (details != null) {
            reactionDetails(details);
        }
        if (reaction.outcome() != null) {
            x.start("outboundRelationship2", "typeCode", "PERT");
            x.start("observation", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", OBS_OUTCOME, "codeSystem", OBSERVATION, "displayName", "outcome");
            x.empty(
                    "value",
                    "xsi:type",
                    "CE",
                    "code",
                    Integer.toString(reaction.outcome().e2bCode()),
                    "codeSystem",
                    E_I_7_OUTCOME); // E.i.7
            x.end().end();
        }
        x.end().end();
    }

    /** E.i.1.2 translation, E.i.3.1 highlighting, E.i.8 medical confirmation and FDA.E.i.3.2h. */
    private void reactionDetails(ReactionDetails details) {
        if (details.translation() != null) {
            relatedObservation(
                    x,
                    "PERT",
                    OBS_REACTION_FOR_TRANSLATION,
                    () -> x.text("value", details.translation(), "xsi:type", "ED"));
        }
        if (details.highlighting() != null) {
            relatedObservation(
                    x,
                    "PERT",
                    OBS_TERM_HIGHLIGHTED,
                    () -> x.empty(
                            "value",
                            "xsi:type",
                            "CE",
                            "code",
                            Integer.toString(details.highlighting().e2bCode()),
                            "codeSystem",
                            E_I_3_1_HIGHLIGHTED));
        }
        if (details.medicallyConfirmed() != null) {
            relatedObservation(
                    x,
                    "PERT",
                    OBS_MEDICAL_CONFIRMATION,
                    () -> x.empty(
                            "value",
                            "xsi:type",
                            "BL",
                            "value",
                            details.medicallyConfirmed().toString()));
        }
        if (details.requiredIntervention() != null) {
            x.start("outboundRelationship2", "typeCode", "PERT");
            x.start("observation", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", FDA_REQUIRED_INTERVENTION, "codeSystem", FDA_REACTION_OBSERVATIONS);
            String[] flag = bool(details.requiredIntervention() ? Boolean.TRUE : null); // true or NI
            x.empty("value", "xsi:type", "BL", flag[0], flag[1]);
            x.end().end();
        }
    }

    /** An observation related to the current one, e.g. a test's comments, written by {@code value}. */
    static void relatedObservation(XmlWriter x, String typeCode, String code, Runnable value) {
        x.start("outboundRelationship2", "typeCode", typeCode);
        x.start("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", OBSERVATION);
        value.run();
        x.end().end();
    }

    /** G.k.9.i.2.r: one assessment of one drug (subject2) against one reaction (subject1). */
    private void causality(Relatedness.Assessment assessment, String reaction, String product) {
        x.start("component", "typeCode", "COMP");
        x.start("causalityAssessment", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", OBS_CAUSALITY, "codeSystem", OBSERVATION);
        if (assessment.result() != null) {
            x.text("value", assessment.result(), "xsi:type", "ST"); // G.k.9.i.2.r.3
        }
        if (assessment.method() != null) {
            x.start("methodCode").text("originalText", assessment.method()).end(); // G.k.9.i.2.r.2
        }
        if (assessment.source() != null) {
            x.start("author", "typeCode", "AUT").start("assignedEntity", "classCode", "ASSIGNED");
            x.start("code").text("originalText", assessment.source()).end(); // G.k.9.i.2.r.1
            x.end().end();
        }
        x.start("subject1", "typeCode", "SUBJ");
        x.start("adverseEffectReference", "classCode", "OBS", "moodCode", "EVN")
                .empty("id", "root", reaction)
                .end();
        x.end();
        x.start("subject2", "typeCode", "SUBJ");
        x.start("productUseReference", "classCode", "SBADM", "moodCode", "EVN")
                .empty("id", "root", product)
                .end();
        x.end();
        x.end().end();
    }

    private void extension(String code, String type, String value, String typeCode) {
        extension(x, code, type, value, typeCode);
    }

    /** An observation in Exovigil's namespace, for what E2B has no element for (other receivers ignore it). */
    static void extension(XmlWriter x, String code, String type, String value, String typeCode) {
        x.start("outboundRelationship2", "typeCode", typeCode);
        x.start("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", EXOVIGIL);
        x.text("value", value, "xsi:type", type);
        x.end().end();
    }

    /** The date, or the time of day it was sent with while that still falls on the date. */
    private static String dateOrTime(LocalDate date, OffsetDateTime sentAt) {
        return sentAt != null && sentAt.toLocalDate().equals(date) ? E2bWriter.timestamp(sentAt) : date(date);
    }

    /** An HL7 BL as the attribute and value to write: {@code value} true or false, or {@code nullFlavor} NI. */
    private static String[] bool(Boolean value) {
        return value == null ? new String[] {"nullFlavor", "NI"} : new String[] {"value", value.toString()};
    }

    private void characteristic(String code, String valueElement, String... value) {
        x.start("subjectOf2", "typeCode", "SUBJ");
        x.start("investigationCharacteristic", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", REPORT_CHARACTERISATION);
        x.empty(valueElement, value);
        x.end().end();
    }

    private void caseObservation(String code, String codeSystem, String type, String attribute, String value) {
        x.start("component", "typeCode", "COMP");
        x.start("observationEvent", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", codeSystem);
        x.empty("value", "xsi:type", type, attribute, value);
        x.end().end();
    }

    private void organizer(String code, String displayName) {
        x.start("subjectOf2", "typeCode", "SBJ");
        x.start("organizer", "classCode", "CATEGORY", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", VALUE_GROUPING, "displayName", displayName);
    }
}
