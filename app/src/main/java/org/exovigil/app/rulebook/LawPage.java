package org.exovigil.app.rulebook;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exovigil.rulebook.InformationPower;
import org.exovigil.rulebook.Jurisdiction;

/**
 * One jurisdiction's law as people read it: its rules grouped by what they decide, in the order a reader
 * meets them, and the timeline of when the law changed.
 *
 * @param version the rulebook's version
 * @param appliesTo the codes this law governs, sorted
 * @param rulesByKind the rules of each kind of {@link #KINDS}, in that order, each kind oldest first
 * @param powers what a regulator may require of whom to establish the facts of an adverse event, in force today: the
 *     basis a request for evidence cites (issue 20); empty where the rulebook records none, and any answer is voluntary
 */
record LawPage(
        Jurisdiction law,
        JurisdictionLabel label,
        String version,
        List<String> appliesTo,
        Map<String, List<Jurisdiction.Rule>> rulesByKind,
        LawTimeline timeline,
        List<InformationPower> powers) {

    /** The order in which a reader meets the law: what a product is, what it needs, what is wrong, who must be told. */
    static final List<String> KINDS = List.of("classification", "requirement", "finding", "reporting");

    static LawPage of(Jurisdiction law, String version, LocalDate today, List<InformationPower> powers) {
        var byKind = new LinkedHashMap<String, List<Jurisdiction.Rule>>();
        for (var kind : KINDS) {
            byKind.put(
                    kind,
                    law.rules().stream()
                            .filter(r -> r.kind().equals(kind))
                            .sorted(LawTimeline.BY_DATES)
                            .toList());
        }
        return new LawPage(
                law,
                JurisdictionLabel.of(law.code()),
                version,
                law.appliesTo().stream().sorted().toList(),
                byKind,
                LawTimeline.of(law, today),
                List.copyOf(powers));
    }
}
