package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each lawful route of US law reaches permitted or permitted_if when its conditions are met, and each unlawful
 * offering reaches not_permitted for the finding or unmet requirement that makes it so (us.yaml; notes §3.1).
 */
class UnitedStatesRoutesTest {

    private static final String ACTIVE = "{\"type\":\"%s\",\"status\":\"active\"}";

    private static String held(String... types) {
        return String.join(",", List.of(types).stream().map(ACTIVE::formatted).toList());
    }

    /** A phase 2 trial of an exosome product made under GMP, as its sponsor's page describes it. */
    private static String trial(String claims, String authorizations) {
        return """
            {"jurisdiction":"US","date":"2026-06-01",
             "product":{"name":"ExoTrial-1","type":"exosome","origin":"human","source":"bone_marrow","donor":"allogeneic",
                        "contains_cells":false,"positioned_as":"drug","gmp":true},
             "use":{"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["respiratory"],"administered_by":"physician"},
             "claims":[%s],"authorizations":[%s]}
            """.formatted(claims, authorizations);
    }

    // ---- lawful routes --------------------------------------------------------------------------------------

    /**
     * 21 CFR 312.20 and 312.40 (an IND in effect), Parts 50 and 56 (consent, IRB), Parts 210-211 (CGMP): the real case
     * of issue 14. A trial under an IND in effect with IRB approval and GMP material, whose page honestly says the
     * product is not approved, is lawful if its consent and donor screening are in order; the honesty costs nothing.
     */
    @Test
    void an_honest_trial_under_an_ind_with_irb_approval_and_gmp_material_is_permitted_if_consent_and_donor_screening() {
        var a = assess(trial("\"disclaimer_unapproved\"", held("IND", "IRB")));

        assertThat(a.classification().code()).isEqualTo("US.BIOLOGIC_DRUG");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(requirementCodes(a)).doesNotContain("BLA");
        assertThat(satisfied(a, "IND")).isTrue();
        assertThat(satisfied(a, "IRB")).isTrue();
        assertThat(satisfied(a, "CGMP")).isTrue();
        assertThat(a.requirements())
                .filteredOn(r -> r.satisfied() == null)
                .extracting(Assessment.Requirement::code)
                .containsExactlyInAnyOrder("INFORMED_CONSENT", "DONOR_ELIGIBILITY");
        assertThat(a.findings()).noneMatch(f -> f.severity() == Severity.VIOLATION);
        assertThat(reportingDays(a)).containsExactly(7, 15);

        var complete =
                assess(trial("\"disclaimer_unapproved\"", held("IND", "IRB", "INFORMED_CONSENT", "DONOR_ELIGIBILITY")));
        assertThat(complete.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * 21 CFR 312.20 and Part 56: a trial whose indication is COVID-19 studies it; only a claim to treat or prevent it is
     * a COVID-19 claim (FDA Consumer Alert 2020 targets marketing), so the indication alone is no violation.
     */
    @Test
    void a_covid_19_trial_under_an_ind_is_not_a_covid_claim() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"extracellular_vesicle","origin":"human","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinical_trial","routes":["nebulised_inhaled"],"indications":["covid19"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(held("IND", "IRB", "INFORMED_CONSENT", "DONOR_ELIGIBILITY")));

        assertThat(findingCodes(a)).doesNotContain("COVID_CLAIM", "UNAPPROVED_DISEASE_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * 21 CFR 312.305 and 312.310 (expanded access for an individual patient, FDA's compassionate-use route), with IRB
     * review and consent: lawful outside a trial and in a clinic; the patient paying only raises the 312.8 warning.
     */
    @Test
    void expanded_access_allowed_by_fda_is_permitted_in_a_clinic() {
        var a = assess(
                """
            {"jurisdiction":"US","product":{"type":"exosome","origin":"human","source":"bone_marrow","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinic_commercial","patient_pays":%s,"routes":["iv"],"indications":["neurological"],"administered_by":"physician"},
             "claims":["disclaimer_unapproved"],"authorizations":[%s]}
            """.formatted("false", held("US_EXPANDED_ACCESS", "IRB", "INFORMED_CONSENT", "DONOR_ELIGIBILITY")));

        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(requirementCodes(a)).contains("IND").doesNotContain("BLA");
        assertThat(citedSources(a)).contains("21 CFR 312.305, 312.310, 312.315, 312.320 (Part 312 subpart I)");
        assertThat(findingCodes(a)).doesNotContain("IND_NOT_COMMERCIAL", "UNAPPROVED_DISEASE_CLAIM");

        var paying = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"human","source":"bone_marrow","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["neurological"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(held("US_EXPANDED_ACCESS", "IRB", "INFORMED_CONSENT", "DONOR_ELIGIBILITY")));
        assertThat(paying.findings())
                .filteredOn(f -> f.code().equals("IND_NOT_COMMERCIAL"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(paying.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * 21 CFR 1271.10(a), 1271.21 (registration and listing), subparts C and D (donor eligibility, CGTP): a 361 HCT/P
     * that shows its registration, CGTP and donor eligibility is lawful without premarket review.
     */
    @Test
    void a_361_hctp_that_shows_registration_cgtp_and_donor_eligibility_is_permitted() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"other","origin":"human","source":"amniotic","contains_cells":true,"positioned_as":"drug",
              "minimally_manipulated":true,"homologous_use":true,"systemic_effect":false,"depends_on_metabolic_activity":false},
             "use":{"setting":"clinic_commercial","routes":["injection_local"],"indications":["wound"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(held("HCTP_REGISTRATION", "CGTP", "DONOR_ELIGIBILITY")));

        assertThat(a.classification().code()).isEqualTo("US.HCTP_361");
        assertThat(a.requirements())
                .allSatisfy(r -> assertThat(r.satisfied()).as(r.code()).isTrue());
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** FD&C Act §201(i): a plant exosome cream sold as a cosmetic for appearance, on intact skin, is a cosmetic. */
    @Test
    void a_topical_cosmetic_with_appearance_claims_only_is_permitted() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"plant","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"]},"claims":[]}
            """);

        assertThat(a.classification().code()).isEqualTo("US.COSMETIC");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** FD&C Act §201(g)(1): a reagent sold for laboratory research and given to no one (no route) is not a drug. */
    @Test
    void a_research_reagent_given_to_no_one_is_permitted() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"research_reagent"},
             "use":{"setting":"research","routes":[],"indications":[]},"claims":[]}
            """);

        assertThat(a.classification().code()).isEqualTo("US.RESEARCH_REAGENT");
        assertThat(findingCodes(a)).doesNotContain("REAGENT_USED_CLINICALLY");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** FD&C Act §505(a): a non-human exosome drug with an approved application, used as approved, needs no IND. */
    @Test
    void an_approved_non_human_drug_used_as_approved_needs_no_ind() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"plant","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinic_commercial","routes":["topical"],"indications":["wound"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(held("NDA")));

        assertThat(a.classification().code()).isEqualTo("US.NONHUMAN_DRUG");
        assertThat(requirementCodes(a)).containsExactly("NDA", "CGMP");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    // ---- unknown requirements never make a lawful route unlawful ---------------------------------------------

    /**
     * classify.md: an authorisation the offering does not mention leaves its requirement null, never false. Drop each
     * listed authorisation of the complete trial in turn: the verdict falls to permitted_if, never not_permitted.
     */
    @Test
    void dropping_any_one_listed_authorisation_of_a_lawful_trial_gives_permitted_if_not_not_permitted() {
        var all = List.of("IND", "IRB", "INFORMED_CONSENT", "DONOR_ELIGIBILITY");
        for (var dropped : all) {
            var rest = all.stream().filter(t -> !t.equals(dropped)).toArray(String[]::new);
            var a = assess(trial("\"disclaimer_unapproved\"", held(rest)));
            assertThat(a.verdict()).as("without %s", dropped).isEqualTo(Verdict.PERMITTED_IF);
            assertThat(satisfied(a, dropped)).as(dropped).isNull();
        }
    }

    // ---- unlawful offerings ---------------------------------------------------------------------------------

    /**
     * PHS Act §351(a), 21 CFR 1271.3(d)(3): a clinic's cash-pay exosome IV drip sold as "361" and "minimally
     * manipulated" is an unlicensed biologic; secreted cell factors are not HCT/Ps, and FDA has licensed no exosome.
     */
    @Test
    void a_commercial_exosome_iv_sold_as_361_and_minimally_manipulated_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["wellness_longevity"],"administered_by":"physician"},
             "claims":["hctp_361_or_minimally_manipulated","price"],"authorizations":[]}
            """);

        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
        assertThat(findingCodes(a)).contains("HCTP_361_NOT_APPLICABLE", "MINIMAL_MANIPULATION_IRRELEVANT");
        assertThat(satisfied(a, "BLA")).isFalse();
        assertThat(satisfied(a, "IND")).isFalse();
    }

    /**
     * 21 CFR 312.7(b) (no commercial distribution of an investigational drug; FDA warning letter to Kimera Labs, 2023):
     * selling an exosome injection to paying clinic patients outside the protocol, under an IND and IRB approval.
     */
    @Test
    void selling_under_an_ind_to_paying_patients_outside_the_protocol_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"human","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["intra_articular"],"indications":["orthopedic_joint"],"administered_by":"physician"},
             "claims":["under_ind","disclaimer_unapproved"],"authorizations":[%s]}
            """.formatted(held("IND", "IRB")));

        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
        assertThat(a.findings())
                .filteredOn(f -> f.code().equals("IND_NOT_COMMERCIAL"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.VIOLATION));
        assertThat(satisfied(a, "IND")).isFalse();
    }

    /** FDA 2019 notification ("There are currently no FDA-approved exosome products"): "FDA approved exosomes" is false. */
    @Test
    void fda_approved_exosomes_is_a_false_approval_claim_even_in_a_trial() {
        var clinic = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["skin_antiaging"],"administered_by":"physician"},
             "claims":["approval_claim"]}
            """);
        assertThat(clinic.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
        assertThat(findingCodes(clinic)).contains("FALSE_APPROVAL_CLAIM", "REGISTRATION_NOT_APPROVAL");

        var trial = assess(trial("\"approval_claim\"", held("IND", "IRB", "INFORMED_CONSENT", "DONOR_ELIGIBILITY")));
        assertThat(findingCodes(trial)).contains("FALSE_APPROVAL_CLAIM");
        assertThat(trial.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** 21 CFR 312.40 and Part 56: a trial whose IND is still pending, or whose IRB said no, may not begin. */
    @Test
    void a_trial_without_an_ind_in_effect_or_with_irb_approval_refused_is_not_permitted() {
        var pending = assess(trial("", "{\"type\":\"IND\",\"status\":\"pending\"}," + held("IRB")));
        assertThat(satisfied(pending, "IND")).isFalse();
        assertThat(pending.verdict()).isEqualTo(Verdict.NOT_PERMITTED);

        var refused = assess(trial("", held("IND") + ",{\"type\":\"IRB\",\"status\":\"none\"}"));
        assertThat(satisfied(refused, "IRB")).isFalse();
        assertThat(refused.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * 21 CFR 312 subpart I: expanded access is FDA's permission, which the offering must show; listed as pending, the
     * clinic's drip is an unlicensed biologic sold with a disease indication.
     */
    @Test
    void expanded_access_that_is_only_pending_does_not_cover_a_clinic() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"human","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["neurological"],"administered_by":"physician"},
             "claims":[],"authorizations":[{"type":"US_EXPANDED_ACCESS","status":"pending"},%s]}
            """.formatted(held("IRB")));

        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
        assertThat(satisfied(a, "BLA")).isFalse();
        assertThat(findingCodes(a)).contains("UNAPPROVED_DISEASE_CLAIM");
    }

    /** FD&C Act §201(g)(1), PHS Act §351(a): a research reagent injected in a clinic is an unapproved drug and biologic. */
    @Test
    void a_research_reagent_injected_in_a_clinic_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"human","positioned_as":"research_reagent"},
             "use":{"setting":"clinic_commercial","routes":["injection_local"],"indications":["hair_loss"]},"claims":[]}
            """);

        assertThat(findingCodes(a)).contains("REAGENT_USED_CLINICALLY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }
}
