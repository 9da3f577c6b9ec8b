package org.exovigil.vigilance.json;

import static org.exovigil.vigilance.json.ReportFields.*;

import java.util.List;
import java.util.Set;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.model.TestResult;
import org.exovigil.vigilance.model.TestResultCode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code tests[]}, F.r: {name, coded {terminology, version, code}, date (to the precision sent), result (a number, a
 * bound such as {@code <10}, or text), unit, resultCode, normalLow, normalHigh, comments, moreInformation}; a test
 * has a {@code name} or is {@code coded}.
 */
final class TestJson {

    static final Set<String> FIELDS = Set.of(
            "name",
            "coded",
            "date",
            "result",
            "unit",
            "resultCode",
            "normalLow",
            "normalHigh",
            "comments",
            "moreInformation");

    private TestJson() {}

    static TestResult read(JsonFields fields, List<Problem> problems) {
        if (fields == null) {
            return null;
        }
        JsonFields coded = fields.object("coded", CODED);
        return fields.accept(TestResult.of(
                fields.text("name"),
                coded == null ? null : codedTerm(coded, problems),
                fields.partialDate("date"),
                fields.text("result"),
                fields.text("unit"),
                fields.code("resultCode", TestResultCode.class),
                fields.text("normalLow"),
                fields.text("normalHigh"),
                fields.text("comments"),
                fields.bool("moreInformation")));
    }

    static void write(ObjectNode node, TestResult test) {
        putText(node, "name", test.name());
        if (test.coded() != null) {
            writeCoded(node, test.coded());
        }
        putText(node, "date", test.date() == null ? null : test.date().iso());
        putText(node, "result", test.result());
        putText(node, "unit", test.unit());
        putText(
                node,
                "resultCode",
                test.resultCode() == null ? null : test.resultCode().code());
        putText(node, "normalLow", test.normalLow());
        putText(node, "normalHigh", test.normalHigh());
        putText(node, "comments", test.comments());
        if (test.moreInformation() != null) {
            node.put("moreInformation", test.moreInformation());
        }
    }
}
