package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.LawfulRoutes.active;
import static org.exovigil.rulebook.LawfulRoutes.checkEachDropLeavesOnlyItOpen;
import static org.exovigil.rulebook.LawfulRoutes.unknownRequirements;
import static org.exovigil.rulebook.Scenarios.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lawful routes for cell and vesicle products in Singapore (Health Products Act; Health Products (Therapeutic
 * Products) Regulations 2016; Health Products (Clinical Trials) Regulations 2016; Health Products (Cell, Tissue and Gene
 * Therapy Products) Regulations 2021; ACD Regulations 2007 for cosmetics), and the offerings that break them.
 */
class SingaporeRoutesTest {

    private static final String EXOSOME = """
        {"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug","gmp":true}""";
    private static final String TRIAL_IV = """
        {"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["orthopedic_joint"],"administered_by":"physician"}""";
    private static final String CLINIC_IV = """
        {"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["orthopedic_joint"],"administered_by":"physician"}""";
    private static final String TOPICAL = """
        {"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"],"administered_by":"self"}""";
    private static final List<String> TRIAL_AUTHORISATIONS = List.of("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT");

    private static Assessment offering(String product, String use, String claims, String authorizations) {
        return assess("""
            {"jurisdiction":"SG","date":"2025-06-01","product":%s,"use":%s,"claims":[%s],"authorizations":[%s]}
            """.formatted(product, use, claims, authorizations));
    }

    // ---- lawful routes ------------------------------------------------------------------------------------

    /** Health Products (Clinical Trials) Regulations 2016 reg 7: an HSA clinical trial authorisation and IRB approval, with consent. */
    @Test
    void a_trial_with_an_hsa_authorisation_irb_approval_and_consent_is_permitted() {
        var a = offering(EXOSOME, TRIAL_IV, "", active(TRIAL_AUTHORISATIONS));

        assertThat(a.classification().code()).isEqualTo("SG.THERAPEUTIC_PRODUCT");
        assertThat(requirementCodes(a)).containsExactlyInAnyOrderElementsOf(TRIAL_AUTHORISATIONS);
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * The US-style trial (IND, IRB) says nothing of an HSA authorisation, a Singapore IRB's approval or consent (reg 7):
     * those are unknown, so it is lawful only if it holds them.
     */
    @Test
    void a_trial_naming_only_us_authorisations_is_lawful_if_it_holds_the_singapore_ones() {
        var a = offering(EXOSOME, TRIAL_IV, "", active("IND", "IRB"));

        assertThat(unknownRequirements(a)).containsExactlyInAnyOrderElementsOf(TRIAL_AUTHORISATIONS);
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
    }

    /** Health Products Act; Therapeutic Products Regulations 2016: a registered product may be supplied. */
    @Test
    void a_registered_product_is_permitted() {
        var a = offering(EXOSOME, CLINIC_IV, "", active("HSA_REGISTRATION"));

        assertThat(requirementCodes(a)).containsExactly("HSA_REGISTRATION");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * CTGTP Regulations 2021 and HSA's overview: trials of Class 1 CTGT products (minimally manipulated, homologous) fall
     * under the Human Biomedical Research Act, with IRB approval and consent but no HSA trial authorisation.
     */
    @Test
    void a_class_1_cell_product_trial_needs_irb_approval_and_consent_but_no_hsa_authorisation() {
        var a = offering("""
            {"type":"stem_cell","origin":"human","source":"cord_blood","contains_cells":true,"minimally_manipulated":true,"homologous_use":true,"positioned_as":"drug"}""", TRIAL_IV, "", active("ETHICS_COMMITTEE", "INFORMED_CONSENT"));

        assertThat(a.classification().code()).isEqualTo("SG.CTGTP");
        assertThat(requirementCodes(a)).containsExactlyInAnyOrder("ETHICS_COMMITTEE", "INFORMED_CONSENT");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** ACD Regulations 2007 reg 4: a cosmetic notified to HSA may be supplied for use on intact skin. */
    @Test
    void a_notified_cosmetic_on_intact_skin_is_permitted() {
        var plant = offering("""
            {"type":"exosome","origin":"plant","source":"plant","positioned_as":"cosmetic"}""", TOPICAL, "", active("COSMETIC_NOTIFICATION"));
        assertThat(plant.classification().code()).isEqualTo("SG.COSMETIC");
        assertThat(plant.verdict()).isEqualTo(Verdict.PERMITTED);

        var human = offering("""
            {"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"cosmetic"}""", TOPICAL, "", active("COSMETIC_NOTIFICATION"));
        assertThat(human.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(human)).contains("HUMAN_DERIVED_COSMETIC_PROHIBITED");
    }

    // ---- unlawful offerings -------------------------------------------------------------------------------

    /** Health Products Act: a therapeutic product must be registered before it is supplied. */
    @Test
    void an_unregistered_exosome_drip_is_not_permitted() {
        var a = offering(EXOSOME, CLINIC_IV, "", "");

        assertThat(satisfied(a, "HSA_REGISTRATION")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** CTGTP Regulations 2021: expanded cells are a Class 2 CTGT product needing registration; a trial authorisation does not license sale. */
    @Test
    void expanded_stem_cells_sold_in_a_clinic_under_a_trial_authorisation_are_not_permitted() {
        var a = offering("""
            {"type":"stem_cell","origin":"human","source":"umbilical_cord","contains_cells":true,"minimally_manipulated":false,"positioned_as":"drug"}""", CLINIC_IV, "", active("CTA"));

        assertThat(a.classification().code()).isEqualTo("SG.CTGTP");
        assertThat(findingCodes(a)).contains("IND_NOT_COMMERCIAL", "UNAPPROVED_DISEASE_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Health Products (Clinical Trials) Regulations 2016 reg 7: no trial without IRB approval. */
    @Test
    void a_trial_without_irb_approval_is_not_permitted() {
        var a = offering(
                EXOSOME,
                TRIAL_IV,
                "",
                active("CTA", "INFORMED_CONSENT") + ",{\"type\":\"ETHICS_COMMITTEE\",\"status\":\"none\"}");

        assertThat(satisfied(a, "ETHICS_COMMITTEE")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** ACD Regulations 2007 reg 4: a cosmetic may not be supplied before it is notified. */
    @Test
    void a_cosmetic_that_is_not_notified_is_not_permitted() {
        var a = offering("""
            {"type":"exosome","origin":"plant","source":"plant","positioned_as":"cosmetic"}""", TOPICAL, "", "{\"type\":\"COSMETIC_NOTIFICATION\",\"status\":\"none\"}");

        assertThat(satisfied(a, "COSMETIC_NOTIFICATION")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** A cosmetic is for the external parts of the body (ACD definition); needled into the skin it is a health product. */
    @Test
    void a_cosmetic_given_by_microneedling_is_not_permitted() {
        var a = offering("""
            {"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"cosmetic"}""", """
            {"setting":"beauty_salon","routes":["microneedling"],"indications":["skin_antiaging"],"administered_by":"beautician"}""", "", active("COSMETIC_NOTIFICATION"));

        assertThat(findingCodes(a)).contains("COSMETIC_ADMINISTERED_INVASIVELY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    // ---- an unknown requirement never makes a lawful route unlawful ---------------------------------------

    /** classify.md: an authorisation the offering does not mention is unknown, so dropping one gives permitted_if. */
    @Test
    void dropping_one_listed_authorisation_of_a_lawful_trial_gives_permitted_if_not_not_permitted() {
        checkEachDropLeavesOnlyItOpen(TRIAL_AUTHORISATIONS, said -> offering(EXOSOME, TRIAL_IV, "", said));
    }
}
