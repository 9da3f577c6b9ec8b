package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.LawfulRoutes.active;
import static org.exovigil.rulebook.LawfulRoutes.checkEachDropLeavesOnlyItOpen;
import static org.exovigil.rulebook.LawfulRoutes.unknownRequirements;
import static org.exovigil.rulebook.Scenarios.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lawful routes for cell and vesicle products in the United Arab Emirates, at the depth the notes support: MOHAP
 * registration of products with medical claims, the emirate health authorities' licences for stem-cell centres (DHA
 * Stem Cell Scientific Board, 2018), and approval of investigational use with informed consent (Abu Dhabi DoH
 * standards, secondary); and the offerings that break them.
 */
class UnitedArabEmiratesRoutesTest {

    private static final String EXOSOME = """
        {"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug","gmp":true}""";
    private static final String STEM_CELLS = """
        {"type":"stem_cell","origin":"human","source":"adipose","donor":"autologous","contains_cells":true,"positioned_as":"drug"}""";
    private static final String TRIAL_IV = """
        {"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["orthopedic_joint"],"administered_by":"physician"}""";
    private static final String CLINIC_IV = """
        {"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["orthopedic_joint"],"administered_by":"physician"}""";
    private static final List<String> TRIAL_AUTHORISATIONS = List.of("CTA", "INFORMED_CONSENT");

    private static Assessment offering(String product, String use, String claims, String authorizations) {
        return assess("""
            {"jurisdiction":"AE","date":"2025-01-01","product":%s,"use":%s,"claims":[%s],"authorizations":[%s]}
            """.formatted(product, use, claims, authorizations));
    }

    // ---- lawful routes ------------------------------------------------------------------------------------

    /** MOHAP Registration & Control Department: a registered product with medical claims may be supplied. */
    @Test
    void a_mohap_registered_product_is_permitted() {
        var a = offering(EXOSOME, CLINIC_IV, "", active("MOHAP_REGISTRATION"));

        assertThat(a.classification().code()).isEqualTo("AE.MEDICAL_PRODUCT");
        assertThat(requirementCodes(a)).containsExactly("MOHAP_REGISTRATION");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** Abu Dhabi DoH standards: investigational use approved by the health authority, with informed consent. */
    @Test
    void an_approved_trial_with_consent_is_permitted() {
        var a = offering(EXOSOME, TRIAL_IV, "", active(TRIAL_AUTHORISATIONS));

        assertThat(requirementCodes(a)).containsExactlyInAnyOrderElementsOf(TRIAL_AUTHORISATIONS);
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** The US-style trial (IND, IRB) says nothing of the UAE approval: lawful only if it holds it (DoH standards). */
    @Test
    void a_trial_naming_only_us_authorisations_is_lawful_if_it_holds_the_uae_approval() {
        var a = offering(EXOSOME, TRIAL_IV, "", active("IND", "IRB"));

        assertThat(unknownRequirements(a)).containsExactlyInAnyOrderElementsOf(TRIAL_AUTHORISATIONS);
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
    }

    /** DHA Stem Cell Scientific Board (2018): autologous stem-cell therapy at a licensed centre. */
    @Test
    void stem_cell_therapy_at_a_licensed_centre_is_permitted() {
        var a = offering(STEM_CELLS, CLINIC_IV, "", active("DHA_LICENCE"));

        assertThat(a.classification().code()).isEqualTo("AE.STEM_CELL_THERAPY");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** A cosmetic with no medical claim is not a MOHAP medical product; registered as a cosmetic it may be sold (unsettled). */
    @Test
    void a_registered_cosmetic_on_intact_skin_is_permitted() {
        var a = offering("""
            {"type":"exosome","origin":"plant","source":"plant","positioned_as":"cosmetic"}""", """
            {"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"],"administered_by":"self"}""", "", active("COSMETIC_NOTIFICATION"));

        assertThat(a.classification().code()).isEqualTo("AE.COSMETIC");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    // ---- unlawful offerings -------------------------------------------------------------------------------

    /** MOHAP: a product with medical claims must be registered before it is supplied. */
    @Test
    void an_unregistered_exosome_drip_is_not_permitted() {
        var a = offering(EXOSOME, CLINIC_IV, "\"efficacy_claim\"", "");

        assertThat(satisfied(a, "MOHAP_REGISTRATION")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** DHA licensure for stem-cell centres: a centre whose licence is lacking may not give stem-cell therapy. */
    @Test
    void stem_cell_therapy_without_a_health_authority_licence_is_not_permitted() {
        var a = offering(STEM_CELLS, CLINIC_IV, "", "{\"type\":\"DHA_LICENCE\",\"status\":\"none\"}");

        assertThat(satisfied(a, "DHA_LICENCE")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** MOHAP: a research reagent given to patients is a product with medical claims, unregistered. */
    @Test
    void a_research_reagent_given_to_patients_is_not_permitted() {
        var a = offering("""
            {"type":"exosome","origin":"human","positioned_as":"research_reagent"}""", CLINIC_IV, "", "");

        assertThat(findingCodes(a)).contains("REAGENT_USED_CLINICALLY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** DoH standards: approval of investigational use covers the research only, not commercial sale. */
    @Test
    void a_trial_approval_does_not_license_sale_in_a_clinic() {
        var a = offering(EXOSOME, CLINIC_IV, "", active("CTA"));

        assertThat(findingCodes(a)).contains("IND_NOT_COMMERCIAL");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    // ---- an unknown requirement never makes a lawful route unlawful ---------------------------------------

    /** classify.md: an authorisation the offering does not mention is unknown, so dropping one gives permitted_if. */
    @Test
    void dropping_one_listed_authorisation_of_a_lawful_trial_gives_permitted_if_not_not_permitted() {
        checkEachDropLeavesOnlyItOpen(TRIAL_AUTHORISATIONS, said -> offering(EXOSOME, TRIAL_IV, "", said));
    }
}
