package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.LawfulRoutes.active;
import static org.exovigil.rulebook.LawfulRoutes.unknownRequirements;
import static org.exovigil.rulebook.Scenarios.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lawful routes for cell and vesicle products in Australia (Therapeutic Goods Act 1989, Therapeutic Goods
 * Regulations 1990, Excluded Goods Determination 2018), each reaching permitted or permitted_if when its conditions
 * are met, and the offerings that break the Act reaching not_permitted.
 */
class AustraliaRoutesTest {

    private static final String EXOSOME = """
        {"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug","gmp":true}""";

    private static Assessment offering(String product, String use, String claims, String authorizations) {
        return assess("""
            {"jurisdiction":"AU","date":"2025-09-01","product":%s,"use":%s,"claims":[%s],"authorizations":[%s]}
            """.formatted(product, use, claims, authorizations));
    }

    private static final String CLINIC_IV = """
        {"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["orthopedic_joint"],"administered_by":"physician"}""";
    private static final String TRIAL_IV = """
        {"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["orthopedic_joint"],"administered_by":"physician"}""";

    // ---- lawful routes ------------------------------------------------------------------------------------

    /** Therapeutic Goods Act 1989 Part 3-2 (s.19B, s.20): a good entered on the ARTG may be supplied within its entry. */
    @Test
    void a_product_entered_on_the_artg_is_permitted() {
        var a = offering(EXOSOME, CLINIC_IV, "", active("ARTG"));

        assertThat(a.classification().code()).isEqualTo("AU.THERAPEUTIC_GOOD");
        assertThat(satisfied(a, "ARTG")).isTrue();
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * Act s.18/s.19 and Regulations reg 12A: the Special Access Scheme (Category A notification, Category B approval)
     * and the Authorised Prescriber scheme let a practitioner supply an unapproved good to a patient, with the patient's
     * informed consent (TGA SAS guidance, Sep 2017).
     */
    @Test
    void supply_through_the_special_access_scheme_is_lawful_if_the_patient_consented() {
        var a = offering(EXOSOME, CLINIC_IV, "", active("AU_SAS_OR_AP"));

        assertThat(satisfied(a, "ARTG")).isTrue();
        assertThat(unknownRequirements(a)).containsExactly("INFORMED_CONSENT");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);

        var consented = offering(EXOSOME, CLINIC_IV, "", active("AU_SAS_OR_AP", "INFORMED_CONSENT"));
        assertThat(consented.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** Regulations Schedule 5A item 3 (CTN) and reg 12AB (CTA), with HREC approval and consent (NHMRC National Statement). */
    @Test
    void a_trial_under_the_ctn_scheme_with_hrec_approval_and_consent_is_permitted() {
        var a = offering(EXOSOME, TRIAL_IV, "", active("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT"));

        assertThat(requirementCodes(a)).containsExactlyInAnyOrder("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * The US-style trial (an IND and an IRB) says nothing of a CTN/CTA or an HREC: under Australian law those are unknown,
     * so it is lawful only if they exist (CTN/CTA scheme, Schedule 5A item 3 and reg 12AB).
     */
    @Test
    void a_trial_naming_only_us_authorisations_is_lawful_if_it_holds_the_australian_ones() {
        var a = offering(EXOSOME, TRIAL_IV, "", active("IND", "IRB"));

        assertThat(unknownRequirements(a)).containsExactlyInAnyOrder("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
    }

    /**
     * Excluded Goods Determination 2018, Schedule 1 item 4: the patient's own cells made and used by the treating
     * practitioner in a hospital are excluded from the Act, minimally manipulated or not.
     */
    @Test
    void autologous_cells_made_and_used_in_a_hospital_are_excluded_from_the_act() {
        var a = offering("""
            {"type":"stem_cell","origin":"human","source":"adipose","donor":"autologous","contains_cells":true,"minimally_manipulated":false,"positioned_as":"drug"}""", """
            {"setting":"hospital_exemption","routes":["injection_local"],"indications":["orthopedic_joint"],"administered_by":"physician"}""", "", "");

        assertThat(a.classification().code()).isEqualTo("AU.EXCLUDED_AUTOLOGOUS_HCT");
        assertThat(a.requirements()).isEmpty();
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(a)).contains("AE_REPORTING_NOT_RECORDED");
    }

    /**
     * Regulations Schedules 5 and 7 (TGA, Manufacturing exempt autologous HCT products): outside a hospital the
     * patient's own cells are exempt from ARTG entry when minimally manipulated and for homologous use.
     */
    @Test
    void minimally_manipulated_autologous_cells_for_homologous_use_are_exempt_outside_a_hospital() {
        var a = offering("""
            {"type":"stem_cell","origin":"human","source":"adipose","donor":"autologous","contains_cells":true,"minimally_manipulated":true,"homologous_use":true,"positioned_as":"drug"}""", """
            {"setting":"clinic_commercial","routes":["injection_local"],"indications":["orthopedic_joint"],"administered_by":"physician"}""", "", "");

        assertThat(a.classification().code()).isEqualTo("AU.EXEMPT_AUTOLOGOUS_HCT");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** Act s.3: a skin product with only cosmetic claims is not represented for therapeutic use (inference; unsettled for human EVs). */
    @Test
    void a_cosmetic_on_intact_skin_is_not_a_therapeutic_good() {
        var a = offering("""
            {"type":"exosome","origin":"plant","source":"plant","positioned_as":"cosmetic"}""", """
            {"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"],"administered_by":"self"}""", "", "");

        assertThat(a.classification().code()).isEqualTo("AU.COSMETIC");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(a)).contains("LAW_UNSETTLED");
    }

    /** Act s.3: a laboratory reagent given to no one is not a therapeutic good (inference). */
    @Test
    void a_research_reagent_used_in_the_laboratory_is_not_a_therapeutic_good() {
        var a = assess("""
            {"jurisdiction":"AU","date":"2025-09-01","product":{"type":"exosome","origin":"human","positioned_as":"research_reagent"},
             "use":{"setting":"research","indications":[]},"claims":[]}
            """);

        assertThat(a.classification().code()).isEqualTo("AU.RESEARCH_REAGENT");
        assertThat(a.requirements()).isEmpty();
        // lawful if the routes and administrator it does not give rule out a clinical use
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(a.explanation()).anyMatch(s -> s.contains("REAGENT_USED_CLINICALLY"));
    }

    // ---- unlawful offerings -------------------------------------------------------------------------------

    /** Act s.19B: supplying a good not on the ARTG, with no SAS, Authorised Prescriber or trial exemption, is an offence. */
    @Test
    void an_exosome_drip_with_no_artg_entry_or_exemption_is_not_permitted() {
        var a = offering(EXOSOME, CLINIC_IV, "", "");

        assertThat(satisfied(a, "ARTG")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Act s.42DL(12) and Regulations reg 7: goods under a s.19 approval or authority may not be advertised. */
    @Test
    void advertising_a_product_supplied_under_the_special_access_scheme_is_an_offence() {
        var a = offering(
                EXOSOME, CLINIC_IV, "\"efficacy_claim\",\"testimonials\"", active("AU_SAS_OR_AP", "INFORMED_CONSENT"));

        assertThat(findingCodes(a)).contains("UNAPPROVED_PRODUCT_ADVERTISING");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * Regulations Schedules 5 and 7: an autologous product that is more than minimally manipulated and not for
     * homologous use, made outside a hospital, is fully regulated and needs ARTG entry.
     */
    @Test
    void expanded_autologous_cells_outside_a_hospital_need_artg_entry() {
        var a = offering("""
            {"type":"stem_cell","origin":"human","source":"adipose","donor":"autologous","contains_cells":true,"minimally_manipulated":false,"homologous_use":false,"positioned_as":"drug"}""", """
            {"setting":"clinic_commercial","routes":["intra_articular"],"indications":["orthopedic_joint"],"administered_by":"physician"}""", "", "");

        assertThat(a.classification().code()).isEqualTo("AU.THERAPEUTIC_GOOD");
        assertThat(satisfied(a, "ARTG")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** TGA advertising rules for HCT products (from 1 Jul 2018): an exempt autologous product may not be advertised. */
    @Test
    void advertising_exempt_autologous_cells_to_the_public_is_prohibited() {
        var a = offering("""
            {"type":"stem_cell","origin":"human","source":"adipose","donor":"autologous","contains_cells":true,"minimally_manipulated":true,"homologous_use":true,"positioned_as":"drug"}""", """
            {"setting":"clinic_commercial","routes":["injection_local"],"indications":["orthopedic_joint"],"administered_by":"physician"}""", "\"testimonials\"", "");

        assertThat(a.classification().code()).isEqualTo("AU.EXEMPT_AUTOLOGOUS_HCT");
        assertThat(findingCodes(a)).contains("CONSUMER_ADVERTISING_PROHIBITED");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Schedule 5A item 3 and reg 12AB: a trial whose CTA is only pending may not start. */
    @Test
    void a_trial_whose_cta_is_pending_is_not_permitted() {
        var a = offering(
                EXOSOME,
                TRIAL_IV,
                "",
                "{\"type\":\"CTA\",\"status\":\"pending\"}," + active("ETHICS_COMMITTEE", "INFORMED_CONSENT"));

        assertThat(satisfied(a, "CTA")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** A CTN or CTA covers use only within the trial (Schedule 5A item 3; the SAS is not a trial route either). */
    @Test
    void a_trial_notification_does_not_license_sale_in_a_clinic() {
        var a = offering(EXOSOME, CLINIC_IV, "", active("CTA"));

        assertThat(findingCodes(a)).contains("IND_NOT_COMMERCIAL");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** TGA infringement notices for unapproved cosmetic injectables: a cosmetic microneedled is a therapeutic good. */
    @Test
    void a_cosmetic_given_by_microneedling_is_not_permitted() {
        var a = offering("""
            {"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"cosmetic"}""", """
            {"setting":"beauty_salon","routes":["microneedling"],"indications":["skin_antiaging"],"administered_by":"beautician"}""", "", "");

        assertThat(findingCodes(a)).contains("COSMETIC_ADMINISTERED_INVASIVELY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    // ---- an unknown requirement never makes a lawful route unlawful ---------------------------------------

    /** classify.md: an authorisation the offering does not mention is unknown, so dropping one gives permitted_if. */
    @Test
    void dropping_one_listed_authorisation_of_a_lawful_trial_gives_permitted_if_not_not_permitted() {
        var held = List.of("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT");
        for (var dropped : held) {
            var said = held.stream().filter(t -> !t.equals(dropped)).toArray(String[]::new);
            var a = offering(EXOSOME, TRIAL_IV, "", active(said));
            assertThat(a.verdict()).as("without %s", dropped).isEqualTo(Verdict.PERMITTED_IF);
            assertThat(unknownRequirements(a)).as("without %s", dropped).containsExactly(dropped);
        }
        var sas = offering(EXOSOME, CLINIC_IV, "", active("INFORMED_CONSENT"));
        assertThat(sas.verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(unknownRequirements(sas)).containsExactly("ARTG");
    }
}
