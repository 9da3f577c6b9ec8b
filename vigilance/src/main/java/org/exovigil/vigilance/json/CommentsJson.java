package org.exovigil.vigilance.json;

import static org.exovigil.vigilance.json.ReportFields.*;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.model.CaseComments;
import org.exovigil.vigilance.model.CodedTerm;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code comments}: ICH E2B(R3) H.2 to H.5 beside the narrative. */
final class CommentsJson {

    static final Set<String> FIELDS = Set.of("reporterComments", "senderDiagnoses", "senderComments", "summaries");
    private static final Set<String> SUMMARY = Set.of("text", "language");

    private CommentsJson() {}

    static CaseComments read(JsonFields comments, List<Problem> problems) {
        if (comments == null) {
            return null;
        }
        List<CodedTerm> diagnoses = comments
                .array("senderDiagnoses", (node, at) -> {
                    JsonFields coded = element(node, at, CODED, problems);
                    return coded == null ? null : codedTerm(coded, problems);
                })
                .stream()
                .filter(Objects::nonNull)
                .toList();
        List<CaseComments.Summary> summaries = comments
                .array("summaries", (node, at) -> {
                    JsonFields summary = element(node, at, SUMMARY, problems);
                    String text = summary == null ? null : summary.text("text");
                    return text == null ? null : new CaseComments.Summary(text, summary.text("language"));
                })
                .stream()
                .filter(Objects::nonNull)
                .toList();
        return CaseComments.of(
                comments.text("reporterComments"), diagnoses, comments.text("senderComments"), summaries);
    }

    static void write(ObjectNode node, CaseComments comments) {
        putText(node, "reporterComments", comments.reporterComments());
        if (!comments.senderDiagnoses().isEmpty()) {
            ArrayNode diagnoses = node.putArray("senderDiagnoses");
            for (CodedTerm diagnosis : comments.senderDiagnoses()) {
                ObjectNode each = diagnoses.addObject().put("terminology", diagnosis.terminology());
                putText(each, "version", diagnosis.version());
                each.put("code", diagnosis.code());
            }
        }
        putText(node, "senderComments", comments.senderComments());
        if (!comments.summaries().isEmpty()) {
            ArrayNode summaries = node.putArray("summaries");
            for (CaseComments.Summary summary : comments.summaries()) {
                ObjectNode each = summaries.addObject().put("text", summary.text());
                putText(each, "language", summary.language());
            }
        }
    }
}
