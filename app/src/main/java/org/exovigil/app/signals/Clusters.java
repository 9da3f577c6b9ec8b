package org.exovigil.app.signals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Finds clusters: per scope (a lot, a clinic, a product), the runs of cases where some window of
 * {@code windowDays} days holds at least {@code minCases} of them. Overlapping qualifying windows make
 * one cluster, so an ongoing outbreak is one alert that grows, not one alert per day.
 */
final class Clusters {

    private Clusters() {}

    /** A case linked to a scope on its day. */
    record CaseDay(long scopeId, UUID caseId, LocalDate day) {}

    /** The cases of one cluster, from its first day to its last. */
    record Cluster(long scopeId, LocalDate firstDay, LocalDate lastDay, Set<UUID> cases) {}

    static List<Cluster> find(List<CaseDay> caseDays, int windowDays, int minCases) {
        Map<Long, List<CaseDay>> byScope =
                caseDays.stream().collect(Collectors.groupingBy(CaseDay::scopeId, TreeMap::new, Collectors.toList()));
        List<Cluster> clusters = new ArrayList<>();
        byScope.forEach((scope, days) -> clusters.addAll(inScope(scope, days, windowDays, minCases)));
        return clusters;
    }

    private static List<Cluster> inScope(long scope, List<CaseDay> days, int windowDays, int minCases) {
        List<CaseDay> sorted = days.stream()
                .collect(Collectors.toMap(
                        CaseDay::caseId, day -> day, (a, b) -> a.day().isBefore(b.day()) ? a : b))
                .values()
                .stream()
                .sorted(Comparator.comparing(CaseDay::day).thenComparing(CaseDay::caseId))
                .toList();
        List<Cluster> clusters = new ArrayList<>();
        Set<UUID> current = new LinkedHashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            while (ChronoUnit.DAYS.between(
                            sorted.get(start).day(), sorted.get(end).day())
                    >= windowDays) {
                start++;
            }
            if (end - start + 1 < minCases) {
                continue;
            }
            if (last != null && sorted.get(start).day().isAfter(last)) {
                clusters.add(new Cluster(scope, first, last, Set.copyOf(current)));
                current.clear();
                first = null;
            }
            for (int i = start; i <= end; i++) {
                current.add(sorted.get(i).caseId());
            }
            first = first == null ? sorted.get(start).day() : first;
            last = sorted.get(end).day();
        }
        if (!current.isEmpty()) {
            clusters.add(new Cluster(scope, first, last, Set.copyOf(current)));
        }
        return clusters;
    }
}
