package org.exovigil.rulebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One jurisdiction's law as the rulebook holds it, for people to read (the portal's "Law" pages): every
 * rule with its dates, status and sources, so what changed when can be shown.
 */
public record Jurisdiction(String code, String name, Set<String> appliesTo, LocalDate lawCurrentTo, List<Rule> rules) {

    /**
     * A rule: kind is classification, requirement, finding or reporting; text is its reasoning or message, and
     * textJa the same in Japanese (classifications and findings; null for requirements and reporting duties).
     * labelJa is the label in Japanese (null for a finding, whose label is its severity code); codeJa is the code in
     * Japanese where the code is words, a reporting duty's recipient (null otherwise). A reporting duty's text is
     * its number of days.
     */
    public record Rule(
            String kind,
            String id,
            String code,
            String codeJa,
            String label,
            String labelJa,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            String status,
            String note,
            String text,
            String textJa,
            List<Citation> citations) {}

    static Jurisdiction of(Law law) {
        var rules = new ArrayList<Rule>();
        law.classifications()
                .forEach(c -> rules.add(rule(
                        "classification",
                        c.meta(),
                        c.code(),
                        null,
                        c.label(),
                        c.labelJa(),
                        c.because(),
                        c.becauseJa())));
        law.requirements()
                .values()
                .forEach(list -> list.forEach(r -> rules.add(rule(
                        "requirement",
                        r.meta(),
                        r.code(),
                        null,
                        r.label(),
                        r.labelJa(),
                        r.noneGranted() != null ? r.noneGranted() : r.unmet(),
                        null))));
        law.findings()
                .forEach(f -> rules.add(rule(
                        "finding", f.meta(), f.code(), null, f.severity().code(), null, f.message(), f.messageJa())));
        law.reporting()
                .forEach(d -> rules.add(rule(
                        "reporting",
                        d.meta(),
                        d.to(),
                        d.toJa(),
                        d.event(),
                        d.eventJa(),
                        String.valueOf(d.days()),
                        null)));
        return new Jurisdiction(law.code(), law.name(), law.appliesTo(), law.lawCurrentTo(), List.copyOf(rules));
    }

    private static Rule rule(
            String kind,
            Law.Meta meta,
            String code,
            String codeJa,
            String label,
            String labelJa,
            String text,
            String textJa) {
        return new Rule(
                kind,
                meta.id(),
                code,
                codeJa,
                label,
                labelJa,
                meta.effective().from(),
                meta.effective().to(),
                meta.status().code(),
                meta.note(),
                text,
                textJa,
                meta.citations());
    }
}
