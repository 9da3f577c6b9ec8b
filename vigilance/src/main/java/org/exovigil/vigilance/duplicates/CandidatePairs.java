package org.exovigil.vigilance.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * Which pairs are compared at all (blocking). Scoring every pair of n cases costs n²/2 comparisons; as in
 * vigiMatch and DiAna, a pair is compared only when the two cases share at least one (product, event)
 * combination, found through an inverted index from each combination to the cases that hold it. Names
 * one keystroke apart count as one here ({@link Spellings}), so that a typo in a product or a verbatim
 * event does not hide a duplicate from scoring; scoring still sees two different values.
 *
 * <p>A combination common enough to hold more than {@code maxBlock} cases (a popular product with a
 * frequent event) would bring back the quadratic cost: within such a block, two cases are compared only
 * when they also share one of a reported date, lot, provider, reporter, or age together with sex, each
 * a sub-block of the block. A sub-block that is itself larger than {@code maxBlock} is skipped: its key
 * is too common to single out a pair. So the number of comparisons stays below the number of cases times
 * {@code maxBlock} per combination held, whatever the size of the data set. Pairs in which one case names
 * the other's own id (C.1.9.1.r.2, C.1.10.r against C.1.1, C.1.8.1) are always compared.
 */
final class CandidatePairs {

    private final int maxBlock;
    private final int[][] blocksOf;
    private final int[][] casesIn;
    private final int[] oversized;
    private final int[][] secondaryOf;
    private final Map<Long, int[]> subBlocks = new HashMap<>();
    private final int[][] linkedTo;
    private final Map<Long, String> indications = new HashMap<>();

    CandidatePairs(List<CaseFacts> cases, int maxBlock) {
        this.maxBlock = maxBlock;
        int n = cases.size();
        Map<String, Integer> productGroup = Spellings.groups(
                cases.stream().flatMap(c -> c.products().stream()).toList());
        Map<String, Integer> eventGroup = Spellings.groups(
                cases.stream().flatMap(c -> c.events().stream()).toList());
        Map<Long, Integer> blockNumbers = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        blocksOf = new int[n][];
        for (int i = 0; i < n; i++) {
            CaseFacts facts = cases.get(i);
            Set<Integer> blocks = new TreeSet<>();
            for (String product : facts.products()) {
                for (String event : facts.events()) {
                    long combination = ((long) productGroup.get(product) << 32) | eventGroup.get(event);
                    int block = blockNumbers.computeIfAbsent(combination, k -> {
                        members.add(new ArrayList<>());
                        return members.size() - 1;
                    });
                    if (blocks.add(block)) {
                        members.get(block).add(i);
                    }
                }
            }
            blocksOf[i] = blocks.stream().mapToInt(Integer::intValue).toArray();
        }
        casesIn = members.stream()
                .map(m -> m.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        oversized = new int[casesIn.length];
        Arrays.fill(oversized, -1);
        secondaryOf = new int[n][];
        int ordinal = 0;
        Map<String, Integer> keyNumbers = new HashMap<>();
        Map<Long, List<Integer>> subMembers = new HashMap<>();
        for (int block = 0; block < casesIn.length; block++) {
            if (casesIn[block].length <= maxBlock) {
                continue;
            }
            oversized[block] = ordinal;
            for (int i : casesIn[block]) {
                if (secondaryOf[i] == null) {
                    secondaryOf[i] = secondaryKeys(cases.get(i), keyNumbers);
                }
                for (int key : secondaryOf[i]) {
                    subMembers
                            .computeIfAbsent(subBlock(ordinal, key), k -> new ArrayList<>())
                            .add(i);
                }
            }
            ordinal++;
        }
        subMembers.forEach((key, list) -> {
            if (list.size() <= maxBlock) {
                subBlocks.put(key, list.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        linkedTo = links(cases);
    }

    /** Calls {@code partner} once for every case after {@code i} that is to be compared with it. */
    void forEachPartner(int i, int[] seen, IntConsumer partner) {
        for (int block : blocksOf[i]) {
            if (oversized[block] < 0) {
                after(i, casesIn[block], seen, partner);
            } else {
                for (int key : secondaryOf[i]) {
                    int[] sub = subBlocks.get(subBlock(oversized[block], key));
                    if (sub != null) {
                        after(i, sub, seen, partner);
                    }
                }
            }
        }
        after(i, linkedTo[i], seen, partner);
    }

    /** Why the pair is externally indicated, or null when neither case names the other. */
    String externalIndication(int i, int j) {
        return indications.get(pair(Math.min(i, j), Math.max(i, j)));
    }

    /** How many blocks were larger than {@code maxBlock} and were compared only within sub-blocks. */
    int oversizedBlocks() {
        return (int) Arrays.stream(oversized).filter(o -> o >= 0).count();
    }

    private static void after(int i, int[] sorted, int[] seen, IntConsumer partner) {
        int from = Arrays.binarySearch(sorted, i);
        for (int k = from < 0 ? -from - 1 : from + 1; k < sorted.length; k++) {
            int j = sorted[k];
            if (seen[j] != i) {
                seen[j] = i;
                partner.accept(j);
            }
        }
    }

    private static int[] secondaryKeys(CaseFacts facts, Map<String, Integer> numbers) {
        List<String> keys = new ArrayList<>();
        facts.dates().forEach(d -> keys.add("date " + d));
        facts.lots().forEach(l -> keys.add("lot " + l));
        facts.providers().forEach(p -> keys.add("provider " + p));
        if (facts.reporter() != null) {
            keys.add("reporter " + facts.reporter());
        }
        if (facts.ageYears() != null && facts.sex() != null) {
            keys.add("age " + facts.ageYears() + " " + facts.sex().code());
        }
        return keys.stream()
                .mapToInt(k -> numbers.computeIfAbsent(k, x -> numbers.size()))
                .toArray();
    }

    private int[][] links(List<CaseFacts> cases) {
        Map<String, List<Integer>> owners = new HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            for (String id : cases.get(i).ownIds()) {
                owners.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            }
        }
        List<List<Integer>> linked = new ArrayList<>();
        cases.forEach(c -> linked.add(new ArrayList<>()));
        Map<String, Integer> firstWithContent = new HashMap<>();
        for (int j = 0; j < cases.size(); j++) {
            String content = cases.get(j).content();
            Integer i = content == null ? null : firstWithContent.putIfAbsent(content, j);
            if (i != null) {
                // A later copy is linked to the first: complete linkage then groups all copies together.
                indications.put(
                        pair(i, j),
                        "the same content word for word: %s and %s"
                                .formatted(cases.get(i).id(), cases.get(j).id()));
                linked.get(i).add(j);
                linked.get(j).add(i);
            }
        }
        for (int i = 0; i < cases.size(); i++) {
            CaseFacts citing = cases.get(i);
            for (String cited : citing.referencedIds()) {
                for (int j : owners.getOrDefault(cited, List.of())) {
                    if (j == i) {
                        continue;
                    }
                    long key = pair(Math.min(i, j), Math.max(i, j));
                    String reason = "externally indicated: %s names %s (%s)"
                            .formatted(citing.id(), cases.get(j).id(), cited);
                    if (indications.putIfAbsent(key, reason) == null) {
                        linked.get(i).add(j);
                        linked.get(j).add(i);
                    }
                }
            }
        }
        return linked.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).sorted().toArray())
                .toArray(int[][]::new);
    }

    private static long subBlock(int ordinal, int key) {
        return ((long) ordinal << 32) | key;
    }

    static long pair(int i, int j) {
        return ((long) i << 32) | j;
    }
}
