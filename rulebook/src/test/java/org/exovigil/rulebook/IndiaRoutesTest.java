package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.LawfulRoutes.active;
import static org.exovigil.rulebook.LawfulRoutes.checkEachDropLeavesOnlyItOpen;
import static org.exovigil.rulebook.LawfulRoutes.unknownRequirements;
import static org.exovigil.rulebook.Scenarios.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lawful routes for cell and cell-derived products in India (New Drugs and Clinical Trials Rules 2019, rule 2(w)(v)
 * as amended on 13 Jan 2022; ICMR-DBT National Guidelines for Stem Cell Research 2017), and the offerings that break them.
 */
class IndiaRoutesTest {

    private static final String MSC_EXOSOME = """
        {"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug","gmp":true}""";
    private static final String TRIAL_IV = """
        {"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["orthopedic_joint"],"administered_by":"physician"}""";
    private static final String CLINIC_IV = """
        {"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["orthopedic_joint"],"administered_by":"physician"}""";
    private static final List<String> TRIAL_AUTHORISATIONS =
            List.of("CDSCO_PERMISSION", "ETHICS_COMMITTEE", "INFORMED_CONSENT", "IN_IC_SCR");

    private static Assessment offering(String product, String use, String claims, String authorizations) {
        return assess("""
            {"jurisdiction":"IN","date":"2025-09-01","product":%s,"use":%s,"claims":[%s],"authorizations":[%s]}
            """.formatted(product, use, claims, authorizations));
    }

    // ---- lawful routes ------------------------------------------------------------------------------------

    /**
     * NDCT Rules 2019 rule 22 (CDSCO trial permission), rules 8 and 25 (registered ethics committee), Third Schedule
     * (informed consent); ICMR-DBT guidelines 2017 (IC-SCR review of stem cells and their derivatives).
     */
    @Test
    void a_trial_with_cdsco_permission_ethics_and_stem_cell_committee_approval_is_permitted() {
        var a = offering(MSC_EXOSOME, TRIAL_IV, "", active(TRIAL_AUTHORISATIONS));

        assertThat(a.classification().code()).isEqualTo("IN.NEW_DRUG");
        assertThat(requirementCodes(a)).containsExactlyInAnyOrderElementsOf(TRIAL_AUTHORISATIONS);
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** The US-style trial (IND, IRB) says nothing of India's own permissions (rules 8, 22, 25): lawful only if it holds them. */
    @Test
    void a_trial_naming_only_us_authorisations_is_lawful_if_it_holds_the_indian_ones() {
        var a = offering(MSC_EXOSOME, TRIAL_IV, "", active("IND", "IRB"));

        assertThat(unknownRequirements(a)).containsExactlyInAnyOrderElementsOf(TRIAL_AUTHORISATIONS);
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
    }

    /** NDCT Rules 2019 (permission to import or manufacture a new drug for sale): the permitted product may be used. */
    @Test
    void a_new_drug_with_cdsco_marketing_permission_is_permitted() {
        var a = offering(MSC_EXOSOME, CLINIC_IV, "", active("CDSCO_PERMISSION"));

        assertThat(requirementCodes(a)).containsExactly("CDSCO_PERMISSION");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** Drugs and Cosmetics Act 1940 s.3(aaa), Cosmetics Rules 2020: a licensed cosmetic on intact skin (law unsettled). */
    @Test
    void a_licensed_cosmetic_on_intact_skin_is_permitted() {
        var a = offering("""
            {"type":"exosome","origin":"plant","source":"plant","positioned_as":"cosmetic"}""", """
            {"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"],"administered_by":"self"}""", "", active("COSMETIC_NOTIFICATION"));

        assertThat(a.classification().code()).isEqualTo("IN.COSMETIC");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** Rule 2(w)(v) reaches products meant for people; a laboratory reagent given to no one needs no permission (inference). */
    @Test
    void a_research_reagent_used_in_the_laboratory_needs_no_new_drug_permission() {
        var a = assess("""
            {"jurisdiction":"IN","date":"2025-09-01","product":{"type":"secretome","origin":"human","positioned_as":"research_reagent"},
             "use":{"setting":"research","indications":[]},"claims":[]}
            """);

        assertThat(a.classification().code()).isEqualTo("IN.RESEARCH_REAGENT");
        assertThat(a.requirements()).isEmpty();
        // lawful if the routes and administrator it does not give rule out a clinical use
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(a.explanation()).anyMatch(s -> s.contains("REAGENT_USED_CLINICALLY"));
    }

    // ---- unlawful offerings -------------------------------------------------------------------------------

    /** Rule 2(w)(v) as amended 13 Jan 2022: a cell-derived product is a new drug; selling it without permission is unlawful. */
    @Test
    void a_secretome_sold_in_a_clinic_without_cdsco_permission_is_not_permitted() {
        var a = offering("""
            {"type":"secretome","origin":"human","source":"adipose","positioned_as":"drug"}""", CLINIC_IV, "", "");

        assertThat(satisfied(a, "CDSCO_PERMISSION")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * Rule 2(w)(v) and the MoHFW letter of 9 Feb 2021: stem cells are new drugs; ICMR-DBT guidelines 2017: use outside an
     * approved trial, other than HSCT, is malpractice.
     */
    @Test
    void a_stem_cell_clinic_treating_joints_is_not_permitted_and_flagged_as_malpractice() {
        var a = offering("""
            {"type":"stem_cell","origin":"human","source":"bone_marrow","contains_cells":true,"positioned_as":"drug"}""", CLINIC_IV, "\"disease_treatment\"", "");

        assertThat(satisfied(a, "CDSCO_PERMISSION")).isFalse();
        assertThat(findingCodes(a)).contains("UNAPPROVED_DISEASE_CLAIM", "NO_APPROVED_PRODUCT_FOR_INDICATION");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** NDCT Rules 2019 rules 8 and 25: a trial without the approval of a registered ethics committee may not run. */
    @Test
    void a_trial_without_ethics_committee_approval_is_not_permitted() {
        var a = offering(
                MSC_EXOSOME,
                TRIAL_IV,
                "",
                active("CDSCO_PERMISSION", "INFORMED_CONSENT", "IN_IC_SCR")
                        + ",{\"type\":\"ETHICS_COMMITTEE\",\"status\":\"none\"}");

        assertThat(satisfied(a, "ETHICS_COMMITTEE")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** NDCT Rules 2019 rule 22: a trial permission covers the trial only, never commercial sale. */
    @Test
    void a_trial_permission_does_not_license_sale_in_a_clinic() {
        var a = offering(MSC_EXOSOME, CLINIC_IV, "", active("CTA"));

        assertThat(findingCodes(a)).contains("IND_NOT_COMMERCIAL");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    // ---- an unknown requirement never makes a lawful route unlawful ---------------------------------------

    /** classify.md: an authorisation the offering does not mention is unknown, so dropping one gives permitted_if. */
    @Test
    void dropping_one_listed_authorisation_of_a_lawful_trial_gives_permitted_if_not_not_permitted() {
        checkEachDropLeavesOnlyItOpen(TRIAL_AUTHORISATIONS, said -> offering(MSC_EXOSOME, TRIAL_IV, "", said));
    }
}
