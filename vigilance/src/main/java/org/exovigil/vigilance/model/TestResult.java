package org.exovigil.vigilance.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/**
 * ICH E2B(R3) F.r, a test or procedure relevant to the case (blood culture, endotoxin, imaging).
 *
 * @param name            F.r.2.1 test name as reported, up to 250 characters; null when only coded
 * @param coded           F.r.2.2a/b the test's MedDRA version and code; null when not coded
 * @param date            F.r.1 test date, to the precision sent (a year, a month, a day or a time); null when
 *                        unknown
 * @param result          F.r.3.2 a value, with its qualifier when it is a bound ({@code <10}, {@code >=2.5}),
 *                        or F.r.3.4 free text; up to 2000 characters
 * @param unit            F.r.3.3 unit; null when the result carries none
 * @param resultCode      F.r.3.1 positive, negative, borderline or inconclusive; null when not given
 * @param normalLow       F.r.4 lowest value in the normal range, as sent (with its unit)
 * @param normalHigh      F.r.5 highest value in the normal range
 * @param comments        F.r.6 comments, up to 2000 characters
 * @param moreInformation F.r.7 whether the sender holds more documentation; null when not said
 */
public record TestResult(
        String name,
        CodedTerm coded,
        PartialDate date,
        String result,
        String unit,
        TestResultCode resultCode,
        String normalLow,
        String normalHigh,
        String comments,
        Boolean moreInformation) {

    /** A bound of F.r.3.2: a qualifier (F.r.3.2 with an IVL_PQ whose other end is infinite) and a number. */
    public static final Pattern BOUND = Pattern.compile("(<=|>=|<|>)\\s*([+-]?\\d+(?:\\.\\d+)?)");

    public TestResult {
        if (name == null && coded == null) {
            throw new NullPointerException("name or coded");
        }
    }

    public static Checked<TestResult> of(String name, LocalDate date, String result, String unit) {
        return of(name, null, PartialDate.of(date), result, unit, null, null, null, null, null);
    }

    public static Checked<TestResult> of(
            String name,
            CodedTerm coded,
            PartialDate date,
            String result,
            String unit,
            TestResultCode resultCode,
            String normalLow,
            String normalHigh,
            String comments,
            Boolean moreInformation) {
        List<Problem> problems = new ArrayList<>();
        String n = ElementRules.trimmedOrNull(name);
        String r = ElementRules.trimmedOrNull(result);
        String c = ElementRules.trimmedOrNull(comments);
        if (n == null && coded == null) {
            problems.add(new Problem(
                    ProblemCode.MISSING, "name", "expected the test's name as reported, or its coded name (MedDRA)"));
        }
        ElementRules.maxLength("name", n, 250, problems);
        ElementRules.maxLength("result", r, 2000, problems);
        ElementRules.maxLength("unit", unit, 50, problems);
        ElementRules.maxLength("normalLow", normalLow, 50, problems);
        ElementRules.maxLength("normalHigh", normalHigh, 50, problems);
        ElementRules.maxLength("comments", c, 2000, problems);
        return Checked.unless(
                problems,
                () -> new TestResult(
                        n,
                        coded,
                        date,
                        r,
                        ElementRules.trimmedOrNull(unit),
                        resultCode,
                        ElementRules.trimmedOrNull(normalLow),
                        ElementRules.trimmedOrNull(normalHigh),
                        c,
                        moreInformation));
    }

    /** What people read for the test: the reporter's words, or the coded name when they were not sent. */
    public String label() {
        return name != null ? name : coded.label();
    }
}
