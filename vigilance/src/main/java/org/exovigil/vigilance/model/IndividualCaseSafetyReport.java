package org.exovigil.vigilance.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/**
 * One version of an individual case safety report (ICSR), after the sections of ICH E2B(R3): C.1
 * identification, C.2 primary sources, D patient, E reactions, F tests, G products, H.1 narrative and
 * H.2-H.5 comments.
 * A report that misses minimum criteria is still a report ({@link Validity}): a partial report of a
 * death must never be refused.
 */
public record IndividualCaseSafetyReport(
        ReportIdentification identification,
        List<PrimarySource> primarySources,
        Patient patient,
        List<Reaction> reactions,
        List<Product> products,
        List<TestResult> tests,
        String narrative,
        CaseComments comments) {

    /** H.1 case narrative is 100000AN in ICH E2B(R3). */
    public static final int NARRATIVE_LENGTH = 100_000;

    /**
     * The most reactions, products and tests one report may carry. ICH E2B(R3) sets no maximum on these
     * repeats; real reports carry a few, rarely dozens. A bound keeps one request from holding a core
     * for minutes (issue 15, a report of 100,000 reactions), OWASP ASVS 4.0.3 L2 13.1.5 and 12.1.1.
     */
    public static final int MAX_REACTIONS = 200;

    public static final int MAX_PRODUCTS = 200;

    public static final int MAX_TESTS = 500;

    public IndividualCaseSafetyReport {
        Objects.requireNonNull(identification, "identification");
        Objects.requireNonNull(patient, "patient");
        primarySources = List.copyOf(primarySources);
        reactions = List.copyOf(reactions);
        products = List.copyOf(products);
        tests = List.copyOf(tests);
    }

    /**
     * Checks what only the whole report can: the narrative's length, and that no reaction began after
     * the report about it was received (C.1.4), which can only be a typing error in a date.
     */
    public static Checked<IndividualCaseSafetyReport> of(
            ReportIdentification identification,
            List<PrimarySource> primarySources,
            Patient patient,
            List<Reaction> reactions,
            List<Product> products,
            List<TestResult> tests,
            String narrative) {
        return of(identification, primarySources, patient, reactions, products, tests, narrative, null);
    }

    public static Checked<IndividualCaseSafetyReport> of(
            ReportIdentification identification,
            List<PrimarySource> primarySources,
            Patient patient,
            List<Reaction> reactions,
            List<Product> products,
            List<TestResult> tests,
            String narrative,
            CaseComments comments) {
        List<Problem> problems = new ArrayList<>();
        String text = ElementRules.trimmedOrNull(narrative);
        ElementRules.maxLength("narrative", text, NARRATIVE_LENGTH, problems);
        if (comments != null) {
            ElementRules.maxLength("comments.reporterComments", comments.reporterComments(), 20_000, problems);
            ElementRules.maxLength("comments.senderComments", comments.senderComments(), 20_000, problems);
        }
        ElementRules.maxCount("reactions", reactions.size(), MAX_REACTIONS, problems);
        ElementRules.maxCount("products", products.size(), MAX_PRODUCTS, problems);
        ElementRules.maxCount("tests", tests.size(), MAX_TESTS, problems);
        for (int k = 0; k < products.size(); k++) {
            DrugDetails details = products.get(k).details();
            for (int r = 0; details != null && r < details.relatedness().size(); r++) {
                int reaction = details.relatedness().get(r).reaction();
                if (reaction < 0 || reaction >= reactions.size()) {
                    problems.add(new Problem(
                            ProblemCode.OUT_OF_RANGE,
                            "products[%d].details.relatedness[%d].reaction".formatted(k, r),
                            "expected the position of one of the report's %d reactions, got %d"
                                    .formatted(reactions.size(), reaction)));
                }
            }
        }
        for (int i = 0; i < reactions.size(); i++) {
            var onset = reactions.get(i).onset();
            if (onset != null && onset.isAfter(identification.receivedOn())) {
                problems.add(new Problem(
                        ProblemCode.INCONSISTENT_DATES,
                        "reactions[%d].onset".formatted(i),
                        "expected a date on or before receivedOn %s, got %s"
                                .formatted(identification.receivedOn(), onset)));
            }
        }
        return Checked.unless(
                problems,
                () -> new IndividualCaseSafetyReport(
                        identification,
                        primarySources,
                        patient == null ? Patient.UNKNOWN : patient,
                        reactions,
                        products,
                        tests,
                        text,
                        comments));
    }

    /** The same content as another version of the case (ICH E2B(R3) C.1.5, C.1.11). */
    public IndividualCaseSafetyReport withIdentification(ReportIdentification newIdentification) {
        return new IndividualCaseSafetyReport(
                newIdentification, primarySources, patient, reactions, products, tests, narrative, comments);
    }
}
