package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.*;

import org.junit.jupiter.api.Test;

/** Scenarios written from the Advanced Regenerative Bio Act (and its 21 Feb 2025 amendment), the Pharmaceutical Affairs Act and the Cosmetics Act. */
class KoreaLawTest {

    @Test
    void injecting_a_cosmetic_exosome_product_is_unlawful() {
        var a = assess("""
            {"jurisdiction":"KR","product":{"type":"exosome","origin":"human","positioned_as":"cosmetic"},
             "use":{"setting":"clinic_commercial","routes":["injection_local"],"indications":["skin_antiaging"],"administered_by":"physician"}}
            """);
        assertThat(findingCodes(a)).contains("COSMETIC_ADMINISTERED_INVASIVELY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void a_topical_culture_fluid_cosmetic_is_lawful_only_if_it_meets_the_mfds_standard() {
        var offering = """
            {"jurisdiction":"KR","product":{"type":"culture_supernatant","origin":"human","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"]},"claims":[]%s}
            """;
        assertThat(assess(offering.formatted("")).verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(assess(offering.formatted(
                                ",\"authorizations\":[{\"type\":\"KR_CULTURE_FLUID_STANDARD\",\"status\":\"active\"}]"))
                        .verdict())
                .isEqualTo(Verdict.PERMITTED);
        assertThat(assess(offering.formatted(",\"authorizations\":[]")).verdict())
                .isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void cell_treatment_outside_research_opens_on_21_february_2025() {
        var offering = """
            {"jurisdiction":"KR","date":"%s","product":{"type":"stem_cell","origin":"human","contains_cells":true,"positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["intra_articular"],"indications":["orthopedic_joint"],"administered_by":"physician"},
             "claims":[],"authorizations":[{"type":"KR_ADVANCED_REGENERATIVE_TREATMENT","status":"active"}]}
            """;
        var before = assess(offering.formatted("2025-02-20"));
        assertThat(satisfied(before, "KR_ADVANCED_REGENERATIVE_TREATMENT")).isTrue();
        var beforeWithout =
                assess(offering.formatted("2025-02-20").replace("\"status\":\"active\"", "\"status\":\"none\""));
        assertThat(satisfied(beforeWithout, "KR_ADVANCED_REGENERATIVE_TREATMENT"))
                .isFalse();
        assertThat(beforeWithout.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
        var after = assess(offering.formatted("2025-02-21"));
        assertThat(after.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    @Test
    void advanced_regenerative_treatment_is_not_for_cosmetic_use() {
        var a = assess("""
            {"jurisdiction":"KR","date":"2025-06-01","product":{"type":"stem_cell","origin":"human","contains_cells":true},
             "use":{"setting":"clinic_commercial","routes":["injection_local"],"indications":["skin_antiaging"],"administered_by":"physician"},
             "claims":[],"authorizations":[{"type":"KR_ADVANCED_REGENERATIVE_TREATMENT","status":"active"}]}
            """);
        assertThat(findingCodes(a)).contains("INDICATION_NOT_ELIGIBLE");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void whether_vesicles_are_human_cells_under_the_act_is_reported_as_unsettled_after_the_amendment() {
        var offering = """
            {"jurisdiction":"KR","date":"%s","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["immune"]}}
            """;
        assertThat(findingCodes(assess(offering.formatted("2025-01-10")))).doesNotContain("LAW_UNSETTLED");
        var after = assess(offering.formatted("2025-03-01"));
        assertThat(findingCodes(after)).contains("LAW_UNSETTLED");
        assertThat(after.classification().code()).isEqualTo("KR.BIOLOGIC_DRUG");
        assertThat(satisfied(after, "MFDS_APPROVAL")).isFalse();
    }
}
