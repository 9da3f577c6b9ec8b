package org.exovigil.rulebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies one jurisdiction's {@link Law} to one offering on one date, in the order a reviewer would:
 * <ol>
 *   <li>take the rules in force on the date;</li>
 *   <li>classify: the first classification whose condition is TRUE wins; earlier ones that are UNKNOWN are
 *       open alternatives and keep the verdict from being "permitted";</li>
 *   <li>list the requirements of that classification and whether the offering meets them (true, false,
 *       or null when it does not say);</li>
 *   <li>apply every finding rule (prohibited acts, claim rules, gaps); when the classification is left open
 *       by missing facts, say which in a CLASSIFICATION_UNDETERMINED finding citing the rules left open;</li>
 *   <li>list the adverse-event reporting duties that apply;</li>
 *   <li>flag conclusions that rest on unverified or unsettled law;</li>
 *   <li>decide the verdict: a violation, or a requirement unmet under a settled classification, gives
 *       not_permitted; otherwise anything unknown gives permitted_if (or undetermined when the classification
 *       itself is open).</li>
 * </ol>
 * Every step adds one sentence to the explanation.
 */
final class Assessor {

    /*
     * The Japanese of the findings the engine writes itself (the rulebook's own findings carry message_ja). The
     * English names the facts missing and the classifications left open, in the rulebook's codes and English
     * labels, and the note of an unsettled rule; the Japanese says what is open without them.
     */
    static final String UNDETERMINED_JA = "この提供内容の説明には、法律上の分類を決めるのに必要な事実が書かれていないため、このルールブックでは分類できません。";
    static final String OPEN_ALTERNATIVE_JA = "この分類が当てはまるのは、別の分類に当たらない場合だけです。どちらに当たるかは、提供内容の説明に書かれていない事実によって決まります。";
    static final String LAW_UNSETTLED_JA = "この判断の根拠となる法律の扱いは、まだ定まっていません。";

    private final Law law;
    private final String rulebookVersion;

    Assessor(Law law, String rulebookVersion) {
        this.law = law;
        this.rulebookVersion = rulebookVersion;
    }

    Assessment assess(String jurisdiction, Offering offering, LocalDate date, List<String> unrecognised) {
        return new Run(jurisdiction, offering, date, unrecognised).assess();
    }

    /**
     * The reporting duties in force on {@code date} that apply under the offering's classification or under
     * any classification the missing facts leave open (the open alternatives of the classification step), in
     * the order of the file. A duty is listed when its condition is TRUE with that classification; a duty
     * left UNKNOWN by other missing facts (an authorisation the offering does not list) is not.
     */
    List<Assessment.ReportingDuty> possibleDuties(String jurisdiction, Offering offering, LocalDate date) {
        var run = new Run(jurisdiction, offering, date, List.of());
        var chosen = run.classify();
        var codes = new LinkedHashSet<String>();
        run.openAlternatives.forEach(alt -> codes.add(alt.code()));
        chosen.ifPresent(rule -> codes.add(rule.code()));
        var base = Facts.of(offering);
        var result = new ArrayList<Assessment.ReportingDuty>();
        for (var rule : law.reporting()) {
            if (!rule.meta().effective().covers(date)) continue;
            if (codes.stream().anyMatch(code -> rule.when().test(base.with("classification", code)) == Truth.TRUE)) {
                result.add(duty(rule));
            }
        }
        return List.copyOf(result);
    }

    private static Assessment.ReportingDuty duty(Law.ReportingRule rule) {
        return new Assessment.ReportingDuty(
                rule.to(),
                rule.event(),
                rule.days(),
                rule.meta().citations(),
                rule.meta().id(),
                rule.condition(),
                rule.setting(),
                rule.periodDays(),
                rule.meta().effective().from(),
                rule.meta().effective().to(),
                rule.toJa(),
                rule.eventJa());
    }

