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

    /**
     * What the offering is under the law applied; {@code status} says how settled that conclusion is.
     * {@code because} is the rule's step of reasoning (also the classification's sentence of the explanation) and
     * {@code becauseJa} the same in Japanese; both are null when no rule classified the offering. {@code labelJa} is
     * the label in Japanese.
     */
    public record Classification(
            String code,
            String label,
            String labelJa,
            String status,
            List<Citation> citations,
            String because,
            String becauseJa) {}

    /**
     * Something the law requires; {@code satisfied} is null when the offering does not say. {@code labelJa} is the
     * label in Japanese.
     */
    public record Requirement(
            String code, String label, String labelJa, Boolean satisfied, String status, List<Citation> citations) {}

    /**
     * Something in the offering or its description that is unlawful, misleading, risky or worth knowing;
     * {@code message} says it in English and {@code messageJa} in Japanese.
     */
    public record Finding(String code, Severity severity, String message, String messageJa, List<Citation> citations) {}

    /**
     * A legal duty to report adverse events: to whom, for which events, within how many days, and on what
     * authority. The components after {@code citations} make the duty machine-readable for a reporting clock;
     * they are not part of the JSON of spec/classify.md, which keeps {@code to}, {@code when}, {@code days}
     * and {@code citations} only.
     *
     * @param to            who must be told, and who reports, in words
     * @param when          which events, in the words of the law
     * @param days          calendar days from awareness, or for a periodic duty from the end of each period
     * @param citations     the sources of the duty
     * @param id            the rule's id in the rulebook, e.g. {@code jp.asrm_7}; stable across releases
     * @param condition     which cases it covers, a code of {@code codes("duty_conditions")}:
     *                      fatal_or_life_threatening, fatal_or_life_threatening_and_unexpected, serious,
     *                      serious_and_unexpected, serious_other, serious_and_unexpected_other, non_serious, any
     *                      ("other" = serious but neither fatal nor life-threatening)
     * @param setting       {@code trial} (clinical-trial and investigational duties) or {@code practice}
     * @param periodDays    for a periodic duty, the length of each period (Japan ASRM: 60 days from the
     *                      provision plan's submission); null for an expedited duty
     * @param effectiveFrom first day the duty is in force; null when the rulebook records no start
     * @param effectiveTo   last day it is in force; null while it is
     * @param toJa          {@code to} in Japanese; null for a duty described only by the fields of spec/classify.md
     * @param whenJa        {@code when} in Japanese; null likewise
     */
    public record ReportingDuty(
            String to,
            String when,
            int days,
            List<Citation> citations,
            String id,
            String condition,
            String setting,
            Integer periodDays,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            String toJa,
            String whenJa) {

        /** A duty described only by the fields of spec/classify.md; the machine-readable ones stay null. */
        public ReportingDuty(String to, String when, int days, List<Citation> citations) {
            this(to, when, days, citations, null, null, null, null, null, null, null, null);
        }

        /** True for a duty reported for each period rather than case by case. */
        public boolean periodic() {
            return periodDays != null;
        }
    }

    public boolean hasFinding(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }
}
