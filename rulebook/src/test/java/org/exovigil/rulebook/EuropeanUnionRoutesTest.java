package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.*;

import org.junit.jupiter.api.Test;

/**
 * Issue 14: every lawful route of EU law reaches permitted or permitted_if when its conditions are met, and an
 * offering that breaks the law reaches not_permitted with the finding or unmet requirement that makes it so.
 * Offerings are written as a user would send them; member-state codes apply EU law.
 */
class EuropeanUnionRoutesTest {

    private static final String CTA = "{\"type\":\"CTA\",\"status\":\"active\"}";
    private static final String CONSENT = "{\"type\":\"INFORMED_CONSENT\",\"status\":\"active\"}";

    /** A trial of a cell-free vesicle product in Germany, with the authorisations given. */
    private static String trial(String authorizations) {
        return """
            {"jurisdiction":"DE","date":"2026-03-01",
             "product":{"type":"extracellular_vesicle","origin":"human","source":"umbilical_cord","donor":"allogeneic","contains_cells":false,"positioned_as":"drug","gmp":true},
             "use":{"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["respiratory"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(authorizations);
    }

    // ---- lawful routes -----------------------------------------------------------------------------------------

    /**
     * Regulation (EU) 536/2014 Arts 4, 8(4), 28-29 and 61-63: a trial authorised by the Member State (one decision
     * that includes the ethics committee's review), with each subject's consent and a GMP-made product, is lawful.
     */
    @Test
    void a_trial_under_an_authorisation_that_includes_the_ethics_review_is_permitted() {
        var a = assess(trial(CTA + "," + CONSENT));

        assertThat(a.classification().code()).isEqualTo("EU.MEDICINAL_PRODUCT");
        assertThat(requirementCodes(a)).containsExactly("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT", "GMP");
        assertThat(a.requirements())
                .allSatisfy(r -> assertThat(r.satisfied()).as(r.code()).isTrue());
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(citedSources(a)).anyMatch(s -> s.contains("536/2014 Art 4"));
    }

    /**
     * Directive 2001/83/EC Art 6(1) and Arts 40, 46: a vesicle product used under its marketing authorisation needs
     * no trial authorisation, and the authorisation shows manufacture under GMP unless the offering says otherwise.
     */
    @Test
    void an_authorised_vesicle_product_used_within_its_authorisation_is_permitted() {
        var a = assess("""
            {"jurisdiction":"FR","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["intra_articular"],"indications":["orthopedic_joint"],"administered_by":"physician"},
             "claims":[],"authorizations":[{"type":"MA","status":"active"}]}
            """);

        assertThat(requirementCodes(a)).containsExactly("MA", "GMP").doesNotContain("CTA");
        assertThat(satisfied(a, "GMP")).isTrue();
        assertThat(findingCodes(a))
                .doesNotContain(
                        "UNAPPROVED_DISEASE_CLAIM", "NO_APPROVED_PRODUCT_FOR_INDICATION", "FALSE_APPROVAL_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * Regulation (EC) 1394/2007 Art 28 (Directive 2001/83/EC Art 3(7)): a substantially manipulated cell product, an
     * ATMP, prepared non-routinely in a hospital under an exemption the national authority granted, is lawful; the
     * exemption's authorised manufacture meets the quality requirement.
     */
    @Test
    void a_real_atmp_under_an_authorised_hospital_exemption_is_permitted() {
        var a = assess("""
            {"jurisdiction":"ES","product":{"type":"stem_cell","origin":"human","donor":"autologous","contains_cells":true,"minimally_manipulated":false,"positioned_as":"drug"},
             "use":{"setting":"hospital_exemption","routes":["intra_articular"],"indications":["orthopedic_joint"],"administered_by":"physician"},
             "claims":[],"authorizations":[{"type":"HOSPITAL_EXEMPTION","status":"active"}]}
            """);

        assertThat(a.classification().code()).isEqualTo("EU.ATMP");
        assertThat(requirementCodes(a)).containsExactly("HOSPITAL_EXEMPTION", "GMP");
        assertThat(a.requirements()).allSatisfy(r -> assertThat(r.satisfied()).isTrue());
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * Regulation (EC) 1394/2007 Art 2 with Directive 2001/83/EC Annex I Part IV: a vesicle engineered to carry
     * recombinant nucleic acid can be a gene therapy medicinal product, so the hospital exemption is open to it.
     */
    @Test
    void an_engineered_vesicle_that_is_a_gene_therapy_product_can_use_the_hospital_exemption() {
        var a = assess("""
            {"jurisdiction":"NL","product":{"type":"exosome","origin":"human","genetically_modified":true,"positioned_as":"drug","gmp":true},
             "use":{"setting":"hospital_exemption","routes":["iv"],"indications":["cancer"],"administered_by":"physician"},
             "claims":[],"authorizations":[{"type":"HOSPITAL_EXEMPTION","status":"active"}]}
            """);

        assertThat(a.classification().code()).isEqualTo("EU.ATMP");
        assertThat(findingCodes(a)).doesNotContain("HOSPITAL_EXEMPTION_NOT_APPLICABLE");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * Regulation (EC) 1223/2009 Arts 2(1)(a), 10, 11 and 13: a plant-derived vesicle cosmetic on intact skin, with
     * its safety report and product information file and its CPNP notification, is a lawful cosmetic.
     */
    @Test
    void a_notified_plant_vesicle_cosmetic_on_intact_skin_is_permitted() {
        var a = assess("""
            {"jurisdiction":"IT","product":{"type":"exosome","origin":"plant","source":"plant","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"],"administered_by":"self"},
             "claims":[],"authorizations":[{"type":"COSMETIC_NOTIFICATION","status":"active"},{"type":"COSMETIC_SAFETY_ASSESSMENT","status":"active"}]}
            """);

        assertThat(a.classification().code()).isEqualTo("EU.COSMETIC");
        assertThat(satisfied(a, "COSMETIC_SAFETY_ASSESSMENT")).isTrue();
        assertThat(satisfied(a, "COSMETIC_NOTIFICATION")).isTrue();
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * Directive 2001/83/EC Art 1(2): a reagent used in the laboratory and given to no one (an empty list of routes)
     * is not a medicinal product.
     */
    @Test
    void a_research_reagent_given_to_no_one_is_permitted() {
        var a = assess("""
            {"jurisdiction":"FR","product":{"type":"exosome","origin":"human","positioned_as":"research_reagent"},
             "use":{"setting":"research","routes":[],"indications":[]},"claims":[]}
            """);

        assertThat(a.classification().code()).isEqualTo("EU.RESEARCH_REAGENT");
        assertThat(a.requirements()).isEmpty();
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    // ---- unlawful offerings -------------------------------------------------------------------------------------

    /**
     * The real-case miss. Regulation (EC) 1394/2007 Art 28 covers ATMPs only; an in-house vesicle preparation is not
     * an ATMP (no cells, no recombinant nucleic acid), so relying on the exemption makes it a medicinal product given
     * to patients (Directive 2001/83/EC Art 1(2)(b)) that needs a marketing authorisation (Art 6(1)), which no vesicle
     * product holds. Decided as not_permitted, not left undetermined, even when the offering says little else.
     */
    @Test
    void an_in_house_vesicle_preparation_under_the_hospital_exemption_is_decided_not_permitted() {
        var a = assess("""
            {"jurisdiction":"DE","product":{"name":"in-house MSC-EV preparation","type":"extracellular_vesicle"},
             "use":{"setting":"hospital_exemption"},"authorizations":[{"type":"HOSPITAL_EXEMPTION","status":"active"}]}
            """);

        assertThat(a.classification().code()).isEqualTo("EU.MEDICINAL_PRODUCT");
        assertThat(findingCodes(a))
                .contains("HOSPITAL_EXEMPTION_NOT_APPLICABLE")
                .doesNotContain("CLASSIFICATION_UNDETERMINED");
        assertThat(satisfied(a, "MA")).isFalse();
        assertThat(requirementCodes(a)).doesNotContain("HOSPITAL_EXEMPTION");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
        assertThat(citedSources(a)).anyMatch(s -> s.contains("1394/2007 Art 28"));

        // Listing the exemption without the setting is relying on it just the same.
        var listed = assess("""
            {"jurisdiction":"AT","product":{"type":"exosome","origin":"human","positioned_as":"drug","gmp":true},
             "use":{"routes":["iv"],"indications":["neurological"],"administered_by":"physician"},"claims":[],
             "authorizations":[{"type":"HOSPITAL_EXEMPTION","status":"active"}]}
            """);
        assertThat(findingCodes(listed)).contains("HOSPITAL_EXEMPTION_NOT_APPLICABLE");
        assertThat(listed.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Regulation 1223/2009 Art 14(1)(a) and Annex II: human-derived vesicles are banned in cosmetics, even notified. */
    @Test
    void a_notified_human_exosome_cosmetic_on_intact_skin_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"BE","product":{"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"cosmetic"},
             "use":{"setting":"beauty_salon","routes":["topical"],"indications":["skin_antiaging"],"administered_by":"beautician"},
             "claims":[],"authorizations":[{"type":"COSMETIC_NOTIFICATION","status":"active"},{"type":"COSMETIC_SAFETY_ASSESSMENT","status":"active"}]}
            """);

        assertThat(a.classification().code()).isEqualTo("EU.COSMETIC");
        assertThat(findingCodes(a)).contains("HUMAN_DERIVED_COSMETIC_PROHIBITED");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * Regulation 536/2014 Arts 4 and 8(4): the Member State refuses the authorisation when the ethics committee's
     * opinion is negative, so a trial that lists its ethics opinion as not given is unlawful whatever else it holds.
     */
    @Test
    void a_trial_whose_ethics_opinion_is_not_given_is_not_permitted() {
        var a = assess(trial(CTA + "," + CONSENT + ",{\"type\":\"ETHICS_COMMITTEE\",\"status\":\"none\"}"));

        assertThat(satisfied(a, "ETHICS_COMMITTEE")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * Regulation 536/2014 Art 4; Directive 2001/83/EC Art 6(1): a trial authorisation covers use within the trial,
     * never commercial sale; a clinic selling injections on the strength of a CTA is unlawful and its disease claim
     * is a claim for an unauthorised medicinal product (Art 87(1)).
     */
    @Test
    void a_clinic_selling_injections_under_a_trial_authorisation_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"PT","product":{"type":"exosome","origin":"human","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["intra_articular"],"indications":["orthopedic_joint"],"administered_by":"physician"},
             "claims":["under_ind","price","efficacy_claim"],"authorizations":[%s]}
            """.formatted(CTA));

        assertThat(satisfied(a, "CTA")).isFalse();
        assertThat(satisfied(a, "MA")).isFalse();
        assertThat(findingCodes(a)).contains("UNAPPROVED_DISEASE_CLAIM", "UNAPPROVED_PRODUCT_ADVERTISING");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Directive 2001/83/EC Arts 40 and 46: an authorised product the offering says is not made under GMP fails GMP. */
    @Test
    void an_authorised_product_said_to_be_made_outside_gmp_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"FR","product":{"type":"exosome","origin":"human","positioned_as":"drug","gmp":false},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["respiratory"],"administered_by":"physician"},
             "claims":[],"authorizations":[{"type":"MA","status":"active"}]}
            """);

        assertThat(satisfied(a, "MA")).isTrue();
        assertThat(satisfied(a, "GMP")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Directive 2001/83/EC Art 1(2): a "research use only" product given to patients is an unauthorised medicine. */
    @Test
    void a_research_reagent_infused_into_patients_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"IE","product":{"type":"exosome","origin":"human","positioned_as":"research_reagent"},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["fatigue"],"administered_by":"physician"},"claims":[]}
            """);

        assertThat(findingCodes(a)).contains("REAGENT_USED_CLINICALLY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    // ---- an unknown requirement is a condition, never a violation --------------------------------------------------

    /**
     * classify.md: a requirement the offering does not speak to is null. A trial that names its authorisation but not
     * its consent forms is lawful if it has them (Regulation 536/2014 Arts 28-29), not unlawful.
     */
    @Test
    void dropping_one_listed_authorisation_leaves_a_lawful_trial_permitted_if() {
        var complete = assess(trial(CTA + "," + CONSENT));
        assertThat(complete.verdict()).isEqualTo(Verdict.PERMITTED);

        var withoutConsent = assess(trial(CTA));
        assertThat(satisfied(withoutConsent, "INFORMED_CONSENT")).isNull();
        assertThat(withoutConsent.verdict()).isEqualTo(Verdict.PERMITTED_IF);

        var withoutCta = assess(trial(CONSENT));
        assertThat(satisfied(withoutCta, "CTA")).isNull();
        assertThat(satisfied(withoutCta, "ETHICS_COMMITTEE")).isNull();
        assertThat(withoutCta.verdict()).isEqualTo(Verdict.PERMITTED_IF);
    }
}