    private final class Run {
        private final String jurisdiction;
        private final LocalDate date;
        private Facts facts;
        private final List<String> explanation = new ArrayList<>();
        private final List<Assessment.Requirement> requirements = new ArrayList<>();
        private final List<Assessment.Finding> findings = new ArrayList<>();
        private final List<Assessment.ReportingDuty> duties = new ArrayList<>();
        private final List<Law.Meta> doubtful = new ArrayList<>();
        private final List<String> openViolations = new ArrayList<>();
        private final Set<String> openViolationFacts = new java.util.TreeSet<>();
        private final List<Law.ClassificationRule> openAlternatives = new ArrayList<>();

        private final List<String> unrecognised;

        Run(String jurisdiction, Offering offering, LocalDate date, List<String> unrecognised) {
            this.unrecognised = unrecognised;
            this.jurisdiction = jurisdiction;
            this.date = date;
            this.facts = Facts.of(offering);
        }

        Assessment assess() {
            introduce();
            var chosen = classify();
            chosen.ifPresent(this::checkRequirements);
            applyFindings();
            chosen.ifPresentOrElse(this::noteOpenAlternatives, () -> noteOpenAlternatives(null));
            listDuties();
            flagDoubtfulLaw();
            var verdict = verdict(chosen.isPresent());
            return new Assessment(
                    jurisdiction,
                    law.code(),
                    date,
                    rulebookVersion,
                    law.lawCurrentTo(),
                    chosen.map(this::classification).orElseGet(this::undeterminedClassification),
                    verdict,
                    requirements,
                    findings,
                    duties,
                    explanation);
        }

        private void introduce() {
            var where =
                    jurisdiction.equals(law.code()) ? law.name() : law.name() + " (applied in " + jurisdiction + ")";
            explanation.add("The offering is assessed under the law of " + where + " as in force on " + date + ".");
            if (date.isAfter(law.lawCurrentTo())) {
                explanation.add("The rulebook records this law as reviewed up to " + law.lawCurrentTo()
                        + ", so changes after that date are not reflected.");
            }
            if (!unrecognised.isEmpty()) {
                explanation.add("These values are not codes of the shared vocabulary and match no rule: "
                        + String.join(", ", unrecognised) + ".");
            }
        }

        private Optional<Law.ClassificationRule> classify() {
            for (var rule : law.classifications()) {
                if (!rule.meta().effective().covers(date)) continue;
                switch (rule.when().test(facts)) {
                    case TRUE -> {
                        explanation.add(rule.because());
                        openAlternatives.forEach(alt -> explanation.add("It could instead be classified as \""
                                + alt.label() + "\" depending on facts the offering does not give: "
                                + String.join(", ", alt.when().unknownFields(facts)) + "."));
                        facts = facts.with("classification", rule.code());
                        if (rule.meta().status().doubtful()) doubtful.add(rule.meta());
                        return Optional.of(rule);
                    }
                    case UNKNOWN -> openAlternatives.add(rule);
                    case FALSE -> {}
                }
            }
            if (openAlternatives.isEmpty()) {
                explanation.add("No classification rule in force on " + date
                        + " covers this offering, so the rulebook cannot classify it.");
            } else {
                var missing = new LinkedHashSet<String>();
                openAlternatives.forEach(alt -> missing.addAll(alt.when().unknownFields(facts)));
                explanation.add("The classification depends on facts the offering does not give: "
                        + String.join(", ", missing) + ".");
            }
            return Optional.empty();
        }

        private void checkRequirements(Law.ClassificationRule rule) {
            for (var ref : rule.requirements()) {
                var applies = ref.when().test(facts);
                if (applies == Truth.FALSE) continue;
                inForce(ref.id()).ifPresent(req -> checkRequirement(req, applies));
            }
        }

        private Optional<Law.RequirementRule> inForce(String id) {
            return law.requirements().get(id).stream()
                    .filter(r -> r.meta().effective().covers(date))
                    .findFirst();
        }

        private void checkRequirement(Law.RequirementRule req, Truth applies) {
            var satisfied = req.satisfiedIf() == null
                    ? Truth.UNKNOWN
                    : req.satisfiedIf().test(facts.forRequirements());
            if (satisfied != Truth.TRUE && req.noneGranted() != null) satisfied = Truth.FALSE;
            if (applies == Truth.UNKNOWN && satisfied != Truth.TRUE) satisfied = Truth.UNKNOWN;
            requirements.add(new Assessment.Requirement(
                    req.code(),
                    req.label(),
                    req.labelJa(),
                    satisfied.asBoolean(),
                    req.meta().status().code(),
                    req.meta().citations()));
            if (req.meta().status().doubtful()) doubtful.add(req.meta());
            explanation.add(requirementSentence(req, satisfied, applies));
        }

