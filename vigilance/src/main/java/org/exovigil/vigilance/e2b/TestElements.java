package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;
import static org.exovigil.vigilance.e2b.E2bWriter.isDecimal;

import java.util.regex.Matcher;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.TestResult;

/**
 * F.r, one test or procedure relevant to the patient, as a {@code component/observation} of the patient's test
 * organizer: the test coded in MedDRA or named, its date, a result as a number with its unit, a bound or text, the
 * normal range, comments and whether more information is available.
 */
final class TestElements {

    private TestElements() {}

    static void write(XmlWriter x, TestResult test) {
        x.start("component", "typeCode", "COMP");
        x.start("observation", "classCode", "OBS", "moodCode", "EVN");
        CodedTerm coded = test.coded();
        if (coded == null) {
            x.start("code");
        } else {
            x.start(
                    "code",
                    "code",
                    coded.code(),
                    "codeSystem",
                    MEDDRA,
                    "codeSystemVersion",
                    coded.version()); // F.r.2.2a/b
        }
        if (test.name() != null) {
            x.text("originalText", test.name()); // F.r.2.1
        }
        x.end();
        if (test.date() != null) {
            x.empty("effectiveTime", "value", test.date().value()); // F.r.1, to the precision sent
        }
        boolean structured = value(x, test);
        if (!structured && test.result() != null) {
            x.text("value", test.result(), "xsi:type", "ED"); // F.r.3.4
        }
        if (test.resultCode() != null) {
            x.empty(
                    "interpretationCode",
                    "code",
                    Integer.toString(test.resultCode().e2bCode()),
                    "codeSystem",
                    TEST_RESULT_CODE); // F.r.3.1
        }
        normalRange(x, test.normalLow(), test.unit(), "L"); // F.r.4
        normalRange(x, test.normalHigh(), test.unit(), "H"); // F.r.5
        if (test.comments() != null) {
            MessageWriting.relatedObservation(
                    x, "PERT", OBS_COMMENT, () -> x.text("value", test.comments(), "xsi:type", "ED")); // F.r.6
        }
        if (test.moreInformation() != null) {
            MessageWriting.relatedObservation(
                    x,
                    "REFR",
                    OBS_MORE_INFORMATION,
                    () -> x.empty(
                            "value",
                            "xsi:type",
                            "BL",
                            "value",
                            test.moreInformation().toString())); // F.r.7
        }
        if (!structured && test.unit() != null) {
            MessageWriting.extension(x, EXT_TEST_UNIT, "ST", test.unit(), "REFR");
        }
        x.end().end();
    }

    /**
     * F.r.3.2 and F.r.3.3: a number with its unit, or a bound ({@code <10}) as an interval open at the other
     * end (ICH E2B(R3) IG F.r.3.2, as FDA's Scenario 6 writes LT, LE, GT and GE); false when the result is
     * text.
     */
    private static boolean value(XmlWriter x, TestResult test) {
        if (test.result() == null || test.unit() == null) {
            return false;
        }
        if (isDecimal(test.result())) {
            x.start("value", "xsi:type", "IVL_PQ")
                    .empty("center", "value", test.result(), "unit", test.unit())
                    .end();
            return true;
        }
        Matcher bound = TestResult.BOUND.matcher(test.result());
        if (!bound.matches()) {
            return false;
        }
        String qualifier = bound.group(1);
        String inclusive = Boolean.toString(qualifier.endsWith("="));
        x.start("value", "xsi:type", "IVL_PQ");
        if (qualifier.startsWith("<")) {
            x.empty("low", "nullFlavor", "NINF");
            x.empty("high", "value", bound.group(2), "unit", test.unit(), "inclusive", inclusive);
        } else {
            x.empty("low", "value", bound.group(2), "unit", test.unit(), "inclusive", inclusive);
            x.empty("high", "nullFlavor", "PINF");
        }
        x.end();
        return true;
    }

    private static void normalRange(XmlWriter x, String value, String unit, String interpretation) {
        if (value == null) {
            return;
        }
        x.start("referenceRange", "typeCode", "REFV");
        x.start("observationRange", "classCode", "OBS", "moodCode", "EVN.CRT");
        if (isDecimal(value) && unit != null) {
            x.empty("value", "xsi:type", "PQ", "value", value, "unit", unit);
        } else {
            x.text("value", value, "xsi:type", "ED");
        }
        x.empty("interpretationCode", "code", interpretation, "codeSystem", HL7_INTERPRETATION);
        x.end().end();
    }
}
