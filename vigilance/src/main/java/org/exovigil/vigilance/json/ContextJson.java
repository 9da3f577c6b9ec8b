package org.exovigil.vigilance.json;

import static org.exovigil.vigilance.json.ReportFields.*;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.ReportContext.FirstSender;
import org.exovigil.vigilance.model.ReportContext.Study;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code context}: ICH E2B(R3) C.1.6-C.1.10, C.4 and C.5 as received, {additionalDocuments, documentTitles[],
 * localCriteria, firstSender, linkedReports[], literature[], study {registrations[] {number, country}, name,
 * sponsorNumber, type}, localCriteriaReportType, combinationProduct, identifierSystem} (FDA's C.1.7.1 and C.1.12, and
 * the namespace of C.1.1 a FHIR sender gave).
 */
final class ContextJson {

    static final Set<String> FIELDS = Set.of(
            "additionalDocuments", "documentTitles", "localCriteria", "firstSender", "linkedReports", "literature",
            "study", "localCriteriaReportType", "combinationProduct", "identifierSystem");
    private static final Set<String> STUDY = Set.of("registrations", "name", "sponsorNumber", "type");
    private static final Set<String> REGISTRATION = Set.of("number", "country");

    private ContextJson() {}

    static ReportContext read(JsonFields context, List<Problem> problems) {
        if (context == null) {
            return null;
        }
        JsonFields study = context.object("study", STUDY);
        return ReportContext.of(
                context.bool("additionalDocuments"),
                texts(context, "documentTitles", problems),
                context.bool("localCriteria"),
                context.code("firstSender", FirstSender.class),
                texts(context, "linkedReports", problems),
                texts(context, "literature", problems),
                study == null ? null : study(study, problems),
                context.text("localCriteriaReportType"),
                context.bool("combinationProduct"),
                context.text("identifierSystem"));
    }

    private static Study study(JsonFields study, List<Problem> problems) {
        List<Study.Registration> registrations = study.array("registrations", (node, at) -> {
                    JsonFields r = element(node, at, REGISTRATION, problems);
                    return r == null || r.text("number") == null ? null : new Study.Registration(r.text("number"), r.text("country"));
                })
                .stream()
                .filter(Objects::nonNull)
                .toList();
        return new Study(registrations, study.text("name"), study.text("sponsorNumber"), study.text("type"));
    }

    private static List<String> texts(JsonFields parent, String name, List<Problem> problems) {
        return parent.array(name, (node, at) -> {
                    if (!node.isString()) {
                        problems.add(new Problem(ProblemCode.WRONG_TYPE, at, "expected a text, got " + JsonFields.shown(node)));
                        return null;
                    }
                    return node.asString();
                })
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }

    static void write(ObjectNode node, ReportContext context) {
        if (context.additionalDocuments() != null) {
            node.put("additionalDocuments", context.additionalDocuments());
        }
        writeTexts(node, "documentTitles", context.documentTitles());
        if (context.localCriteria() != null) {
            node.put("localCriteria", context.localCriteria());
        }
        putText(node, "firstSender", context.firstSender() == null ? null : context.firstSender().code());
        writeTexts(node, "linkedReports", context.linkedReports());
        writeTexts(node, "literature", context.literature());
        putText(node, "localCriteriaReportType", context.localCriteriaReportType());
        if (context.combinationProduct() != null) {
            node.put("combinationProduct", context.combinationProduct());
        }
        putText(node, "identifierSystem", context.identifierSystem());
        Study study = context.study();
        if (study != null) {
            ObjectNode s = node.putObject("study");
            if (!study.registrations().isEmpty()) {
                ArrayNode registrations = s.putArray("registrations");
                for (Study.Registration r : study.registrations()) {
                    ObjectNode each = registrations.addObject().put("number", r.number());
                    putText(each, "country", r.country());
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
