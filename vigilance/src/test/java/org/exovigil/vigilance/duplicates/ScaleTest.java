package org.exovigil.vigilance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Fifty thousand reports go through in one call and come out in sane groups. No timing is asserted (the
 * machine may be busy); {@link DuplicateDetectionBenchmark} measures throughput.
 */
class ScaleTest {

    @Test
    void fiftyThousandReportsFormSaneGroups() {
        var store = SyntheticCases.generate(50_000L, 45_000, 0.10);
        var detection = DuplicateDetection.bundled();

        long start = System.nanoTime();
        DuplicateGroups found = detection.find(store.cases());
        double seconds = (System.nanoTime() - start) / 1e9;

        int n = store.cases().size();
        System.out.printf(
                "%d reports in %.1f s, %d pairs compared of %d%n",
                n, seconds, found.comparedPairs(), (long) n * (n - 1) / 2);
        System.out.println(Evaluation.of(store, found).summary());
        assertThat(n).isGreaterThan(49_000);
        assertThat(found.comparedPairs()).isLessThan((long) n * 200);
        Set<String> grouped = new HashSet<>();
        Set<String> suspected = new HashSet<>();
        found.suspectedPairs().forEach(p -> suspected.add(SyntheticCases.key(p.first(), p.second())));
        for (DuplicateGroup group : found.groups()) {
            int k = group.members().size();
            assertThat(k).isGreaterThanOrEqualTo(2);
            assertThat(group.members()).contains(group.master()).isSorted();
            assertThat(group.pairs()).hasSize(k * (k - 1) / 2);
            for (SuspectedDuplicate pair : group.pairs()) {
                assertThat(suspected).contains(SyntheticCases.key(pair.first(), pair.second()));
                assertThat(pair.isExternallyIndicated()
                                || pair.score() >= detection.parameters().threshold())
                        .isTrue();
            }
            for (String member : group.members()) {
                assertThat(grouped.add(member))
                        .as("%s is in one group only", member)
                        .isTrue();
                assertThat(found.masterOf(member)).isEqualTo(group.master());
            }
        }
        assertThat(Evaluation.of(store, found).precision()).isGreaterThanOrEqualTo(0.9);
    }
}
