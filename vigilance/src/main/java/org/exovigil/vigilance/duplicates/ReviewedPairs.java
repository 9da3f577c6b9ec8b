package org.exovigil.vigilance.duplicates;

import java.util.Set;

/**
 * What reviewers have decided about pairs of cases: confirmed duplicates stay linked whatever their
 * score (a follow-up may have changed the facts the score rests on), rejected ones are never grouped
 * again. vigiMatch's output is a suspicion; a person's decision overrides it.
 *
 * @param same     pairs confirmed to be reports of one case
 * @param distinct pairs confirmed to be different cases
 */
public record ReviewedPairs(Set<CasePair> same, Set<CasePair> distinct) {

    public static final ReviewedPairs NONE = new ReviewedPairs(Set.of(), Set.of());

    public ReviewedPairs {
        same = Set.copyOf(same);
        distinct = Set.copyOf(distinct);
    }

    /** Two case ids in sorted order, so that a pair is equal to itself reversed. */
    public record CasePair(String first, String second) {

        public static CasePair of(String a, String b) {
            return a.compareTo(b) <= 0 ? new CasePair(a, b) : new CasePair(b, a);
        }
    }
}
