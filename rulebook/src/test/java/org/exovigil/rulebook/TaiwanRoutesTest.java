package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.LawfulRoutes.*;
import static org.exovigil.rulebook.Scenarios.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, Taiwan: every lawful route ends permitted or permitted_if when its conditions are met, and an
 * unlawful offering ends not_permitted for the finding or unmet requirement that makes it so. Offerings are the
 * JSON a user would send; each test names the provision it rests on.
 */
class TaiwanRoutesTest {

    /** Autologous adipose stem cells injected into a knee at a hospital, on a date, with the authorisations given. */
    private static String kneeCells(String date, String authorizations) {
        return """
            {"jurisdiction":"TW","date":"%s",
             "product":{"type":"stem_cell","origin":"human","source":"adipose","donor":"autologous","contains_cells":true,"positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["intra_articular"],"indications":["orthopedic_joint"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(date, authorizations);
    }

    /** An umbilical-cord exosome drip at a clinic on a date, with the authorisations given. */
    private static String exosomeDrip(String date, String authorizations) {
        return """
            {"jurisdiction":"TW","date":"%s",
             "product":{"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["wellness_longevity"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(date, authorizations);
    }

    // ---- lawful routes ----------------------------------------------------------------------------------

    /**
     * Regenerative Medicine Act Art 12 and the Regulations on Regenerative Medicine Techniques and Designated
     * Preparations (17 Nov 2025) Art 3: from 1 Jan 2026 an institution approved by the central authority for the
     * technique and registered locally may perform cell therapy, with the patient's written consent; a technique
     * needs no product licence of its own.
     */
    @Test
    void cell_therapy_at_an_approved_registered_institution_is_lawful_from_2026() {
        var a = assess(kneeCells("2026-03-01", active("TW_REGENERATIVE_INSTITUTION", "INFORMED_CONSENT")));
        assertThat(a.classification().code()).isEqualTo("TW.REGENERATIVE_MEDICINE");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(requirementCodes(a)).doesNotContain("TW_PRODUCT_APPROVAL");
        assertThat(findingCodes(a)).doesNotContain("LAW_UNSETTLED");
    }

    /**
     * Regenerative Medicine Act Arts 3(4) and 7 (from 2026) and, before, the Medical Care Act and Pharmaceutical
     * Affairs Act: a human trial approved by the authority, with IRB approval and consent, is lawful on either side
     * of 1 Jan 2026.
     */
    @Test
    void an_approved_human_trial_is_lawful_before_and_after_the_2026_acts() {
        for (var date : List.of("2025-06-01", "2026-03-01")) {
            var a = assess("""
                {"jurisdiction":"TW","date":"%s",
                 "product":{"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug"},
                 "use":{"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["respiratory"],"administered_by":"physician"},
                 "claims":[],"authorizations":[%s]}
                """.formatted(date, active("CTA", "IRB", "INFORMED_CONSENT")));
            assertThat(a.classification().code()).as(date).isEqualTo("TW.CLINICAL_TRIAL");
            assertThat(a.verdict()).as(date).isEqualTo(Verdict.PERMITTED);
        }
    }

    /**
     * Regenerative Medicine Act and Regenerative Medicinal Products Act (in force 1 Jan 2026), on the secondary
     * reading that human exosomes are a preparation of cell derivatives: lawful at an approved institution with a
     * TFDA licence and consent, the unsettled scope shown as a finding.
     */
    @Test
    void a_licensed_exosome_preparation_at_an_approved_institution_is_lawful_on_unsettled_law() {
        var a = assess(exosomeDrip(
                "2026-03-01", active("TW_REGENERATIVE_INSTITUTION", "TW_PRODUCT_APPROVAL", "INFORMED_CONSENT")));
        assertThat(a.classification().code()).isEqualTo("TW.REGENERATIVE_MEDICINE");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(a)).contains("LAW_UNSETTLED");
    }

    /**
     * Regulations Governing the Application of Specific Medical Techniques (amended 2018): before 2026 cell
     * therapy was lawful at an institution approved for the technique.
     */
    @Test
    void before_2026_cell_therapy_under_the_specific_medical_techniques_regulations_is_lawful() {
        var a = assess(kneeCells("2025-06-01", active("TW_REGENERATIVE_INSTITUTION")));
        assertThat(a.classification().code()).isEqualTo("TW.SPECIFIC_MEDICAL_TECHNIQUE");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** Cosmetics rules: a plant-exosome cream on intact skin is a cosmetic; the human-ingredient rules do not reach it. */
    @Test
    void a_plant_exosome_cosmetic_on_intact_skin_is_lawful() {
        var a = assess("""
            {"jurisdiction":"TW","date":"2026-03-01",
             "product":{"type":"exosome","origin":"plant","source":"plant","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"],"administered_by":"self"},
             "claims":[],"authorizations":[]}
            """);
        assertThat(a.classification().code()).isEqualTo("TW.COSMETIC");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(a)).doesNotContain("HUMAN_DERIVED_COSMETIC_PROHIBITED");
    }

    // ---- unlawful offerings -----------------------------------------------------------------------------

    /**
     * Regenerative Medicine Act Art 12: from 1 Jan 2026 only approved, registered institutions may perform
     * regenerative medicine; a clinic that holds no approval may not.
     */
    @Test
    void regenerative_medicine_at_an_unapproved_clinic_is_unlawful_from_2026() {
        var a = assess(kneeCells("2026-03-01", ""));
        assertThat(satisfied(a, "TW_REGENERATIVE_INSTITUTION")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Regenerative Medicine Act: non-medical institutions may not perform regenerative medicine. */
    @Test
    void a_beauty_salon_may_not_perform_regenerative_medicine() {
        var a = assess("""
            {"jurisdiction":"TW","date":"2026-03-01",
             "product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"beauty_salon","routes":["microneedling"],"indications":["skin_antiaging"],"administered_by":"beautician"},
             "claims":[]}
            """);
        assertThat(findingCodes(a)).contains("UNAUTHORISED_INSTITUTION");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Pharmaceutical Affairs Act (inference): a product sold as a cosmetic and injected is not used as a cosmetic. */
    @Test
    void injecting_a_cosmetic_is_unlawful() {
        var a = assess("""
            {"jurisdiction":"TW","date":"2026-03-01",
             "product":{"type":"exosome","origin":"plant","positioned_as":"cosmetic"},
             "use":{"setting":"clinic_commercial","routes":["injection_local"],"indications":["skin_antiaging"],"administered_by":"physician"},
             "claims":[]}
            """);
        assertThat(findingCodes(a)).contains("COSMETIC_ADMINISTERED_INVASIVELY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * Prohibited cosmetic ingredients (human cells, tissues and derivatives) before MOHW's case-by-case exception
     * of 21 Mar 2024: a human-exosome cream was unlawful.
     */
    @Test
    void a_human_exosome_cosmetic_before_21_march_2024_is_unlawful() {
        var a = assess("""
            {"jurisdiction":"TW","date":"2023-06-01",
             "product":{"type":"exosome","origin":"human","source":"adipose","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"],"administered_by":"self"},
             "claims":[]}
            """);
        assertThat(findingCodes(a)).contains("HUMAN_DERIVED_COSMETIC_PROHIBITED");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    // ---- an unknown requirement never makes a lawful route unlawful ---------------------------------------

    /**
     * classify.md: an authorisation the offering does not mention leaves its requirement null. Dropping any one
     * authorisation of lawful cell therapy (Regenerative Medicine Act Art 12) or a licensed exosome preparation
     * gives permitted_if, never not_permitted.
     */
    @Test
    void dropping_a_listed_authorisation_gives_permitted_if_not_not_permitted() {
        var routes = List.of(
                new Route(
                        auth -> kneeCells("2026-03-01", auth),
                        List.of("TW_REGENERATIVE_INSTITUTION", "INFORMED_CONSENT"),
                        Map.of()),
                new Route(
                        auth -> exosomeDrip("2026-03-01", auth),
                        List.of("TW_REGENERATIVE_INSTITUTION", "TW_PRODUCT_APPROVAL", "INFORMED_CONSENT"),
                        Map.of()));
        for (var route : routes) route.checkEachDrop();
    }
}
