package org.exovigil.vigilance.duplicates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Precision and recall of a run against the known duplicates of a {@link SyntheticCases.Store}.
 * Pairwise: a pair counts as found when both cases are in one group (or, for the suspected pairs, when
 * the pair was suspected). Group-level: how many true groups came out exactly, how many found groups hold
 * reports of one case only, and how many cases remain when each group is counted once.
 */
record Evaluation(
        long truePairs,
        long foundPairs,
        long correctPairs,
        long suspectedPairs,
        long correctSuspected,
        long trueGroups,
        long exactGroups,
        long foundGroups,
        long pureGroups,
        long reports,
        long trueCases,
        long countedCases) {

    static Evaluation of(SyntheticCases.Store store, DuplicateGroups found) {
        Set<String> truth = store.truePairs();
        Set<String> grouped = new HashSet<>();
        for (DuplicateGroup group : found.groups()) {
            List<String> m = group.members();
            for (int x = 0; x < m.size(); x++) {
                for (int y = x + 1; y < m.size(); y++) {
                    grouped.add(SyntheticCases.key(m.get(x), m.get(y)));
                }
            }
        }
        long correct = grouped.stream().filter(truth::contains).count();
        long suspectedCorrect = found.suspectedPairs().stream()
                .filter(p -> truth.contains(SyntheticCases.key(p.first(), p.second())))
                .count();
        Map<String, Set<String>> trueGroups = new HashMap<>();
        store.trueCaseOf()
                .forEach((report, t) ->
                        trueGroups.computeIfAbsent(t, k -> new HashSet<>()).add(report));
        Set<Set<String>> multi =
                trueGroups.values().stream().filter(g -> g.size() > 1).collect(Collectors.toSet());
        Set<Set<String>> foundSets =
                found.groups().stream().map(g -> Set.copyOf(g.members())).collect(Collectors.toSet());
        long exact = multi.stream().filter(foundSets::contains).count();
        long pure = found.groups().stream()
                .filter(g -> g.members().stream()
                                .map(store.trueCaseOf()::get)
                                .distinct()
                                .count()
                        == 1)
                .count();
        long counted = store.cases().stream()
                .map(c -> found.masterOf(c.id()))
                .distinct()
                .count();
        return new Evaluation(
                truth.size(),
                grouped.size(),
                correct,
                found.suspectedPairs().size(),
                suspectedCorrect,
                multi.size(),
                exact,
                found.groups().size(),
                pure,
                store.cases().size(),
                store.trueCases(),
                counted);
    }

    double precision() {
        return foundPairs == 0 ? 1 : (double) correctPairs / foundPairs;
    }

    double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    double suspectedPrecision() {
        return suspectedPairs == 0 ? 1 : (double) correctSuspected / suspectedPairs;
    }

    double suspectedRecall() {
        return truePairs == 0 ? 1 : (double) correctSuspected / truePairs;
    }

    String summary() {
        return String.format(
                Locale.ROOT,
                "%d reports of %d true cases, %d true duplicate pairs in %d groups%n"
                        + "  grouped pairs: precision %.3f, recall %.3f (%d of %d found, %d wrong)%n"
                        + "  suspected pairs: precision %.3f, recall %.3f (%d suspected)%n"
                        + "  groups: %d found, %d pure (%.3f); %d of %d true groups exactly (%.3f)%n"
                        + "  cases counted once per group: %d (true %d, without deduplication %d)",
                reports,
                trueCases,
                truePairs,
                trueGroups,
                precision(),
                recall(),
                correctPairs,
                truePairs,
                foundPairs - correctPairs,
                suspectedPrecision(),
                suspectedRecall(),
                suspectedPairs,
                foundGroups,
                pureGroups,
                foundGroups == 0 ? 1.0 : (double) pureGroups / foundGroups,
                exactGroups,
                trueGroups,
                trueGroups == 0 ? 1.0 : (double) exactGroups / trueGroups,
                countedCases,
                trueCases,
                reports);
    }
}
