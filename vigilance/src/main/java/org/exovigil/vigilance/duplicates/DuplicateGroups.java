package org.exovigil.vigilance.duplicates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link DuplicateDetection#find} found: the groups of suspected duplicates with their masters and
 * evidence, and every suspected pair, also those that complete link left out of a group (A~B and B~C
 * without A~C). Groups are in the order of their first member's id.
 */
public final class DuplicateGroups {

    private final List<DuplicateGroup> groups;
    private final List<SuspectedDuplicate> suspectedPairs;
    private final long comparedPairs;
    private final Map<String, DuplicateGroup> byCase = new HashMap<>();

    DuplicateGroups(List<DuplicateGroup> groups, List<SuspectedDuplicate> suspectedPairs, long comparedPairs) {
        this.groups = List.copyOf(groups);
        this.suspectedPairs = List.copyOf(suspectedPairs);
        this.comparedPairs = comparedPairs;
        for (DuplicateGroup group : groups) {
            group.members().forEach(m -> byCase.put(m, group));
        }
    }

    public List<DuplicateGroup> groups() {
        return groups;
    }

    /** Every pair scored at or above the threshold or externally indicated, sorted by the pair's ids. */
    public List<SuspectedDuplicate> suspectedPairs() {
        return suspectedPairs;
    }

    public Optional<DuplicateGroup> groupOf(String caseId) {
        return Optional.ofNullable(byCase.get(caseId));
    }

    /** The report to count for {@code caseId}: its group's master, or the case itself when it is in none. */
    public String masterOf(String caseId) {
        DuplicateGroup group = byCase.get(caseId);
        return group == null ? caseId : group.master();
    }

    /** How many pairs blocking let through to be scored, out of n(n − 1)/2. */
    public long comparedPairs() {
        return comparedPairs;
    }
}
