package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each lawful route of Canadian law reaches permitted or permitted_if when its conditions are met, and each unlawful
 * offering reaches not_permitted for the finding or unmet requirement that makes it so (ca.yaml; notes §3.9).
 */
class CanadaRoutesTest {

    private static final String ACTIVE = "{\"type\":\"%s\",\"status\":\"active\"}";

    private static String held(String... types) {
        return String.join(",", List.of(types).stream().map(ACTIVE::formatted).toList());
    }

    /** An authorised trial of a GMP-made, cord-derived exosome product, as the sponsor's page describes it. */
    private static String trial(String authorizations) {
        return """
            {"jurisdiction":"CA","date":"2026-06-01",
             "product":{"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["respiratory"],"administered_by":"physician"},
             "claims":["disclaimer_unapproved"],"authorizations":[%s]}
            """.formatted(authorizations);
    }

    // ---- lawful routes --------------------------------------------------------------------------------------

    /**
     * Food and Drug Regulations C.05.006(1) (sale for a trial after Health Canada's No Objection Letter, with research
     * ethics board approval of protocol and consent form) and C.05.010 (written informed consent, GMP).
     */
    @Test
    void an_authorised_trial_with_ethics_approval_consent_and_gmp_is_permitted() {
        var a = assess(trial(held("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT")));

        assertThat(a.classification().code()).isEqualTo("CA.DRUG");
        assertThat(requirementCodes(a)).containsExactly("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT", "GMP");
        assertThat(a.requirements())
                .allSatisfy(r -> assertThat(r.satisfied()).as(r.code()).isTrue());
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(reportingDays(a)).containsExactly(7, 15);
    }

