package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;
import static org.exovigil.vigilance.e2b.ElementValues.blankToNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exovigil.vigilance.model.Attachment;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.ReportContext.FirstSender;
import org.exovigil.vigilance.model.ReportContext.Study;

/**
 * ICH E2B(R3) C.1.6.1 (documents held by the sender, as {@code reference/document} of code 1, and the flag
 * beside C.1.7 among the case's observations), C.1.8.2 (the first sender, a related investigation of code
 * 1), C.1.10.r (linked reports, related investigations without a code), C.4.r (literature, documents of
 * code 2) and C.5 (the study, {@code researchStudy} of the primary role).
 */
final class ContextElements {

    private final ElementValues values;

    ContextElements(ElementValues values) {
        this.values = values;
    }

    ReportContext read(XmlElement event, XmlElement role) {
        List<String> titles = new ArrayList<>();
        List<String> literature = new ArrayList<>();
        Map<Attachment.Place, Attachment> attachments = new LinkedHashMap<>();
        for (XmlElement reference : event.children("reference")) {
            XmlElement document = reference.child("document");
            Attachment.Place place = null;
            if (document != null
                    && document.hasCode(DOCUMENT_HELD_BY_SENDER, DOCUMENT_KIND)
                    && add(titles, document.childText("title"))) {
                place = new Attachment.Place(Attachment.Part.DOCUMENT, titles.size() - 1);
            } else if (document != null
                    && document.hasCode(DOCUMENT_LITERATURE, DOCUMENT_KIND)
                    && add(literature, document.childText("bibliographicDesignationText"))) {
                place = new Attachment.Place(Attachment.Part.LITERATURE, literature.size() - 1);
            }
            Attachment included = place == null ? null : attachment(document.child("text"));
            if (included != null) {
                attachments.put(place, included); // C.1.6.1.r.2, C.4.r.2
            }
        }
        Boolean documents = null;
        Boolean localCriteria = null;
        String reportType = null;
        Boolean combination = null;
        for (XmlElement component : event.children("component")) {
            XmlElement observation = component.child("observationEvent");
            XmlElement value = observation == null ? null : observation.child("value");
            if (observation == null) {
                continue;
            }
            if (observation.hasCode(OBS_ADDITIONAL_DOCUMENTS, OBSERVATION)) {
                documents = values.bool(value, "C.1.6.1");
            } else if (observation.hasCode(OBS_LOCAL_CRITERIA, OBSERVATION)) {
                localCriteria = values.bool(value, "C.1.7");
            } else if (observation.hasCode(FDA_LOCAL_CRITERIA_REPORT_TYPE, NCI_THESAURUS)) {
                reportType = value == null || value.isNull() ? null : blankToNull(value.attribute("code"));
            } else if (observation.hasCode(FDA_COMBINATION_PRODUCT, NCI_THESAURUS)) {
                combination = values.bool(value, "FDA.C.1.12");
            }
        }
        FirstSender first = null;
        List<String> linked = new ArrayList<>();
        for (XmlElement relationship : event.children("outboundRelationship")) {
            XmlElement investigation = relationship.child("relatedInvestigation");
            if (investigation == null) {
                continue;
            }
            XmlElement act = investigation.at("subjectOf2", "controlActEvent");
            if (investigation.hasCode(RELATION_INITIAL_REPORT, REPORT_RELATION)) {
                XmlElement code = act == null ? null : act.at("author", "assignedEntity", "code");
                first = values.code(code, "C.1.8.2", FirstSender.class, FirstSender::e2bCode);
            } else if (investigation.child("code") != null
                    && investigation.child("code").isNull()
                    && act != null) {
                add(linked, ElementValues.id(act, C_1_8_1_WORLDWIDE_ID));
            }
        }
        return ReportContext.of(
                documents,
                titles,
                localCriteria,
                first,
                linked,
                literature,
                study(role),
                reportType,
                combination,
                ElementValues.timeOfDay(event.at("effectiveTime", "low")), // C.1.4
                ElementValues.timeOfDay(event.child("availabilityTime")), // C.1.5
                caseIdSources(event),
                attachments,
                null,
                PmdaElements.read(event, values)); // J2.1a, J2.1b, J2.2.1
    }

