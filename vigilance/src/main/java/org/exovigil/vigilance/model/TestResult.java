package org.exovigil.vigilance.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;

/**
 * ICH E2B(R3) F.r, a test or procedure relevant to the case (blood culture, endotoxin, imaging).
 *
 * @param name   F.r.2.1 test name as reported, up to 250 characters
 * @param date   F.r.1 test date; null when unknown
 * @param result F.r.3.4 result as text (value, qualifier or free text), up to 2000 characters
 * @param unit   F.r.3.3 unit; null when the result carries none
 */
public record TestResult(String name, LocalDate date, String result, String unit) {

    public TestResult {
        Objects.requireNonNull(name, "name");
    }

    public static Checked<TestResult> of(String name, LocalDate date, String result, String unit) {
        List<Problem> problems = new ArrayList<>();
        String n = ElementRules.trimmedOrNull(name);
        String r = ElementRules.trimmedOrNull(result);
        ElementRules.required("name", n, problems);
        ElementRules.maxLength("name", n, 250, problems);
        ElementRules.maxLength("result", r, 2000, problems);
        ElementRules.maxLength("unit", unit, 50, problems);
        return Checked.unless(problems, () -> new TestResult(n, date, r, ElementRules.trimmedOrNull(unit)));
    }
}
