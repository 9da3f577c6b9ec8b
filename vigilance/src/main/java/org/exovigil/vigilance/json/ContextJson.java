package org.exovigil.vigilance.json;

import static org.exovigil.vigilance.json.ReportFields.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.Attachment;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.ReportContext.FirstSender;
import org.exovigil.vigilance.model.ReportContext.Study;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code context}: ICH E2B(R3) C.1.6-C.1.10, C.4 and C.5 as received, {additionalDocuments, documentTitles[],
 * localCriteria, firstSender, linkedReports[], literature[], study {registrations[] {number, country, register
 * (study by default, fda_ind, fda_pre_anda or fda_cross_reported_ind)}, name, sponsorNumber, type},
 * localCriteriaReportType, combinationProduct (FDA's C.1.7.1 and C.1.12), receivedAt, mostRecentInfoAt (C.1.4
 * and C.1.5 with the time of day they were sent with, ISO 8601 with offset), caseIdSources[] {id, source}
 * (C.1.9.1.r.1 of each C.1.9.1.r.2 in otherCaseIds), attachments[] {part, index, mediaType, compression,
 * fileName, content} (C.1.6.1.r.2 and C.4.r.2: the document included for the index-th of documentTitles or
 * literature, content in Base64), identifierSystem (the namespace of C.1.1 a FHIR sender gave), pmda (PMDA's J
 * elements: {reportCategory J2.1a, identificationNumber J2.1b, reportingStart J2.2.1 as an ISO date}),
 * messageReceiver (N.2.r.3 of the E2B message the case came in)}.
 */
final class ContextJson {

    static final Set<String> FIELDS = Set.of(
            "additionalDocuments",
            "documentTitles",
            "localCriteria",
            "firstSender",
            "linkedReports",
            "literature",
            "study",
            "localCriteriaReportType",
            "combinationProduct",
            "receivedAt",
            "mostRecentInfoAt",
            "caseIdSources",
            "attachments",
            "identifierSystem",
            "pmda",
            "messageReceiver");
    private static final Set<String> CASE_ID_SOURCE = Set.of("id", "source");
    private static final Set<String> ATTACHMENT =
            Set.of("part", "index", "mediaType", "compression", "fileName", "content");
    private static final Set<String> STUDY = Set.of("registrations", "name", "sponsorNumber", "type");
    private static final Set<String> REGISTRATION = Set.of("number", "country", "register");
    /** PMDA's J elements: J2.1a reportCategory, J2.1b identificationNumber, J2.2.1 reportingStart. */
    private static final Set<String> PMDA = Set.of("reportCategory", "identificationNumber", "reportingStart");

    private ContextJson() {}

    static ReportContext read(JsonFields context, List<Problem> problems) {
        if (context == null) {
            return null;
        }
        JsonFields study = context.object("study", STUDY);
        JsonFields pmda = context.object("pmda", PMDA);
        ReportContext read = ReportContext.of(
                context.bool("additionalDocuments"),
                texts(context, "documentTitles", problems),
                context.bool("localCriteria"),
                context.code("firstSender", FirstSender.class),
                texts(context, "linkedReports", problems),
                texts(context, "literature", problems),
                study == null ? null : study(study, problems),
                context.text("localCriteriaReportType"),
                context.bool("combinationProduct"),
                context.dateTime("receivedAt"),
                context.dateTime("mostRecentInfoAt"),
                caseIdSources(context, problems),
                attachments(context, problems),
                context.text("identifierSystem"),
                pmda == null
                        ? null
                        : ReportContext.Pmda.of(
                                pmda.text("reportCategory"),
                                pmda.text("identificationNumber"),
                                pmda.date("reportingStart")));
        return ReportContext.withMessageReceiver(read, context.text("messageReceiver"));
    }

    /** C.1.9.1.r.1 as [{id, source}]: the source of each other case identifier. */
    private static Map<String, String> caseIdSources(JsonFields context, List<Problem> problems) {
        Map<String, String> sources = new LinkedHashMap<>();
        context.array("caseIdSources", (node, at) -> element(node, at, CASE_ID_SOURCE, problems)).stream()
                .filter(each -> each != null && each.text("id") != null && each.text("source") != null)
                .forEach(each -> sources.putIfAbsent(each.text("id"), each.text("source")));
        return sources;
    }

