package org.exovigil.vigilance.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Finds suspected duplicate reports in a collection of cases, after vigiMatch (UMC, "Deduplication
 * through vigiMatch"; Norén, Orre, Bate, Data Min Knowl Disc 2007;14:305–328):
 *
 * <ol>
 *   <li>Blocking ({@code CandidatePairs}): only cases sharing a (product, event) combination are compared,
 *       plus every pair in which one report names the other's id.
 *   <li>Scoring ({@code PairScorer}): each pair gets the sum of the hit-miss field weights, with value
 *       frequencies and spreads taken from the collection itself; the same collection therefore gives
 *       the same weights, and a larger one gives better estimates of how rare a value is.
 *   <li>Pairs at or above the reviewed threshold, and externally indicated pairs whatever their score,
 *       are suspected duplicates.
 *   <li>Complete-link grouping ({@code CompleteLinkage}), and per group a master: the most complete
 *       report by {@link Completeness}, then the one received last, then the smallest id.
 * </ol>
 *
 * <p>The result depends only on the cases and the parameters, not on their order or on threads: cases
 * are numbered in the order of their ids, and pairs are compared in parallel but collected in order.
 */
public final class DuplicateDetection {

    /** Cases per unit of parallel work; each unit keeps its own marks of the partners seen. */
    private static final int CHUNK = 512;

    private static final Comparator<CaseFacts> MASTER_FIRST = Comparator.comparingDouble(
                    (CaseFacts c) -> c.completeness().score())
            .reversed()
            .thenComparing(CaseFacts::receivedOn, Comparator.nullsFirst(Comparator.reverseOrder()))
            .thenComparing(CaseFacts::id);

    /** The reason a pair below the threshold is still linked. */
    private static final String CONFIRMED = "confirmed a duplicate by a reviewer";

    private final MatchParameters parameters;

    private DuplicateDetection(MatchParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public static DuplicateDetection of(MatchParameters parameters) {
        return new DuplicateDetection(parameters);
    }

    /** With the reviewed parameters shipped in {@code vigilance/duplicate-detection.yaml}. */
    public static DuplicateDetection bundled() {
        return of(MatchParameters.bundled());
    }

    public MatchParameters parameters() {
        return parameters;
    }

    /**
     * The suspected duplicates among {@code cases}.
     *
     * @throws IllegalArgumentException when two cases have the same id
     */
    public DuplicateGroups find(Collection<CaseFacts> cases) {
        return find(cases, ReviewedPairs.NONE);
    }

    /**
     * The suspected duplicates among {@code cases}, with reviewers' decisions applied before grouping:
     * a rejected pair is dropped, a confirmed one kept whatever its score.
     *
     * @throws IllegalArgumentException when two cases have the same id
     */
    public DuplicateGroups find(Collection<CaseFacts> cases, ReviewedPairs reviewed) {
        List<CaseFacts> sorted = inIdOrder(cases);
        LongAdder compared = new LongAdder();
        Scored scored = score(sorted, compared, false);
        Map<Long, SuspectedDuplicate> byPair = new HashMap<>();
        List<SuspectedDuplicate> suspected = new ArrayList<>();
        List<CompleteLinkage.Link> links = new ArrayList<>();
        for (Pair pair : reviewed(sorted, scored, reviewed)) {
            var evidence = new SuspectedDuplicate(
                    sorted.get(pair.first()).id(),
                    sorted.get(pair.second()).id(),
                    pair.score(),
                    scored.scorer().evidence(pair.first(), pair.second()),
                    pair.externalIndication());
            suspected.add(evidence);
            byPair.put(CandidatePairs.pair(pair.first(), pair.second()), evidence);
            double strength = pair.externalIndication() != null ? Double.POSITIVE_INFINITY : pair.score();
            links.add(new CompleteLinkage.Link(pair.first(), pair.second(), strength));
        }
        List<DuplicateGroup> groups = new ArrayList<>();
        for (List<Integer> members : CompleteLinkage.groups(links)) {
            List<SuspectedDuplicate> evidence = new ArrayList<>();
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    evidence.add(byPair.get(CandidatePairs.pair(members.get(x), members.get(y))));
                }
            }
            String master = members.stream()
                    .map(sorted::get)
                    .sorted(MASTER_FIRST)
                    .findFirst()
                    .orElseThrow()
                    .id();
            groups.add(new DuplicateGroup(
                    master, members.stream().map(m -> sorted.get(m).id()).toList(), evidence));
        }
        return new DuplicateGroups(groups, suspected, compared.sum());
    }

    /** The scored pairs without the rejected ones, and the confirmed ones added if the score missed them. */
    private static List<Pair> reviewed(List<CaseFacts> sorted, Scored scored, ReviewedPairs reviewed) {
        if (reviewed.same().isEmpty() && reviewed.distinct().isEmpty()) {
            return scored.pairs();
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i).id(), i);
        }
        Map<Long, Pair> kept = new java.util.TreeMap<>();
        for (Pair pair : scored.pairs()) {
            var ids = ReviewedPairs.CasePair.of(
                    sorted.get(pair.first()).id(), sorted.get(pair.second()).id());
            if (!reviewed.distinct().contains(ids)) {
                kept.put(CandidatePairs.pair(pair.first(), pair.second()), pair);
            }
        }
        for (ReviewedPairs.CasePair same : reviewed.same()) {
            Integer first = index.get(same.first());
            Integer second = index.get(same.second());
            if (first != null && second != null && !reviewed.distinct().contains(same)) {
                kept.computeIfAbsent(
                        CandidatePairs.pair(first, second),
                        key -> new Pair(first, second, scored.scorer().total(first, second), CONFIRMED));
            }
        }
        return kept.values().stream()
                .sorted(Comparator.comparingInt(Pair::first).thenComparingInt(Pair::second))
                .toList();
    }

    /**
     * Every pair that blocking lets through, with its score, for measuring how scores of true duplicates
     * and of other pairs spread (how UMC sets the threshold). Not part of the public API.
     */
    List<ScoredPair> scoredCandidates(Collection<CaseFacts> cases) {
        List<CaseFacts> sorted = inIdOrder(cases);
        return score(sorted, new LongAdder(), true).pairs().stream()
                .map(p -> new ScoredPair(
                        sorted.get(p.first()).id(),
                        sorted.get(p.second()).id(),
                        p.score(),
                        p.externalIndication() != null))
                .toList();
    }

    record ScoredPair(String first, String second, double score, boolean externallyIndicated) {}

    private record Pair(int first, int second, double score, String externalIndication) {}

    private record Scored(PairScorer scorer, List<Pair> pairs) {}

    private Scored score(List<CaseFacts> sorted, LongAdder compared, boolean keepAll) {
        int n = sorted.size();
        if (n < 2) {
            return new Scored(null, List.of());
        }
        PairScorer scorer = new PairScorer(sorted, parameters);
        CandidatePairs candidates = new CandidatePairs(sorted, parameters.maxBlock());
        double threshold = parameters.threshold();
        List<Pair> pairs = IntStream.range(0, (n + CHUNK - 1) / CHUNK)
                .parallel()
                .mapToObj(chunk -> {
                    int[] seen = new int[n];
                    Arrays.fill(seen, -1);
                    List<Pair> found = new ArrayList<>();
                    long count = 0;
                    for (int i = chunk * CHUNK; i < Math.min(n, (chunk + 1) * CHUNK); i++) {
                        int first = i;
                        long[] partners = {0};
                        candidates.forEachPartner(first, seen, j -> {
                            partners[0]++;
                            double total = scorer.total(first, j);
                            String indication = candidates.externalIndication(first, j);
                            if (keepAll || total >= threshold || indication != null) {
                                found.add(new Pair(first, j, total, indication));
                            }
                        });
                        count += partners[0];
                    }
                    compared.add(count);
                    return found;
                })
                .flatMap(List::stream)
                .sorted(Comparator.comparingInt(Pair::first).thenComparingInt(Pair::second))
                .toList();
        return new Scored(scorer, pairs);
    }

    private static List<CaseFacts> inIdOrder(Collection<CaseFacts> cases) {
        List<CaseFacts> sorted =
                cases.stream().sorted(Comparator.comparing(CaseFacts::id)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException(
                        "two cases have the id " + sorted.get(i).id());
            }
        }
        return sorted;
    }
}
