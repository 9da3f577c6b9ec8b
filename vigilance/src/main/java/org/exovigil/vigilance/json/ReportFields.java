package org.exovigil.vigilance.json;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Quantity;
import org.exovigil.vigilance.model.TermAsSent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What every section of the report's JSON is made of: objects of known fields, coded terms, optional texts. */
final class ReportFields {

    static final Set<String> CODED = Set.of("terminology", "version", "code");
    static final Set<String> TERM_AS_SENT = Set.of("text", "code", "codeSystem", "codeSystemVersion");

    private ReportFields() {}

    static JsonFields element(JsonNode node, String at, Set<String> known, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem(ProblemCode.WRONG_TYPE, at, "expected an object, got " + JsonFields.shown(node)));
            return null;
        }
        return new JsonFields(node, at, problems, known);
    }

    static CodedTerm codedTerm(JsonFields coded, List<Problem> problems) {
        String terminology = coded.text("terminology");
        String code = coded.text("code");
        if (terminology == null || code == null) {
            problems.add(new Problem(
                    ProblemCode.MISSING,
                    coded.at(terminology == null ? "terminology" : "code"),
                    "expected the terminology and the code of a coded term"));
            return null;
        }
        return new CodedTerm(terminology, coded.text("version"), code);
    }

    static void writeCoded(ObjectNode node, CodedTerm term) {
        writeCoded(node, "coded", term);
    }

    /** A coded term as {terminology, version, code} under the given name; nothing when null. */
    static void writeCoded(ObjectNode node, String name, CodedTerm term) {
        if (term == null) {
            return;
        }
        ObjectNode coded = node.putObject(name).put("terminology", term.terminology());
        putText(coded, "version", term.version());
        coded.put("code", term.code());
    }

    static void putText(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    /** {text, code, codeSystem, codeSystemVersion}: a term as another system coded it. */
    static TermAsSent termAsSent(JsonFields sent) {
        return sent == null
                ? null
                : TermAsSent.of(
                        sent.text("text"), sent.text("code"), sent.text("codeSystem"), sent.text("codeSystemVersion"));
    }

    static void writeTermAsSent(ObjectNode node, String name, TermAsSent term) {
        if (term == null) {
            return;
        }
        ObjectNode sent = node.putObject(name);
        putText(sent, "text", term.text());
        putText(sent, "code", term.code());
        putText(sent, "codeSystem", term.codeSystem());
        putText(sent, "codeSystemVersion", term.codeSystemVersion());
    }

    /** An array of texts; anything else in it is a problem at its place. */
    static List<String> texts(JsonFields parent, String name, List<Problem> problems) {
        return parent
                .array(name, (node, at) -> {
                    if (!node.isString()) {
                        problems.add(new Problem(
                                ProblemCode.WRONG_TYPE, at, "expected a text, got " + JsonFields.shown(node)));
                        return null;
                    }
                    return node.asString();
                })
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }

    /** A quantity as {value, unit} under the given name; nothing when null. */
    static void writeQuantity(ObjectNode node, String name, Quantity q) {
        if (q != null) {
            ObjectNode each = node.putObject(name);
            if (q.value() != null) {
                each.put("value", q.value());
            }
            putText(each, "unit", q.unit());
        }
    }
}
