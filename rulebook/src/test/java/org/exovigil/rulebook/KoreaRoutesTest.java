package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.LawfulRoutes.*;
import static org.exovigil.rulebook.Scenarios.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, South Korea: every lawful route ends permitted or permitted_if when its conditions are met, and an
 * unlawful offering ends not_permitted for the finding or unmet requirement that makes it so. Offerings are the
 * JSON a user would send; each test names the provision it rests on.
 */
class KoreaRoutesTest {

    /** An exosome cream sold for the face, with the indications and authorisations given. */
    private static String cream(String date, String indications, String authorizations) {
        return """
            {"jurisdiction":"KR","date":"%s",
             "product":{"name":"Exo cream","type":"exosome","origin":"human","source":"adipose","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"]%s,"administered_by":"self"},
             "claims":[],"authorizations":[%s]}
            """.formatted(date, indications, authorizations);
    }

    /** Umbilical-cord stem cells in research at a regenerative medicine institution, with the authorisations given. */
    private static String cellResearch(String authorizations) {
        return """
            {"jurisdiction":"KR","date":"2025-06-01",
             "product":{"type":"stem_cell","origin":"human","source":"umbilical_cord","contains_cells":true,"positioned_as":"drug"},
             "use":{"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["neurological"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(authorizations);
    }

    // ---- lawful routes ----------------------------------------------------------------------------------

    /**
     * Cosmetics Act Art 2 and the MFDS Regulation on designation of cosmetic ingredients (Notification 2010-99):
     * a notified cosmetic used on intact skin is lawful, its human culture fluid being the one condition the
     * offering does not speak to; with the MFDS standard met it is permitted. (The real case this issue reports
     * was called not_permitted; its indications were not given.)
     */
    @Test
    void a_notified_cosmetic_used_on_intact_skin_is_lawful() {
        var notified = assess(cream("2026-01-10", "", active("COSMETIC_NOTIFICATION")));
        assertThat(notified.classification().code()).isEqualTo("KR.COSMETIC");
        assertThat(notified.verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(unknownRequirements(notified)).containsExactly("KR_CULTURE_FLUID_STANDARD");

        var standard = assess(cream(
                "2026-01-10",
                ",\"indications\":[\"skin_antiaging\"]",
                active("COSMETIC_NOTIFICATION", "KR_CULTURE_FLUID_STANDARD")));
        assertThat(standard.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(reportingDays(standard)).containsExactly(15);
    }

    /**
     * Cosmetics Act Arts 2(2) and 4 as amended by Law No. 14264 (in force 30 May 2017): a cosmetic that helps
     * relieve hair-loss symptoms is a functional cosmetic, lawful once reviewed by or reported to MFDS.
     */
    @Test
    void a_hair_loss_cosmetic_is_a_functional_cosmetic_since_30_may_2017() {
        var a = assess(cream(
                "2026-01-10",
                ",\"indications\":[\"hair_loss\"]",
                active("KR_CULTURE_FLUID_STANDARD", "KR_FUNCTIONAL_COSMETIC")));
        assertThat(a.classification().code()).isEqualTo("KR.COSMETIC");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        var unsaid =
                assess(cream("2026-01-10", ",\"indications\":[\"hair_loss\"]", active("KR_CULTURE_FLUID_STANDARD")));
        assertThat(unsaid.verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(unknownRequirements(unsaid)).containsExactly("KR_FUNCTIONAL_COSMETIC");
    }

    /**
     * Advanced Regenerative Bio Act Art 12: a designated regenerative medicine institution whose research plan
     * the national review committee found suitable may do the clinical research (the committee's review counts as
     * the IRB's, Art 12(4)); the subjects' consent is the remaining condition.
     */
    @Test
    void advanced_regenerative_clinical_research_with_a_committee_approved_plan_is_lawful() {
        var a = assess(cellResearch(active("KR_ADVANCED_REGENERATIVE_RESEARCH")));
        assertThat(a.classification().code()).isEqualTo("KR.ADVANCED_REGENERATIVE");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(unknownRequirements(a)).containsExactly("INFORMED_CONSENT");
    }

    /**
     * Pharmaceutical Affairs Act Arts 31 and 34: an MFDS-approved product (here an approved cell therapy) used as
     * approved is lawful, and saying it is approved is true.
     */
    @Test
    void an_mfds_approved_product_used_as_approved_is_lawful_and_may_say_so() {
        var a = assess("""
            {"jurisdiction":"KR","date":"2026-01-10",
             "product":{"type":"stem_cell","origin":"human","source":"umbilical_cord","contains_cells":true,"positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["intra_articular"],"indications":["orthopedic_joint"],"administered_by":"physician"},
             "claims":["approval_claim","efficacy_claim"],"authorizations":[%s]}
            """.formatted(active("MFDS_APPROVAL")));
        assertThat(a.classification().code()).isEqualTo("KR.APPROVED_PRODUCT");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(a)).doesNotContain("FALSE_APPROVAL_CLAIM", "UNAPPROVED_DISEASE_CLAIM");
    }

    /**
     * Pharmaceutical Affairs Act Art 34 and KGCP, and the MFDS EV therapeutic guideline (2018, rev. 2023): an
     * EV therapeutic may be tested in an MFDS-approved trial with IRB approval and consent.
     */
    @Test
    void an_mfds_approved_trial_of_an_ev_therapeutic_is_lawful() {
        var a = assess("""
            {"jurisdiction":"KR","date":"2026-01-10",
             "product":{"type":"extracellular_vesicle","origin":"human","source":"bone_marrow","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["respiratory"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(active("CTA", "IRB", "INFORMED_CONSENT")));
        assertThat(a.classification().code()).isEqualTo("KR.BIOLOGIC_DRUG");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(reportingDays(a)).containsExactly(7, 15);
    }

    // ---- unlawful offerings -----------------------------------------------------------------------------

    /**
     * Cosmetics Act Art 2 and Medical Service Act Art 66 (the 2025 court decision upholding a licence suspension):
     * a cosmetic exosome product may not be injected.
     */
    @Test
    void injecting_a_cosmetic_is_unlawful_even_when_notified() {
        var a = assess("""
            {"jurisdiction":"KR","date":"2026-01-10",
             "product":{"type":"exosome","origin":"human","positioned_as":"cosmetic"},
             "use":{"setting":"clinic_commercial","routes":["injection_local"],"indications":["skin_antiaging"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(active("COSMETIC_NOTIFICATION", "KR_CULTURE_FLUID_STANDARD")));
        assertThat(findingCodes(a)).contains("COSMETIC_ADMINISTERED_INVASIVELY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * Pharmaceutical Affairs Act Arts 31 and 68: an exosome drip sold for disease at a clinic, holding no approval
     * (its list of authorisations is empty), is an unapproved drug advertised for disease.
     */
    @Test
    void an_exosome_drip_for_disease_without_mfds_approval_is_unlawful() {
        var a = assess("""
            {"jurisdiction":"KR","date":"2026-01-10",
             "product":{"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["immune"],"administered_by":"physician"},
             "claims":["efficacy_claim"],"authorizations":[]}
            """);
        assertThat(satisfied(a, "MFDS_APPROVAL")).isFalse();
        assertThat(findingCodes(a)).contains("UNAPPROVED_DISEASE_CLAIM", "UNAPPROVED_PRODUCT_ADVERTISING");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Cosmetics Act before Law No. 14264 (30 May 2017): hair-loss products were quasi-drugs, not cosmetics. */
    @Test
    void a_hair_loss_cosmetic_before_30_may_2017_could_not_be_a_cosmetic() {
        var a = assess(cream("2016-06-01", ",\"indications\":[\"hair_loss\"]", active("KR_CULTURE_FLUID_STANDARD")));
        assertThat(satisfied(a, "KR_FUNCTIONAL_COSMETIC")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Advanced Regenerative Bio Act Art 12: research the review committee did not find suitable may not proceed. */
    @Test
    void cell_research_without_a_suitable_research_plan_is_unlawful() {
        var a = assess(cellResearch("{\"type\":\"KR_ADVANCED_REGENERATIVE_RESEARCH\",\"status\":\"pending\"},"
                + active("INFORMED_CONSENT")));
        assertThat(satisfied(a, "KR_ADVANCED_REGENERATIVE_RESEARCH")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * Advanced Regenerative Bio Act as amended by Law No. 20331 (from 21 Feb 2025): treatment is only for
     * serious, rare or intractable disease, so an approved plan cannot cover anti-ageing.
     */
    @Test
    void advanced_regenerative_treatment_for_anti_ageing_is_unlawful() {
        var a = assess("""
            {"jurisdiction":"KR","date":"2025-06-01",
             "product":{"type":"stem_cell","origin":"human","contains_cells":true},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["skin_antiaging","wellness_longevity"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(active("KR_ADVANCED_REGENERATIVE_TREATMENT")));
        assertThat(findingCodes(a)).contains("INDICATION_NOT_ELIGIBLE");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    // ---- an unknown requirement never makes a lawful route unlawful ---------------------------------------

    /**
     * classify.md: an authorisation the offering does not mention leaves its requirement null. Dropping any one
     * authorisation of lawful advanced regenerative research (Art 12), an MFDS trial (PAA Art 34) or a
     * hair-loss functional cosmetic (Cosmetics Act Art 4) gives permitted_if, never not_permitted.
     */
    @Test
    void dropping_a_listed_authorisation_gives_permitted_if_not_not_permitted() {
        var routes = List.of(
                new Route(
                        KoreaRoutesTest::cellResearch,
                        List.of("KR_ADVANCED_REGENERATIVE_RESEARCH", "INFORMED_CONSENT"),
                        Map.of()),
                new Route(
                        KoreaRoutesTest::cellResearch,
                        List.of("CTA", "IRB", "INFORMED_CONSENT"),
                        // Without the trial approval the research is read as the Act's own route, needing its plan.
                        Map.of("CTA", List.of("KR_ADVANCED_REGENERATIVE_RESEARCH"))),
                new Route(
                        auth -> cream("2026-01-10", ",\"indications\":[\"hair_loss\"]", auth),
                        List.of("KR_CULTURE_FLUID_STANDARD", "KR_FUNCTIONAL_COSMETIC"),
                        Map.of()));
        for (var route : routes) route.checkEachDrop();
    }
}
