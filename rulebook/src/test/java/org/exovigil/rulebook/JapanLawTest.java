package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.*;

import org.junit.jupiter.api.Test;

/** Scenarios written from the ASRM, its 2025 amendment, the PMD Act and the MHLW notices of 31 Jul 2024. */
class JapanLawTest {

    private static final String CLINIC_DRIP = """
        {"jurisdiction":"JP","date":"2025-08-01",
         "product":{"type":"culture_supernatant","origin":"human","source":"dental_pulp","positioned_as":"drug"},
         "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["fatigue","skin_antiaging"],"administered_by":"physician"},
         "claims":["price"]}
        """;

    @Test
    void a_physician_may_give_supernatant_drips_outside_the_asrm_but_no_one_must_report_harm() {
        var a = assess(CLINIC_DRIP);
        assertThat(a.classification().code()).isEqualTo("JP.OUTSIDE_ASRM");
        assertThat(a.classification().status()).isEqualTo("unsettled");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(a)).contains("NO_MANDATORY_AE_REPORTING", "PHYSICIAN_RESPONSIBILITY", "LAW_UNSETTLED");
        assertThat(a.adverseEventReporting()).isEmpty();
    }

    @Test
    void without_knowing_who_gives_it_the_verdict_is_only_permitted_if() {
        var a = assess(CLINIC_DRIP.replace(",\"administered_by\":\"physician\"", ""));
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(satisfied(a, "PHYSICIAN_RESPONSIBILITY")).isNull();
    }

    @Test
    void the_physician_responsibility_notice_applies_from_31_july_2024() {
        assertThat(findingCodes(assess(CLINIC_DRIP.replace("2025-08-01", "2024-07-30"))))
                .doesNotContain("PHYSICIAN_RESPONSIBILITY");
        assertThat(findingCodes(assess(CLINIC_DRIP.replace("2025-08-01", "2024-07-31"))))
                .contains("PHYSICIAN_RESPONSIBILITY");
    }

    @Test
    void processed_cells_need_a_provision_plan_and_carry_7_and_15_day_reporting() {
        var a = assess("""
            {"jurisdiction":"JP","product":{"type":"stem_cell","origin":"human","source":"adipose","contains_cells":true},
             "use":{"setting":"clinic_commercial","routes":["iv"],"administered_by":"physician"},"authorizations":[]}
            """);
        assertThat(a.classification().code()).isEqualTo("JP.ASRM");
        assertThat(satisfied(a, "ASRM_PLAN")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
        assertThat(reportingDays(a)).containsExactly(7, 15, 10);
    }

    @Test
    void engineered_vesicles_fall_under_the_asrm_only_from_31_may_2025() {
        var offering = """
            {"jurisdiction":"JP","date":"%s","product":{"type":"exosome","origin":"human","genetically_modified":true,"positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["cancer"],"administered_by":"physician"}}
            """;
        assertThat(assess(offering.formatted("2025-05-30")).classification().code())
                .isEqualTo("JP.OUTSIDE_ASRM");
        var after = assess(offering.formatted("2025-05-31"));
        assertThat(after.classification().code()).isEqualTo("JP.ASRM");
        assertThat(requirementCodes(after)).contains("ASRM_PLAN", "CERTIFIED_COMMITTEE_REVIEW");
    }

    @Test
    void plain_exosomes_stay_outside_the_asrm_after_the_2025_amendment() {
        var a = assess(CLINIC_DRIP.replace("2025-08-01", "2025-06-01"));
        assertThat(a.classification().code()).isEqualTo("JP.OUTSIDE_ASRM");
        assertThat(citedSources(a)).anyMatch(s -> s.contains("31 May 2025"));
    }

    @Test
    void a_reagent_sold_with_therapeutic_claims_breaches_the_pmd_act() {
        var a = assess("""
            {"jurisdiction":"JP","product":{"type":"exosome","origin":"human","positioned_as":"research_reagent"},
             "use":{"setting":"retail_sale"},"claims":["efficacy_claim"]}
            """);
        assertThat(findingCodes(a)).contains("REAGENT_USED_CLINICALLY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void claiming_a_plan_approval_for_a_cell_free_treatment_is_false() {
        var a = assess(
                CLINIC_DRIP.replace("\"claims\":[\"price\"]", "\"claims\":[\"plan_approved\",\"approval_claim\"]"));
        assertThat(findingCodes(a)).contains("FALSE_PLAN_CLAIM", "FALSE_APPROVAL_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void a_beautician_may_not_inject() {
        var a = assess("""
            {"jurisdiction":"JP","product":{"type":"exosome","origin":"human","positioned_as":"cosmetic"},
             "use":{"setting":"beauty_salon","routes":["injection_local"],"administered_by":"beautician"}}
            """);
        assertThat(findingCodes(a)).contains("UNQUALIFIED_ADMINISTRATOR", "COSMETIC_ADMINISTERED_INVASIVELY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }
}
