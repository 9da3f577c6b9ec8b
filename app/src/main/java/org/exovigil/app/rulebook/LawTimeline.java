package org.exovigil.app.rulebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.exovigil.rulebook.Jurisdiction;

/**
 * What changed when in one jurisdiction's law: every date on which a rule came into force or stopped
 * applying, oldest first. A rule in force until 30 May 2025 and its successor from 31 May 2025 meet on
 * one line, 31 May 2025, so a boundary such as Japan's ASRM amendment reads as one change, not two.
 * Rules in force since before the rulebook's records (no start date) and with no end have no moment.
 */
record LawTimeline(List<Moment> moments) {

    /** One date and the rules that begin on it, or whose last day was the day before. */
    record Moment(LocalDate date, boolean upcoming, List<Jurisdiction.Rule> begin, List<Jurisdiction.Rule> end) {}

    /** Rules in reading order: the oldest first, so a successor follows the rule it replaces. */
    static final Comparator<Jurisdiction.Rule> BY_DATES = Comparator.comparing(
                    Jurisdiction.Rule::effectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Jurisdiction.Rule::effectiveTo, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Jurisdiction.Rule::id);

    static LawTimeline of(Jurisdiction law, LocalDate today) {
        var begin = new TreeMap<LocalDate, List<Jurisdiction.Rule>>();
        var end = new TreeMap<LocalDate, List<Jurisdiction.Rule>>();
        for (var rule : law.rules()) {
            if (rule.effectiveFrom() != null)
                begin.computeIfAbsent(rule.effectiveFrom(), d -> new ArrayList<>())
                        .add(rule);
            // effective_to is the last day in force (inclusive), so the law changes the day after.
            if (rule.effectiveTo() != null)
                end.computeIfAbsent(rule.effectiveTo().plusDays(1), d -> new ArrayList<>())
                        .add(rule);
        }
        var dates = new TreeMap<LocalDate, Boolean>();
        begin.keySet().forEach(d -> dates.put(d, true));
        end.keySet().forEach(d -> dates.put(d, true));
        var moments = new ArrayList<Moment>();
        for (var date : dates.keySet()) {
            moments.add(new Moment(
                    date,
                    date.isAfter(today),
                    sorted(begin.getOrDefault(date, List.of())),
                    sorted(end.getOrDefault(date, List.of()))));
        }
        return new LawTimeline(List.copyOf(moments));
    }

    private static List<Jurisdiction.Rule> sorted(List<Jurisdiction.Rule> rules) {
        return rules.stream().sorted(BY_DATES).toList();
    }
}