        private String requirementSentence(Law.RequirementRule req, Truth satisfied, Truth applies) {
            var head = "Requirement " + req.code() + " (" + req.label() + ")";
            if (applies == Truth.UNKNOWN && satisfied == Truth.UNKNOWN) {
                return head + " applies depending on facts the offering does not give, and it is not shown to be met.";
            }
            return switch (satisfied) {
                case TRUE -> head + " is met according to the offering.";
                case FALSE -> head + " is not met: " + unmetReason(req);
                case UNKNOWN ->
                    head + " may or may not be met; the offering does not say" + unknownSuffix(req.satisfiedIf()) + ".";
            };
        }

        /** Why a requirement is unmet: the rule's own words when it has them, else the authorisation is not held. */
        private String unmetReason(Law.RequirementRule req) {
            var facts = req.satisfiedIf() == null ? null : req.satisfiedIf().test(this.facts.forRequirements());
            if (facts == Truth.FALSE && req.unmet() != null) return req.unmet();
            if (req.noneGranted() != null) return req.noneGranted();
            return req.unmet() != null ? req.unmet() : "the offering does not show it.";
        }

        private String unknownSuffix(Condition c) {
            if (c == null) return "";
            var missing = c.unknownFields(facts.forRequirements());
            return missing.isEmpty() ? "" : " (" + String.join(", ", missing) + ")";
        }

        private void applyFindings() {
            for (var rule : law.findings()) {
                if (!rule.meta().effective().covers(date)) continue;
                var t = rule.when().test(facts);
                if (t == Truth.TRUE) {
                    findings.add(new Assessment.Finding(
                            rule.code(),
                            rule.severity(),
                            rule.message(),
                            rule.messageJa(),
                            rule.meta().citations()));
                    if (rule.meta().status().doubtful()) doubtful.add(rule.meta());
                    explanation.add(rule.message());
                } else if (t == Truth.UNKNOWN && rule.severity() == Severity.VIOLATION) {
                    if (!openViolations.contains(rule.code())) openViolations.add(rule.code());
                    openViolationFacts.addAll(rule.when().unknownFields(facts));
                }
            }
        }

        /**
         * A classification left open by missing facts becomes a finding that names them, citing the rules that
         * would decide once they are given, so the answer says what is missing and not only that it is open.
         * (When no rule covers the offering at all, the jurisdiction's file says so in its own findings.)
         */
        private void noteOpenAlternatives(Law.ClassificationRule chosen) {
            if (openAlternatives.isEmpty()) return;
            var missing = new LinkedHashSet<String>();
            var labels = new ArrayList<String>();
            var citations = new LinkedHashSet<Citation>();
            for (var alt : openAlternatives) {
                missing.addAll(alt.when().unknownFields(facts));
                var label = "\"" + alt.label() + "\"";
                if (!labels.contains(label)) labels.add(label);
                citations.addAll(alt.meta().citations());
            }
            var message = chosen == null
                    ? "The rulebook cannot classify this offering until it gives " + String.join(", ", missing)
                            + ": it could be " + String.join(" or ", labels) + "."
                    : "It is classified as \"" + chosen.label() + "\" only if it is not " + String.join(" or ", labels)
                            + ", which depends on facts the offering does not give: " + String.join(", ", missing)
                            + ".";
            // The labels and fact names are English and internal, so the Japanese says what is open without them.
            var messageJa = chosen == null ? UNDETERMINED_JA : OPEN_ALTERNATIVE_JA;
            findings.add(new Assessment.Finding(
                    "CLASSIFICATION_UNDETERMINED", Severity.INFO, message, messageJa, List.copyOf(citations)));
        }

