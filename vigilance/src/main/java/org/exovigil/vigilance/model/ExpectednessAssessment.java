package org.exovigil.vigilance.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expectedness of each reaction for each suspected product of a report, against reference safety
 * information given by the caller. For the reporting clocks a case is unexpected when any pair is
 * unexpected or unknown: an unproven product has no label, and treating "not known to be expected" as
 * expected would let the 7- and 15-day clocks of 21 CFR 312.32(c) or EU SUSARs silently lapse
 * (Exovigil's conservative reading of ICH E2A §II.C and §III.A).
 */
public record ExpectednessAssessment(List<ExpectednessFinding> findings) {

    public ExpectednessAssessment {
        findings = List.copyOf(findings);
    }

    public static ExpectednessAssessment of(IndividualCaseSafetyReport report, ReferenceSafetyInformation rsi) {
        List<ExpectednessFinding> findings = new ArrayList<>();
        for (int p = 0; p < report.products().size(); p++) {
            Product product = report.products().get(p);
            if (!product.role().isSuspected()) {
                continue;
            }
            for (int r = 0; r < report.reactions().size(); r++) {
                findings.add(finding(p, r, product, report.reactions().get(r), rsi));
            }
        }
        return new ExpectednessAssessment(findings);
    }

    private static ExpectednessFinding finding(
            int p, int r, Product product, Reaction reaction, ReferenceSafetyInformation rsi) {
        return rsi.lists(product, reaction)
                .map(listed -> new ExpectednessFinding(
                        p, r, listed ? Expectedness.EXPECTED : Expectedness.UNEXPECTED, rsi.title()))
                .orElseGet(() -> new ExpectednessFinding(p, r, Expectedness.UNKNOWN, null));
    }

    /** Unexpected for clock purposes: any pair unexpected or unknown, or nothing to assess yet. */
    public boolean isUnexpectedForClocks() {
        return findings.isEmpty() || findings.stream().anyMatch(f -> f.expectedness() != Expectedness.EXPECTED);
    }

    /**
     * The finding that makes the case unexpected for the clocks, the first not known to be expected; empty
     * when every pair is expected, or when there is nothing to assess (which counts as unexpected).
     */
    public Optional<ExpectednessFinding> firstNotExpected() {
        return findings.stream()
                .filter(f -> f.expectedness() != Expectedness.EXPECTED)
                .findFirst();
    }
}