    /** Health Canada 2019 (RA-69974) and C.05.006: an experimental cell therapy is lawful in an authorised trial. */
    @Test
    void a_cell_therapy_in_an_authorised_trial_is_permitted() {
        var a = assess("""
            {"jurisdiction":"CA","product":{"type":"stem_cell","origin":"human","contains_cells":true,"positioned_as":"drug","gmp":true},
             "use":{"setting":"clinical_trial","routes":["iv"],"indications":["covid19"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(held("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT")));

        assertThat(a.classification().code()).isEqualTo("CA.CELL_THERAPY_DRUG");
        assertThat(findingCodes(a)).doesNotContain("COVID_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** Food and Drugs Act s.2 and Part C: a drug with a Notice of Compliance and DIN may be sold and used. */
    @Test
    void a_drug_with_a_notice_of_compliance_and_din_is_permitted() {
        var a = assess("""
            {"jurisdiction":"CA","product":{"type":"exosome","origin":"human","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["wound"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(held("HC_AUTHORIZATION")));

        assertThat(satisfied(a, "HC_AUTHORIZATION")).isTrue();
        assertThat(findingCodes(a)).doesNotContain("UNAPPROVED_DISEASE_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * Food and Drug Regulations C.08.010(1): a Special Access Program letter of authorization lets the manufacturer
     * sell an unauthorised drug to the treating practitioner for a patient's emergency treatment.
     */
    @Test
    void a_special_access_program_letter_is_permitted_in_a_clinic() {
        var a = assess("""
            {"jurisdiction":"CA","product":{"type":"extracellular_vesicle","origin":"human","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["neurological"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(held("CA_SPECIAL_ACCESS")));

        assertThat(requirementCodes(a)).containsExactly("CA_SPECIAL_ACCESS");
        assertThat(citedSources(a)).contains("Food and Drug Regulations, C.08.010(1) (Special Access Program)");
        assertThat(findingCodes(a)).doesNotContain("UNAPPROVED_DISEASE_CLAIM", "IND_NOT_COMMERCIAL");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * Health Canada notice of 14 Aug 2025 (classified by representation) and Cosmetic Regulations s.30(1): a topical
     * product with appearance claims only, notified as a cosmetic, is lawful; the classification is unsettled.
     */
    @Test
    void a_notified_topical_cosmetic_without_drug_claims_is_permitted_with_the_law_flagged_unsettled() {
        var a = assess("""
            {"jurisdiction":"CA","product":{"type":"exosome","origin":"plant","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"]},
             "claims":[],"authorizations":[%s]}
            """.formatted(held("COSMETIC_NOTIFICATION")));

        assertThat(a.classification().code()).isEqualTo("CA.TOPICAL_CASE_BY_CASE");
        assertThat(satisfied(a, "COSMETIC_NOTIFICATION")).isTrue();
        assertThat(findingCodes(a)).contains("LAW_UNSETTLED");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** Food and Drugs Act s.2: a reagent sold for laboratory research and given to no one is not a drug. */
    @Test
    void a_research_reagent_given_to_no_one_is_permitted() {
        var a = assess("""
            {"jurisdiction":"CA","product":{"type":"conditioned_media","origin":"human","positioned_as":"research_reagent"},
             "use":{"setting":"research","routes":[]},"claims":[]}
            """);

        assertThat(a.classification().code()).isEqualTo("CA.RESEARCH_REAGENT");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    // ---- unknown requirements never make a lawful route unlawful ---------------------------------------------

    /**
     * classify.md: an authorisation the offering does not mention leaves its requirement null, never false. Drop each
     * listed authorisation of the complete trial in turn: the verdict falls to permitted_if, never not_permitted.
     */
    @Test
    void dropping_any_one_listed_authorisation_of_a_lawful_trial_gives_permitted_if_not_not_permitted() {
        var all = List.of("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT");
        for (var dropped : all) {
            var rest = all.stream().filter(t -> !t.equals(dropped)).toArray(String[]::new);
            var a = assess(trial(held(rest)));
            assertThat(a.verdict()).as("without %s", dropped).isEqualTo(Verdict.PERMITTED_IF);
            assertThat(satisfied(a, dropped)).as(dropped).isNull();
        }
    }

    // ---- unlawful offerings ---------------------------------------------------------------------------------

    /**
     * Health Canada final notice (April 2026) and Food and Drugs Act s.2: an exosome drip sold with efficacy claims is
     * a drug; without a Notice of Compliance and DIN it may not be sold.
     */
    @Test
    void a_commercial_exosome_drip_without_noc_and_din_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"CA","product":{"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["wellness_longevity"],"administered_by":"physician"},
             "claims":["efficacy_claim"],"authorizations":[]}
            """);

        assertThat(a.classification().code()).isEqualTo("CA.DRUG");
        assertThat(satisfied(a, "HC_AUTHORIZATION")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * Food and Drug Regulations C.05.006(1) (sale only for the purposes of the trial) and C.05.010(b) (use in accordance
     * with the protocol): a clinic selling knee injections to paying patients under its trial authorisation.
     */
    @Test
    void selling_under_a_trial_authorisation_to_paying_clinic_patients_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"CA","product":{"type":"exosome","origin":"human","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["intra_articular"],"indications":["orthopedic_joint"],"administered_by":"physician"},
             "claims":["under_ind"],"authorizations":[%s]}
            """.formatted(held("CTA", "ETHICS_COMMITTEE")));

        assertThat(findingCodes(a)).contains("IND_NOT_COMMERCIAL", "UNAPPROVED_DISEASE_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Health Canada notice of 14 Aug 2025: a cosmetic microneedled into the skin is used as a drug. */
    @Test
    void a_notified_cosmetic_microneedled_in_a_salon_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"CA","product":{"type":"exosome","origin":"human","positioned_as":"cosmetic"},
             "use":{"setting":"beauty_salon","routes":["microneedling"],"indications":["skin_antiaging"],"administered_by":"beautician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(held("COSMETIC_NOTIFICATION")));

        assertThat(a.classification().code()).isEqualTo("CA.DRUG");
        assertThat(findingCodes(a)).contains("COSMETIC_ADMINISTERED_INVASIVELY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * Health Canada 2019 (RA-69974: experimental cell therapies only in authorised trials) and Food and Drugs Act s.9
     * (no false or misleading advertising): a stem-cell clinic claiming approval for knee pain.
     */
    @Test
    void a_stem_cell_clinic_claiming_approval_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"CA","product":{"type":"stem_cell","origin":"human","contains_cells":true},
             "use":{"setting":"clinic_commercial","routes":["intra_articular"],"indications":["orthopedic_joint"]},
             "claims":["approval_claim"],"authorizations":[]}
            """);

        assertThat(satisfied(a, "HC_AUTHORIZATION")).isFalse();
        assertThat(findingCodes(a)).contains("FALSE_APPROVAL_CLAIM", "UNAPPROVED_DISEASE_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** C.05.006(1)(c) and C.05.010(d): a trial whose research ethics board has not approved it may not begin. */
    @Test
    void a_trial_without_research_ethics_board_approval_is_not_permitted() {
        var a = assess(trial(held("CTA", "INFORMED_CONSENT") + ",{\"type\":\"ETHICS_COMMITTEE\",\"status\":\"none\"}"));

        assertThat(satisfied(a, "ETHICS_COMMITTEE")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Food and Drugs Act s.2: a research reagent injected in a clinic is represented and used as a drug. */
    @Test
    void a_research_reagent_injected_in_a_clinic_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"CA","product":{"type":"exosome","origin":"human","positioned_as":"research_reagent"},
             "use":{"setting":"clinic_commercial","routes":["injection_local"]},"claims":[]}
            """);

        assertThat(findingCodes(a)).contains("REAGENT_USED_CLINICALLY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }
}
