package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.exovigil.vigilance.e2b.ExportProfile;
import org.exovigil.vigilance.e2b.ProfileFinding;
import org.junit.jupiter.api.Test;

/** The one line a refused export is: the code, the count, and the first findings with their case and element. */
class E2bExportTest {

    private static ProfileFinding finding(String rule, String element) {
        return new ProfileFinding(rule, element, "something", "ICH E2B(R3) IG");
    }

    @Test
    void aRefusalNamesEveryCaseItCanBeforeASecondFindingOfAnyAndCountsTheRest() {
        var manyFindings = new E2bExport.CaseFindings(
                "EXO-2026-0000001",
                "JP-1",
                IntStream.range(0, 6)
                        .mapToObj(k -> finding("ICH-G.k.2.2", "G.k.2.2[" + k + "]"))
                        .toList());
        var oneFinding =
                new E2bExport.CaseFindings("EXO-2026-0000002", "JP-2", List.of(finding("ICH-C.2.r.4", "C.2.r.4[0]")));

        String message = new E2bExport.Refused(ExportProfile.FDA, List.of(manyFindings, oneFinding), 9).message();

        assertThat(message)
                .startsWith("EXO-1250: nothing written: 2 of 9 cases break profile fda: "
                        + "case JP-1 (EXO-2026-0000001): G.k.2.2[0]: expected something (ICH-G.k.2.2); "
                        + "case JP-2 (EXO-2026-0000002): C.2.r.4[0]: expected something (ICH-C.2.r.4); ")
                .endsWith("; and 2 more")
                .doesNotContain("\n");
    }
}