    /**
     * C.1.6.1.r.2 and C.4.r.2 as [{part (document or literature), index (in documentTitles or literature), mediaType,
     * compression, fileName, content}].
     */
    private static Map<Attachment.Place, Attachment> attachments(JsonFields context, List<Problem> problems) {
        Map<Attachment.Place, Attachment> attachments = new LinkedHashMap<>();
        context.array("attachments", (node, at) -> element(node, at, ATTACHMENT, problems)).stream()
                .filter(Objects::nonNull)
                .forEach(each -> {
                    Attachment.Part part = each.code("part", Attachment.Part.class);
                    Integer index = each.integer("index");
                    Attachment attachment = Attachment.of(
                            each.text("mediaType"),
                            each.text("compression"),
                            each.text("fileName"),
                            each.text("content"));
                    if (part == null || index == null || index < 0) {
                        problems.add(new Problem(
                                ProblemCode.MISSING,
                                each.at("part"),
                                "expected the part (document or literature) and the index the attachment belongs to"));
                    } else if (attachment != null) {
                        attachments.put(new Attachment.Place(part, index), attachment);
                    }
                });
        return attachments;
    }

    private static Study study(JsonFields study, List<Problem> problems) {
        List<Study.Registration> registrations = study
                .array("registrations", (node, at) -> {
                    JsonFields r = element(node, at, REGISTRATION, problems);
                    if (r == null || r.text("number") == null) {
                        return null;
                    }
                    Study.Register register = r.code("register", Study.Register.class);
                    return new Study.Registration(
                            r.text("number"), r.text("country"), register == null ? Study.Register.STUDY : register);
                })
                .stream()
                .filter(Objects::nonNull)
                .toList();
        return new Study(registrations, study.text("name"), study.text("sponsorNumber"), study.text("type"));
    }

    static void write(ObjectNode node, ReportContext context) {
        if (context.additionalDocuments() != null) {
            node.put("additionalDocuments", context.additionalDocuments());
        }
        writeTexts(node, "documentTitles", context.documentTitles());
        if (context.localCriteria() != null) {
            node.put("localCriteria", context.localCriteria());
        }
        putText(
                node,
                "firstSender",
                context.firstSender() == null ? null : context.firstSender().code());
        writeTexts(node, "linkedReports", context.linkedReports());
        writeTexts(node, "literature", context.literature());
        putText(node, "localCriteriaReportType", context.localCriteriaReportType());
        if (context.combinationProduct() != null) {
            node.put("combinationProduct", context.combinationProduct());
        }
        putText(
                node,
                "receivedAt",
                context.receivedAt() == null ? null : context.receivedAt().toString());
        putText(
                node,
                "mostRecentInfoAt",
                context.mostRecentInfoAt() == null
                        ? null
                        : context.mostRecentInfoAt().toString());
        if (!context.caseIdSources().isEmpty()) {
            ArrayNode sources = node.putArray("caseIdSources");
            context.caseIdSources()
                    .forEach((id, source) -> sources.addObject().put("id", id).put("source", source));
        }
        if (!context.attachments().isEmpty()) {
            ArrayNode attachments = node.putArray("attachments");
            context.attachments().forEach((place, a) -> {
                ObjectNode each =
                        attachments.addObject().put("part", place.part().code()).put("index", place.index());
                putText(each, "mediaType", a.mediaType());
                putText(each, "compression", a.compression());
                putText(each, "fileName", a.fileName());
                putText(each, "content", a.base64());
            });
        }
        putText(node, "identifierSystem", context.identifierSystem());
        ReportContext.Pmda pmda = context.pmda();
        if (pmda != null) {
            ObjectNode p = node.putObject("pmda");
            putText(p, "reportCategory", pmda.reportCategory());
            putText(p, "identificationNumber", pmda.identificationNumber());
            putText(
                    p,
                    "reportingStart",
                    pmda.reportingStart() == null ? null : pmda.reportingStart().toString());
        }
        putText(node, "messageReceiver", context.messageReceiver());
        Study study = context.study();
        if (study != null) {
            ObjectNode s = node.putObject("study");
            if (!study.registrations().isEmpty()) {
                ArrayNode registrations = s.putArray("registrations");
                for (Study.Registration r : study.registrations()) {
                    ObjectNode each = registrations.addObject().put("number", r.number());
                    putText(each, "country", r.country());
                    if (r.register() != Study.Register.STUDY) {
                        each.put("register", r.register().code());
                    }
                }
            }
            putText(s, "name", study.name());
            putText(s, "sponsorNumber", study.sponsorNumber());
            putText(s, "type", study.type());
        }
    }

    private static void writeTexts(ObjectNode node, String name, List<String> texts) {
        if (!texts.isEmpty()) {
            ArrayNode array = node.putArray(name);
            texts.forEach(array::add);
        }
    }
}