        private void listDuties() {
            for (var rule : law.reporting()) {
                if (!rule.meta().effective().covers(date) || rule.when().test(facts) != Truth.TRUE) continue;
                duties.add(duty(rule));
                if (rule.meta().status().doubtful()) doubtful.add(rule.meta());
                explanation.add("Adverse events must be reported to " + rule.to() + " within " + rule.days() + " days ("
                        + rule.event() + ").");
            }
        }

        /**
         * Rules resting on unsettled law become a LAW_UNSETTLED finding, because the answer may change; rules
         * resting on sources not read in the primary text are named in one sentence (their status is also on
         * each requirement and citation), so the findings stay about the offering.
         */
        private void flagDoubtfulLaw() {
            Set<String> seen = new LinkedHashSet<>();
            var unverified = new ArrayList<String>();
            for (var meta : doubtful) {
                if (!seen.add(meta.id())) continue;
                if (meta.status() == Law.Status.UNVERIFIED) {
                    unverified.add(meta.id());
                    continue;
                }
                var message = "The law behind rule " + meta.id() + " is unsettled"
                        + (meta.note() != null ? ": " + meta.note() : ".");
                findings.add(new Assessment.Finding(
                        "LAW_UNSETTLED", Severity.WARNING, message, LAW_UNSETTLED_JA, meta.citations()));
                explanation.add(message);
            }
            if (!unverified.isEmpty()) {
                explanation.add("These rules rest on sources not yet verified in the primary text: "
                        + String.join(", ", unverified) + ".");
            }
        }

        private Verdict verdict(boolean classified) {
            var violations = findings.stream()
                    .filter(f -> f.severity() == Severity.VIOLATION)
                    .map(Assessment.Finding::code)
                    .toList();
            var unmet = requirements.stream()
                    .filter(r -> Boolean.FALSE.equals(r.satisfied()))
                    .map(Assessment.Requirement::code)
                    .toList();
            var unknown = requirements.stream()
                    .filter(r -> r.satisfied() == null)
                    .map(Assessment.Requirement::code)
                    .toList();
            // A requirement is known to be unmet only under a classification that is itself known: while an
            // earlier classification stays open, the unmet one may not apply at all.
            if (!violations.isEmpty() || !unmet.isEmpty() && openAlternatives.isEmpty()) {
                explanation.add("Verdict not_permitted: " + because(violations, "violation")
                        + (violations.isEmpty() || unmet.isEmpty() ? "" : "; ") + because(unmet, "unmet requirement")
                        + ".");
                return Verdict.NOT_PERMITTED;
            }
            if (!classified || !openAlternatives.isEmpty()) {
                explanation.add(
                        "Verdict undetermined: the rulebook cannot settle what the offering is until the missing facts above are given.");
                return Verdict.UNDETERMINED;
            }
            if (!unknown.isEmpty() || !openViolations.isEmpty()) {
                explanation.add("Verdict permitted_if: lawful only if "
                        + (unknown.isEmpty() ? "" : String.join(", ", unknown) + " are met")
                        + (unknown.isEmpty() || openViolations.isEmpty() ? "" : " and ")
                        + (openViolations.isEmpty()
                                ? ""
                                : "the facts not given (" + String.join(", ", openViolationFacts) + ") rule out "
                                        + String.join(", ", openViolations))
                        + ".");
                return Verdict.PERMITTED_IF;
            }
            explanation.add("Verdict permitted: nothing in the rulebook in force on " + date
                    + " forbids the offering as described.");
            return Verdict.PERMITTED;
        }

        private static String because(List<String> codes, String what) {
            if (codes.isEmpty()) return "";
            return what + (codes.size() > 1 ? "s " : " ") + String.join(", ", codes);
        }

        private Assessment.Classification classification(Law.ClassificationRule rule) {
            return new Assessment.Classification(
                    rule.code(),
                    rule.label(),
                    rule.labelJa(),
                    rule.meta().status().code(),
                    rule.meta().citations(),
                    rule.because(),
                    rule.becauseJa());
        }

        private Assessment.Classification undeterminedClassification() {
            return new Assessment.Classification(
                    law.code() + ".UNDETERMINED",
                    "Not determined from the facts given",
                    "与えられた事実からは判断できません",
                    null,
                    List.of(),
                    null,
                    null);
        }
    }
}
