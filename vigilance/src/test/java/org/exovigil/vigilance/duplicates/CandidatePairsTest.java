package org.exovigil.vigilance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

    static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    static TestReport inBlock(String sender, int day) {
        return TestReport.report(sender)
                .received(DAY.plusDays(day))
                .reaction("nausea", null)
                .product("Exosome Serum", null, null, null)
                .narrative("Nausea, as told in report " + sender + "."); // each its own patient
    }

    @Test
    void onlyCasesSharingAProductWithAnEventAreCompared() {
        List<CaseFacts> cases = List.of(
                inBlock("S-0", 0).facts("a"),
                inBlock("S-1", 1).facts("b"),
                TestReport.report("S-2")
                        .reaction("nausea", null)
                        .product("Other Gel", null, null, null)
                        .facts("c"));

        assertThat(partners(new CandidatePairs(cases, 10), 3)).containsExactly("0-1");
    }

    @Test
    void anOversizedBlockIsComparedOnlyWithinRarerSharedKeys() {
        List<CaseFacts> cases = List.of(
                inBlock("S-0", 0).product("Exosome Serum", "LOT-1", null, null).facts("a"),
                inBlock("S-1", 10).product("Exosome Serum", "LOT-1", null, null).facts("b"),
                inBlock("S-2", 20).reporter("Dr Kim", null, null).facts("c"),
                inBlock("S-3", 30).reporter("Dr Kim", null, null).facts("d"),
                inBlock("S-4", 40).facts("e"),
                inBlock("S-5", 50).facts("f").withReferencedIds(List.of("S-4")));

        CandidatePairs candidates = new CandidatePairs(cases, 3);

        assertThat(candidates.oversizedBlocks()).isEqualTo(1);
        assertThat(partners(candidates, 6)).containsExactly("0-1", "2-3", "4-5");
        assertThat(candidates.externalIndication(5, 4)).isEqualTo("externally indicated: f names e (S-4)");
    }

    @Test
    void aSharedKeyTooCommonToSingleOutAPairIsSkipped() {
        List<CaseFacts> cases = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            cases.add(inBlock("S-" + k, 0).facts("c" + k)); // all received on one day
        }

        assertThat(partners(new CandidatePairs(cases, 3), 5)).isEmpty();
        assertThat(partners(new CandidatePairs(cases, 5), 5)).hasSize(10);
    }

    @Test
    void copiesWordForWordAreComparedEvenInABlockTooLargeToCompareWhole() {
        List<CaseFacts> cases = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            cases.add(inBlock("S-" + k, 0).facts("c" + k));
        }
        cases.add(inBlock("S-2", 7).facts("copy"));

        CandidatePairs candidates = new CandidatePairs(cases, 3);

        assertThat(partners(candidates, 6)).containsExactly("2-5");
        assertThat(candidates.externalIndication(2, 5)).isEqualTo("the same content word for word: c2 and copy");
    }

    private static List<String> partners(CandidatePairs candidates, int n) {
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int first = i;
            candidates.forEachPartner(i, seen, j -> pairs.add(first + "-" + j));
        }
        return pairs;
    }
}
