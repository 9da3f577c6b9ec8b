package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.*;

import org.junit.jupiter.api.Test;

/**
 * Issue 14: the lawful routes of UK law (Human Medicines Regulations 2012, Medicines for Human Use (Clinical Trials)
 * Regulations 2004, retained cosmetics law) reach permitted or permitted_if when their conditions are met, and
 * unlawful offerings reach not_permitted with the finding or unmet requirement that makes them so.
 */
class UnitedKingdomRoutesTest {

    private static final String CTA = "{\"type\":\"CTA\",\"status\":\"active\"}";
    private static final String ETHICS = "{\"type\":\"ETHICS_COMMITTEE\",\"status\":\"active\"}";
    private static final String CONSENT = "{\"type\":\"INFORMED_CONSENT\",\"status\":\"active\"}";
    private static final String SPECIAL = "{\"type\":\"NAMED_PATIENT\",\"status\":\"active\"}";

    private static String trial(String authorizations) {
        return """
            {"jurisdiction":"GB","date":"2026-03-01",
             "product":{"type":"extracellular_vesicle","origin":"human","source":"bone_marrow","contains_cells":false,"positioned_as":"drug","gmp":true},
             "use":{"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["respiratory"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(authorizations);
    }

    private static String special(String setting, String claims, String administeredBy) {
        return """
            {"jurisdiction":"GB","product":{"type":"exosome","origin":"human","positioned_as":"drug","gmp":true},
             "use":{"setting":"%s","routes":["injection_local"],"indications":["wound"],"administered_by":"%s"},
             "claims":[%s],"authorizations":[%s]}
            """.formatted(setting, administeredBy, claims, SPECIAL);
    }

    // ---- lawful routes -----------------------------------------------------------------------------------------

    /**
     * SI 2004/1031 reg 12(3): a trial may start only with a favourable ethics opinion and the licensing authority's
     * authorisation; Schedule 1 Part 2 para 9: each subject's informed consent.
     */
    @Test
    void a_trial_with_mhra_authorisation_ethics_opinion_and_consent_is_permitted() {
        var a = assess(trial(String.join(",", CTA, ETHICS, CONSENT)));

        assertThat(a.classification().code()).isEqualTo("GB.MEDICINAL_PRODUCT");
        assertThat(requirementCodes(a)).containsExactly("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT", "GMP");
        assertThat(a.requirements())
                .allSatisfy(r -> assertThat(r.satisfied()).as(r.code()).isTrue());
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(citedSources(a)).anyMatch(s -> s.contains("2004/1031) reg 12"));
    }

    /**
     * Human Medicines Regulations 2012 reg 167: a special made to a prescriber's specification on an unsolicited order
     * for a patient's special needs, unadvertised and made under GMP, is outside reg 46.
     */
    @Test
    void an_unadvertised_special_for_a_named_patient_is_permitted() {
        var a = assess(special("clinic_commercial", "", "physician"));

        assertThat(a.classification().code()).isEqualTo("GB.SPECIAL_MEDICINAL_PRODUCT");
        assertThat(requirementCodes(a)).containsExactly("NAMED_PATIENT", "GMP");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(citedSources(a)).anyMatch(s -> s.contains("reg 167"));
    }

    /** Reg 46: a licensed product used within its licence needs no trial authorisation; the licence shows GMP. */
    @Test
    void a_licensed_vesicle_product_used_within_its_licence_is_permitted() {
        var a = assess("""
            {"jurisdiction":"GB","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["orthopedic_joint"],"administered_by":"physician"},
             "claims":[],"authorizations":[{"type":"MA","status":"active"}]}
            """);

        assertThat(requirementCodes(a)).containsExactly("MA", "GMP");
        assertThat(findingCodes(a)).doesNotContain("UNAPPROVED_DISEASE_CLAIM", "NO_APPROVED_PRODUCT_FOR_INDICATION");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** Reg 171 (exempt ATMPs prepared on a non-routine basis, under a manufacturer's licence): a real ATMP. */
    @Test
    void a_real_atmp_under_the_uk_hospital_exemption_is_permitted() {
        var a = assess("""
            {"jurisdiction":"GB","product":{"type":"stem_cell","origin":"human","contains_cells":true,"minimally_manipulated":false,"positioned_as":"drug"},
             "use":{"setting":"hospital_exemption","routes":["intra_articular"],"indications":["orthopedic_joint"],"administered_by":"physician"},
             "claims":[],"authorizations":[{"type":"HOSPITAL_EXEMPTION","status":"active"}]}
            """);

        assertThat(a.classification().code()).isEqualTo("GB.ATMP");
        assertThat(requirementCodes(a)).containsExactly("HOSPITAL_EXEMPTION", "GMP");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** Retained Regulation 1223/2009 Arts 10, 11 and 13: a notified plant-vesicle cosmetic on intact skin. */
    @Test
    void a_notified_plant_vesicle_cosmetic_on_intact_skin_is_permitted() {
        var a = assess("""
            {"jurisdiction":"GB","product":{"type":"exosome","origin":"plant","source":"plant","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"],"administered_by":"self"},
             "claims":[],"authorizations":[{"type":"COSMETIC_NOTIFICATION","status":"active"},{"type":"COSMETIC_SAFETY_ASSESSMENT","status":"active"}]}
            """);

        assertThat(a.classification().code()).isEqualTo("GB.COSMETIC");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** Reg 2(1): a reagent given to no one is not a medicinal product. */
    @Test
    void a_research_reagent_given_to_no_one_is_permitted() {
        var a = assess("""
            {"jurisdiction":"GB","product":{"type":"secretome","origin":"human","positioned_as":"research_reagent"},
             "use":{"setting":"research","routes":[],"indications":[]},"claims":[]}
            """);

        assertThat(a.classification().code()).isEqualTo("GB.RESEARCH_REAGENT");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    // ---- unlawful offerings -------------------------------------------------------------------------------------

    /**
     * Reg 171 covers ATMPs only; an in-house vesicle preparation is not one, so relying on the exemption leaves an
     * unlicensed medicinal product (reg 2(1)(b), reg 46). Decided, not left undetermined.
     */
    @Test
    void an_in_house_vesicle_preparation_under_the_hospital_exemption_is_decided_not_permitted() {
        var a = assess("""
            {"jurisdiction":"UK","product":{"name":"in-house EV preparation","type":"extracellular_vesicle"},
             "use":{"setting":"hospital_exemption"},"authorizations":[{"type":"HOSPITAL_EXEMPTION","status":"active"}]}
            """);

        assertThat(a.classification().code()).isEqualTo("GB.MEDICINAL_PRODUCT");
        assertThat(findingCodes(a))
                .contains("HOSPITAL_EXEMPTION_NOT_APPLICABLE")
                .doesNotContain("CLASSIFICATION_UNDETERMINED");
        assertThat(satisfied(a, "MA")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Reg 167 Condition B: no advertisement relating to a special may be published by any person. */
    @Test
    void an_advertised_special_is_not_permitted() {
        var a = assess(special("clinic_commercial", "\"price\",\"testimonials\"", "physician"));

        assertThat(findingCodes(a)).contains("EXEMPTION_NOT_APPLICABLE");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);

        var salon = assess(special("beauty_salon", "", "beautician"));
        assertThat(findingCodes(salon)).contains("EXEMPTION_NOT_APPLICABLE");
        assertThat(salon.verdict()).isEqualTo(Verdict.NOT_PERMITTED);

        // A special is unlicensed: calling it approved is false as well (reg 46).
        var approved = assess(special("clinic_commercial", "\"approval_claim\"", "physician"));
        assertThat(findingCodes(approved)).contains("EXEMPTION_NOT_APPLICABLE", "FALSE_APPROVAL_CLAIM");
    }

    /** SI 2004/1031 reg 12(1) and (3)(a): no trial may start without a favourable ethics opinion. */
    @Test
    void a_trial_whose_ethics_opinion_is_pending_is_not_permitted() {
        var a = assess(trial(String.join(",", CTA, CONSENT, "{\"type\":\"ETHICS_COMMITTEE\",\"status\":\"pending\"}")));

        assertThat(satisfied(a, "ETHICS_COMMITTEE")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * Retained Regulation 1223/2009 Annex II and Art 2(1)(a); reg 46: human exosomes microneedled in a salon are both
     * a banned cosmetic ingredient and an unlicensed medicine.
     */
    @Test
    void salon_microneedling_of_human_exosomes_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"GB","product":{"type":"exosome","origin":"human","source":"cord_blood","positioned_as":"cosmetic"},
             "use":{"setting":"beauty_salon","routes":["microneedling"],"indications":["skin_antiaging"],"administered_by":"beautician"},
             "claims":[],"authorizations":[{"type":"COSMETIC_NOTIFICATION","status":"active"}]}
            """);

        assertThat(findingCodes(a)).contains("HUMAN_DERIVED_COSMETIC_PROHIBITED", "COSMETIC_ADMINISTERED_INVASIVELY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Reg 46: an unlicensed vesicle infusion sold in a clinic, with no trial, is unlawful. */
    @Test
    void a_cash_pay_infusion_with_no_licence_and_no_trial_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"GB","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["fatigue"],"administered_by":"nurse"},
             "claims":[],"authorizations":[]}
            """);

        assertThat(satisfied(a, "MA")).isFalse();
        assertThat(satisfied(a, "CTA")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    // ---- an unknown requirement is a condition, never a violation --------------------------------------------------

    /**
     * classify.md: a trial that names its MHRA authorisation and consent but not its ethics opinion is lawful if it
     * has one (reg 12(3)(a)), not unlawful.
     */
    @Test
    void dropping_one_listed_authorisation_leaves_a_lawful_trial_permitted_if() {
        assertThat(assess(trial(String.join(",", CTA, ETHICS, CONSENT))).verdict())
                .isEqualTo(Verdict.PERMITTED);

        var withoutEthics = assess(trial(String.join(",", CTA, CONSENT)));
        assertThat(satisfied(withoutEthics, "ETHICS_COMMITTEE")).isNull();
        assertThat(withoutEthics.verdict()).isEqualTo(Verdict.PERMITTED_IF);

        var withoutConsent = assess(trial(String.join(",", CTA, ETHICS)));
        assertThat(satisfied(withoutConsent, "INFORMED_CONSENT")).isNull();
        assertThat(withoutConsent.verdict()).isEqualTo(Verdict.PERMITTED_IF);
    }
}
