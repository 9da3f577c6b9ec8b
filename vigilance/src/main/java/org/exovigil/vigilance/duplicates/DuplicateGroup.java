package org.exovigil.vigilance.duplicates;

import java.util.List;
import java.util.Objects;

/**
 * Cases suspected to be reports of one case: every pair of them scored above the threshold or was
 * externally indicated (complete link). The master is the report to keep for counting, the most complete
 * by the vigiGrade-like {@link Completeness}.
 *
 * @param master  the member to keep
 * @param members every member, the master included, sorted by id
 * @param pairs   the evidence for every pair of members, sorted by the pair's ids
 */
public record DuplicateGroup(String master, List<String> members, List<SuspectedDuplicate> pairs) {

    public DuplicateGroup {
        Objects.requireNonNull(master, "master");
        members = List.copyOf(members);
        pairs = List.copyOf(pairs);
        if (!members.contains(master)) {
            throw new IllegalArgumentException("the master " + master + " is not a member of " + members);
        }
    }

    /** The members other than the master: the reports not to count again. */
    public List<String> duplicates() {
        return members.stream().filter(m -> !m.equals(master)).toList();
    }
}
