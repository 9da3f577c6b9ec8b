package org.exovigil.rulebook;

import java.time.LocalDate;
import java.util.List;

/** The answer for one offering (spec/classify.md): what it is, what it needs, whether it may be offered, and why. */
public record Assessment(
        String jurisdiction,
        String lawOf,
        LocalDate asOf,
        String rulebookVersion,
        LocalDate lawCurrentTo,
        Classification classification,
        Verdict verdict,
        List<Requirement> requirements,
        List<Finding> findings,
        List<ReportingDuty> adverseEventReporting,
        List<String> explanation) {

    public Assessment {
        requirements = List.copyOf(requirements);
        findings = List.copyOf(findings);
        adverseEventReporting = List.copyOf(adverseEventReporting);
        explanation = List.copyOf(explanation);
    }

    /** What the offering is under the law applied; {@code status} says how settled that conclusion is. */
    public record Classification(String code, String label, String status, List<Citation> citations) {}

    /** Something the law requires; {@code satisfied} is null when the offering does not say. */
    public record Requirement(String code, String label, Boolean satisfied, String status, List<Citation> citations) {}

    /** Something in the offering or its description that is unlawful, misleading, risky or worth knowing. */
    public record Finding(String code, Severity severity, String message, List<Citation> citations) {}

    /** A legal duty to report adverse events: to whom, for which events, within how many days. */
    public record ReportingDuty(String to, String when, int days, List<Citation> citations) {}

    public boolean hasFinding(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }
}
