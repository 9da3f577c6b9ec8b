package org.exovigil.vigilance.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Complete-link agglomerative clustering of suspected pairs, as vigiMatch groups its pairs (UMC,
 * "Deduplication through vigiMatch"): a group holds only cases of which every pair is suspected.
 *
 * <p>Method (the classical hierarchical agglomeration, on a sparse graph): every case starts alone. The
 * linkage of two groups is the lowest score among all pairs across them, and undefined when any such pair
 * is not suspected (its score is below the threshold, which complete link treats as −∞). Repeatedly the
 * two groups with the highest linkage merge; after a merge the new group's linkage to a third is the
 * lower of the two old ones (the complete-link case of Lance and Williams' update, Comput J
 * 1967;9:373–380), and it keeps a link only to groups linked to both halves. It stops when no linked
 * groups remain. So A~B, B~C without A~C gives the best-scoring pair as a group and leaves the third case
 * alone, never A, B and C together.
 *
 * <p>Links are kept per group in maps and candidate merges in a priority queue with stale entries
 * skipped, so the work is O(E log E) for E suspected pairs rather than the O(n³) of a full matrix. Ties
 * are broken by the smallest case indices, so the result does not depend on the order of the pairs.
 */
final class CompleteLinkage {

    /** A suspected pair of case indices with the score that ranks it; +∞ for an externally indicated pair. */
    record Link(int first, int second, double strength) {}

    private record Merge(double linkage, int first, int second) {}

    private static final Comparator<Merge> BEST_FIRST = Comparator.comparingDouble(Merge::linkage)
            .reversed()
            .thenComparingInt(Merge::first)
            .thenComparingInt(Merge::second);

    private final Map<Integer, List<Integer>> members = new HashMap<>();
    private final Map<Integer, Map<Integer, Double>> links = new HashMap<>();
    private final PriorityQueue<Merge> queue = new PriorityQueue<>(BEST_FIRST);

    private CompleteLinkage() {}

    /** The groups of two or more case indices, each sorted, in the order of their smallest index. */
    static List<List<Integer>> groups(List<Link> suspected) {
        CompleteLinkage linkage = new CompleteLinkage();
        for (Link link : suspected) {
            linkage.add(link);
        }
        linkage.merge();
        return linkage.members.values().stream()
                .filter(m -> m.size() > 1)
                .map(m -> m.stream().sorted().toList())
                .sorted(Comparator.comparingInt(m -> m.getFirst()))
                .toList();
    }

    private void add(Link link) {
        int a = Math.min(link.first(), link.second());
        int b = Math.max(link.first(), link.second());
        if (a == b) {
            return;
        }
        for (int group : new int[] {a, b}) {
            members.computeIfAbsent(group, g -> new ArrayList<>(List.of(g)));
            links.computeIfAbsent(group, g -> new HashMap<>());
        }
        Double known = links.get(a).get(b);
        double strength = known == null ? link.strength() : Math.max(known, link.strength());
        links.get(a).put(b, strength);
        links.get(b).put(a, strength);
        queue.add(new Merge(strength, a, b));
    }

    private void merge() {
        while (!queue.isEmpty()) {
            Merge next = queue.poll();
            Map<Integer, Double> ofFirst = links.get(next.first());
            if (ofFirst == null
                    || !links.containsKey(next.second())
                    || !Double.valueOf(next.linkage()).equals(ofFirst.get(next.second()))) {
                continue; // one side was merged away, or the linkage changed since
            }
            join(next.first(), next.second());
        }
    }

    /** Merges group {@code b} into group {@code a}; a group is named by its smallest case index. */
    private void join(int a, int b) {
        int kept = Math.min(a, b);
        int gone = Math.max(a, b);
        Map<Integer, Double> keptLinks = links.get(kept);
        Map<Integer, Double> goneLinks = links.remove(gone);
        keptLinks.remove(gone);
        goneLinks.remove(kept);
        members.get(kept).addAll(members.remove(gone));
        Map<Integer, Double> joined = new HashMap<>();
        for (var entry : keptLinks.entrySet()) {
            Double other = goneLinks.get(entry.getKey());
            if (other != null) {
                joined.put(entry.getKey(), Math.min(entry.getValue(), other));
            }
        }
        for (int neighbour : keptLinks.keySet()) {
            links.get(neighbour).remove(kept);
        }
        for (int neighbour : goneLinks.keySet()) {
            links.get(neighbour).remove(gone);
        }
        links.put(kept, joined);
        for (var entry : joined.entrySet()) {
            int neighbour = entry.getKey();
            links.get(neighbour).put(kept, entry.getValue());
            queue.add(new Merge(entry.getValue(), Math.min(kept, neighbour), Math.max(kept, neighbour)));
        }
    }
}
