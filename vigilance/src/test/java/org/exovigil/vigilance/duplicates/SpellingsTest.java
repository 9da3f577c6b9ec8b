package org.exovigil.vigilance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpellingsTest {

    @Test
    void namesOneKeystrokeApartBlockTogether() {
        Map<String, Integer> groups = Spellings.groups(List.of(
                "lumimax serum", // as meant
                "lrmimax serum", // a letter replaced
                "lumimax seru", // dropped
                "lumimaxx serum", // doubled
                "ulmimax serum", // swapped with its neighbour
                "cytolux gel"));

        assertThat(groups.get("lrmimax serum")).isEqualTo(groups.get("lumimax serum"));
        assertThat(groups.get("lumimax seru")).isEqualTo(groups.get("lumimax serum"));
        assertThat(groups.get("lumimaxx serum")).isEqualTo(groups.get("lumimax serum"));
        assertThat(groups.get("ulmimax serum")).isEqualTo(groups.get("lumimax serum"));
        assertThat(groups.get("cytolux gel")).isNotEqualTo(groups.get("lumimax serum"));
    }

    @Test
    void shortWordsAndCodesAreKeptApart() {
        Map<String, Integer> groups = Spellings.groups(List.of("rash", "rush", "meddra:10000011", "meddra:10000012"));

        assertThat(groups.values()).doesNotHaveDuplicates();
    }
}
