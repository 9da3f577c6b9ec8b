package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.LawfulRoutes.active;
import static org.exovigil.rulebook.LawfulRoutes.checkEachDropLeavesOnlyItOpen;
import static org.exovigil.rulebook.LawfulRoutes.unknownRequirements;
import static org.exovigil.rulebook.Scenarios.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lawful routes for exosome products in Saudi Arabia: external use on the skin (Ministry of Health statement),
 * clinical trials approved by the SFDA and a registered research ethics committee with consent (Law of Ethics of
 * Research on Living Creatures and its Implementing Regulations); and the offerings that break the law.
 */
class SaudiArabiaRoutesTest {

    private static final String EXOSOME = """
        {"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug","gmp":true}""";
    private static final String TRIAL_IV = """
        {"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["orthopedic_joint"],"administered_by":"physician"}""";
    private static final List<String> TRIAL_AUTHORISATIONS = List.of("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT");

    private static Assessment offering(String product, String use, String claims, String authorizations) {
        return assess("""
            {"jurisdiction":"SA","date":"2025-09-01","product":%s,"use":%s,"claims":[%s],"authorizations":[%s]}
            """.formatted(product, use, claims, authorizations));
    }

    // ---- lawful routes ------------------------------------------------------------------------------------

    /** Ministry of Health statement: exosome products are permitted for external use on the skin. */
    @Test
    void an_exosome_cosmetic_on_the_skin_is_permitted() {
        var a = offering("""
            {"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"cosmetic"}""", """
            {"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"],"administered_by":"self"}""", "", "");

        assertThat(a.classification().code()).isEqualTo("SA.EXTERNAL_USE_PRODUCT");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** SFDA clinical trial approval; Implementing Regulations ch. 6 (local research ethics committee) and ch. 7 (consent). */
    @Test
    void a_trial_approved_by_the_sfda_and_an_ethics_committee_with_consent_is_permitted() {
        var a = offering(EXOSOME, TRIAL_IV, "", active(TRIAL_AUTHORISATIONS));

        assertThat(a.classification().code()).isEqualTo("SA.CLINICAL_TRIAL");
        assertThat(requirementCodes(a)).containsExactlyInAnyOrderElementsOf(TRIAL_AUTHORISATIONS);
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * The US-style trial (IND, IRB) was not_permitted under the old reading only because it did not list Saudi
     * authorisations; those are unknown, so it is lawful only if it holds them (SFDA approval; research ethics law).
     */
    @Test
    void a_trial_naming_only_us_authorisations_is_lawful_if_it_holds_the_saudi_ones() {
        var a = offering(EXOSOME, TRIAL_IV, "", active("IND", "IRB"));

        assertThat(a.classification().code()).isEqualTo("SA.CLINICAL_TRIAL");
        assertThat(findingCodes(a)).doesNotContain("COSMETIC_ADMINISTERED_INVASIVELY");
        assertThat(unknownRequirements(a)).containsExactlyInAnyOrderElementsOf(TRIAL_AUTHORISATIONS);
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
    }

    /** The Ministry's statement addresses use on the skin and in the body; a laboratory reagent given to no one is neither (inference). */
    @Test
    void a_research_reagent_used_in_the_laboratory_is_outside_the_statement() {
        var a = assess("""
            {"jurisdiction":"SA","date":"2025-09-01","product":{"type":"exosome","origin":"human","positioned_as":"research_reagent"},
             "use":{"setting":"research","indications":[]},"claims":[]}
            """);

        assertThat(a.classification().code()).isEqualTo("SA.RESEARCH_REAGENT");
        assertThat(a.requirements()).isEmpty();
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    // ---- unlawful offerings -------------------------------------------------------------------------------

    /** Ministry of Health statement and licence suspensions: injecting an external-use exosome product is not authorised. */
    @Test
    void injecting_an_external_use_exosome_product_is_not_permitted() {
        var a = offering("""
            {"type":"exosome","origin":"human","positioned_as":"cosmetic"}""", """
            {"setting":"clinic_commercial","routes":["injection_local"],"indications":["skin_antiaging"],"administered_by":"physician"}""", "", "");

        assertThat(a.classification().code()).isEqualTo("SA.UNAUTHORISED_USE");
        assertThat(satisfied(a, "SFDA_REGISTRATION")).isFalse();
        assertThat(findingCodes(a)).contains("COSMETIC_ADMINISTERED_INVASIVELY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** The SFDA has authorised no exosome for injection: an IV drip in a clinic cannot be lawful, whatever it lists. */
    @Test
    void an_exosome_drip_in_a_clinic_is_not_permitted_even_with_a_trial_approval() {
        var a = offering(EXOSOME, """
            {"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["wellness_longevity"],"administered_by":"physician"}""", "", active(TRIAL_AUTHORISATIONS));

        assertThat(a.classification().code()).isEqualTo("SA.UNAUTHORISED_USE");
        assertThat(satisfied(a, "SFDA_REGISTRATION")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Implementing Regulations ch. 6: research on humans needs a registered research ethics committee's approval. */
    @Test
    void a_trial_without_ethics_committee_approval_is_not_permitted() {
        var a = offering(
                EXOSOME,
                TRIAL_IV,
                "",
                active("CTA", "INFORMED_CONSENT") + ",{\"type\":\"ETHICS_COMMITTEE\",\"status\":\"none\"}");

        assertThat(satisfied(a, "ETHICS_COMMITTEE")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Law of Practicing Health Professions (the suspensions): unproven safety claims for an injected product mislead. */
    @Test
    void safety_assurances_for_an_injected_exosome_product_are_not_permitted() {
        var a = offering(EXOSOME, """
            {"setting":"clinic_commercial","routes":["injection_local"],"indications":["skin_antiaging"],"administered_by":"physician"}""", "\"safety_claim\"", "");

        assertThat(findingCodes(a)).contains("SAFETY_ASSURANCE_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    // ---- an unknown requirement never makes a lawful route unlawful ---------------------------------------

    /** classify.md: an authorisation the offering does not mention is unknown, so dropping one gives permitted_if. */
    @Test
    void dropping_one_listed_authorisation_of_a_lawful_trial_gives_permitted_if_not_not_permitted() {
        checkEachDropLeavesOnlyItOpen(TRIAL_AUTHORISATIONS, said -> offering(EXOSOME, TRIAL_IV, "", said));
    }
}