    /** An included document (ED): Base64 content and the file it names; a text of another form is not kept. */
    private static Attachment attachment(XmlElement text) {
        if (text == null || text.isNull()) {
            return null;
        }
        XmlElement reference = text.child("reference");
        boolean base64 = "B64".equals(text.attribute("representation"));
        return Attachment.of(
                text.attribute("mediaType"),
                text.attribute("compression"),
                reference == null ? null : reference.attribute("value"),
                base64 ? text.text() : null);
    }

    /** C.1.9.1.r.1, the assigning authority of each C.1.9.1.r.2 identifier, wherever the message puts them. */
    private static Map<String, String> caseIdSources(XmlElement event) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String subjectOf : List.of("subjectOf1", "subjectOf2")) {
            for (XmlElement subject : event.children(subjectOf)) {
                XmlElement act = subject.child("controlActEvent");
                for (XmlElement id : act == null ? List.<XmlElement>of() : act.children("id")) {
                    String source = blankToNull(id.attribute("assigningAuthorityName"));
                    if (C_1_9_1_R_2_OTHER_CASE_ID.equals(id.attribute("root"))
                            && id.attribute("extension") != null
                            && source != null) {
                        sources.putIfAbsent(id.attribute("extension"), source);
                    }
                }
            }
        }
        return sources;
    }

    private static Study study(XmlElement role) {
        XmlElement study = role == null ? null : role.at("subjectOf1", "researchStudy");
        if (study == null) {
            return null;
        }
        List<Study.Registration> registrations = new ArrayList<>();
        for (XmlElement authorization : study.children("authorization")) {
            XmlElement registration = authorization.child("studyRegistration");
            for (Study.Register register : Study.Register.values()) {
                String number = registration == null ? null : ElementValues.id(registration, root(register));
                if (number != null) {
                    XmlElement country = registration.at("author", "territorialAuthority", "governingPlace", "code");
                    registrations.add(new Study.Registration(number, ElementValues.country(country), register));
                }
            }
        }
        XmlElement type = study.child("code");
        return new Study(
                registrations,
                blankToNull(study.childText("title")),
                ElementValues.id(study, C_5_3_SPONSOR_STUDY_NUMBER),
                type == null || type.isNull() ? null : blankToNull(type.attribute("code")));
    }

    /** Adds the text when there is one; whether it did. */
    private static boolean add(List<String> list, String text) {
        String value = blankToNull(text);
        if (value != null) {
            list.add(value.strip());
        }
        return value != null;
    }

    /** C.1.6.1.r.1 titles and C.4.r.1 references, which come first among the case's children. */
    static void writeDocuments(XmlWriter x, ReportContext context) {
        for (int r = 0; r < context.documentTitles().size(); r++) {
            String title = context.documentTitles().get(r);
            Attachment file = context.attachments().get(new Attachment.Place(Attachment.Part.DOCUMENT, r));
            document(x, DOCUMENT_HELD_BY_SENDER, () -> {
                x.text("title", title); // C.1.6.1.r.1
                included(x, file); // C.1.6.1.r.2
            });
        }
        for (int r = 0; r < context.literature().size(); r++) {
            String reference = context.literature().get(r);
            Attachment file = context.attachments().get(new Attachment.Place(Attachment.Part.LITERATURE, r));
            document(x, DOCUMENT_LITERATURE, () -> {
                included(x, file); // C.4.r.2
                x.text("bibliographicDesignationText", reference); // C.4.r.1
            });
        }
    }

    private static void included(XmlWriter x, Attachment attachment) {
        if (attachment != null) {
            x.textWithReference(
                    "text",
                    attachment.base64(),
                    attachment.fileName(),
                    "mediaType",
                    attachment.mediaType(),
                    "representation",
                    attachment.base64() == null ? null : "B64",
                    "compression",
                    attachment.compression());
        }
    }

    private static void document(XmlWriter x, String code, Runnable content) {
        x.start("reference", "typeCode", "REFR");
        x.start("document", "classCode", "DOC", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", DOCUMENT_KIND);
        content.run();
        x.end().end();
    }

    /** FDA.C.1.7.1 and FDA.C.1.12, among the case's own observations. */
    static void writeRegional(XmlWriter x, ReportContext context) {
        if (context.localCriteriaReportType() != null) {
            observation(
                    x,
                    FDA_LOCAL_CRITERIA_REPORT_TYPE,
                    () -> x.empty(
                            "value",
                            "xsi:type",
                            "CE",
                            "code",
                            context.localCriteriaReportType(),
                            "codeSystem",
                            FDA_LOCAL_CRITERIA_REPORT_TYPES));
        }
        if (context.combinationProduct() != null) {
            observation(
                    x,
                    FDA_COMBINATION_PRODUCT,
                    () -> x.empty(
                            "value",
                            "xsi:type",
                            "BL",
                            "value",
                            context.combinationProduct().toString()));
        }
    }

    private static void observation(XmlWriter x, String nciCode, Runnable value) {
        x.start("component", "typeCode", "COMP");
        x.start("observationEvent", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", nciCode, "codeSystem", NCI_THESAURUS);
        value.run();
        x.end().end();
    }

    /** C.1.8.2 and C.1.10.r, among the case's related investigations. */
    static void writeRelated(XmlWriter x, ReportContext context) {
        if (context.firstSender() != null) {
            x.start("outboundRelationship", "typeCode", "SPRT");
            x.start("relatedInvestigation", "classCode", "INVSTG", "moodCode", "EVN");
            x.empty("code", "code", RELATION_INITIAL_REPORT, "codeSystem", REPORT_RELATION);
            x.start("subjectOf2", "typeCode", "SUBJ").start("controlActEvent", "classCode", "CACT", "moodCode", "EVN");
            x.start("author", "typeCode", "AUT").start("assignedEntity", "classCode", "ASSIGNED");
            x.empty(
                    "code",
                    "code",
                    Integer.toString(context.firstSender().e2bCode()),
                    "codeSystem",
                    C_1_8_2_FIRST_SENDER);
            x.end().end().end().end();
            x.end().end();
        }
        for (String linked : context.linkedReports()) {
            x.start("outboundRelationship", "typeCode", "SPRT");
            x.start("relatedInvestigation", "classCode", "INVSTG", "moodCode", "EVN");
            x.empty("code", "nullFlavor", "NA");
            x.start("subjectOf2", "typeCode", "SUBJ").start("controlActEvent", "classCode", "CACT", "moodCode", "EVN");
            x.empty("id", "root", C_1_8_1_WORLDWIDE_ID, "extension", linked);
            x.end().end();
            x.end().end();
        }
    }

    /** C.5, the study, as the primary role's subjectOf1. */
    static void writeStudy(XmlWriter x, Study study) {
        x.start("subjectOf1", "typeCode", "SBJ");
        x.start("researchStudy", "classCode", "CLNTRL", "moodCode", "EVN");
        if (study.sponsorNumber() != null) {
            x.empty("id", "root", C_5_3_SPONSOR_STUDY_NUMBER, "extension", study.sponsorNumber()); // C.5.3
        }
        if (study.type() != null) {
            x.empty("code", "code", study.type(), "codeSystem", C_5_4_STUDY_TYPE); // C.5.4
        }
        if (study.name() != null) {
            x.text("title", study.name()); // C.5.2
        }
        for (Study.Registration registration : study.registrations()) {
            x.start("authorization", "typeCode", "AUTH");
            x.start("studyRegistration", "classCode", "ACT", "moodCode", "EVN");
            x.empty("id", "root", root(registration.register()), "extension", registration.number()); // C.5.1.r.1
            if (registration.country() != null) {
                x.start("author", "typeCode", "AUT").start("territorialAuthority", "classCode", "TERR");
                x.start("governingPlace", "classCode", "COUNTRY", "determinerCode", "INSTANCE");
                x.empty("code", "code", registration.country(), "codeSystem", ISO_COUNTRY); // C.5.1.r.2
                x.end().end().end();
            }
            x.end().end();
        }
        x.end().end();
    }

    /** The identifier root of each register: C.5.1.r.1 or the FDA's (FDA.C.5.5a, FDA.C.5.5b, FDA.C.5.6.r). */
    private static String root(Study.Register register) {
        return switch (register) {
            case STUDY -> C_5_1_REGISTRATION_NUMBER;
            case FDA_IND -> FDA_IND_NUMBER;
            case FDA_PRE_ANDA -> FDA_PRE_ANDA_NUMBER;
            case FDA_CROSS_REPORTED_IND -> FDA_CROSS_REPORTED_IND_NUMBER;
        };
    }
}
