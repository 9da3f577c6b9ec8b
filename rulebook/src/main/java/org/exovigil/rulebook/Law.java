package org.exovigil.rulebook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed law of one rulebook file: the rule records below, each with its dates, status and sources.
 * Package-private: callers see only {@link Rulebook}, {@link Offering} and {@link Assessment}.
 */
record Law(
        String code,
        String name,
        Set<String> appliesTo,
        LocalDate lawCurrentTo,
        List<ClassificationRule> classifications,
        Map<String, List<RequirementRule>> requirements,
        List<FindingRule> findings,
        List<ReportingRule> reporting,
        List<PowerRule> powers,
        String file) {

    /** How far a rule was checked. UNSETTLED: the law itself is open; UNVERIFIED: not read in a primary text. */
    enum Status {
        VERIFIED,
        SECONDARY,
        INFERENCE,
        UNVERIFIED,
        UNSETTLED;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        boolean doubtful() {
            return this == UNVERIFIED || this == UNSETTLED;
        }
    }

    /** Inclusive dates between which a rule is in force; null ends are open. */
    record Effective(LocalDate from, LocalDate to) {
        boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }

        boolean overlaps(Effective other) {
            var startsBeforeOtherEnds = from == null || other.to == null || !from.isAfter(other.to);
            var endsAfterOtherStarts = to == null || other.from == null || !to.isBefore(other.from);
            return startsBeforeOtherEnds && endsAfterOtherStarts;
        }
    }

    /** Where a rule was written, for error messages and review. */
    record Origin(String file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** What every rule carries besides its content. */
    record Meta(String id, Effective effective, Status status, String note, List<Citation> citations, Origin origin) {}

    /**
     * A classification; {@code label} names it and {@code because} is its step of reasoning in English,
     * {@code labelJa} and {@code becauseJa} the same in Japanese.
     */
    record ClassificationRule(
            Meta meta,
            String code,
            String label,
            String labelJa,
            Condition when,
            String because,
            String becauseJa,
            List<RequirementRef> requirements) {}

    /** A requirement attached to a classification, optionally only when a condition holds. */
    record RequirementRef(String id, Condition when, Origin origin) {}

    /**
     * What the law requires. {@code satisfiedIf} decides from the facts; {@code noneGranted}, when set, says
     * why no such authorisation can exist for this kind of product, so the requirement is unmet unless the
     * offering itself names an active one. {@code labelJa} is the label in Japanese.
     */
    record RequirementRule(
            Meta meta,
            String code,
            String label,
            String labelJa,
            Condition satisfiedIf,
            String noneGranted,
            String unmet) {}

    /**
     * A prohibited act, claim rule or gap. {@code when} is read after classification (fact {@code classification});
     * {@code message} is what it says in English, {@code messageJa} the same in Japanese.
     */
    record FindingRule(Meta meta, String code, Severity severity, Condition when, String message, String messageJa) {}

    /**
     * A duty to report adverse events: to whom, for which events (in words, and as a {@code condition} code of
     * vocabulary.yaml duty_conditions), in which {@code setting} (practice or trial), within how many days, and
     * for a periodic duty the length of each period ({@code periodDays}, null for an expedited duty); it applies
     * when {@code when} is TRUE. {@code toJa} and {@code eventJa} say whom and which events in Japanese.
     */
    record ReportingRule(
            Meta meta,
            String to,
            String toJa,
            String event,
            String eventJa,
            int days,
            Condition when,
            String condition,
            String setting,
            Integer periodDays) {}

    /**
     * A power to require information of someone ({@code of}: codes of vocabulary.yaml addressees), such as an order
     * to report: what it is ({@code label}), and whom it reaches ({@code scope}), in English and Japanese.
     */
    record PowerRule(Meta meta, List<String> of, String label, String labelJa, String scope, String scopeJa) {}
}
