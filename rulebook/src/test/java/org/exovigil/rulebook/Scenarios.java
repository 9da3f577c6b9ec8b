package org.exovigil.rulebook;

import java.util.List;

/** Shared fixtures: the rulebook is loaded once, offerings are written as the JSON a user would send. */
final class Scenarios {

    static final Rulebook RULEBOOK = Rulebook.load();

    private Scenarios() {}

    static Assessment assess(String json) {
        return RULEBOOK.classify(Rulebook.readOfferings(json, "test.json").getFirst());
    }

    static List<String> findingCodes(Assessment a) {
        return a.findings().stream().map(Assessment.Finding::code).toList();
    }

    static Boolean satisfied(Assessment a, String requirement) {
        return a.requirements().stream()
                .filter(r -> r.code().equals(requirement))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no requirement " + requirement + " in " + a.requirements()))
                .satisfied();
    }

    static List<String> requirementCodes(Assessment a) {
        return a.requirements().stream().map(Assessment.Requirement::code).toList();
    }

    static List<String> citedSources(Assessment a) {
        var all = new java.util.ArrayList<String>();
        a.classification().citations().forEach(c -> all.add(c.source()));
        a.requirements().forEach(r -> r.citations().forEach(c -> all.add(c.source())));
        a.findings().forEach(f -> f.citations().forEach(c -> all.add(c.source())));
        return all;
    }

    static List<Integer> reportingDays(Assessment a) {
        return a.adverseEventReporting().stream()
                .map(Assessment.ReportingDuty::days)
                .toList();
    }
}
