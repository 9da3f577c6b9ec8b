package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.*;

import org.junit.jupiter.api.Test;

/** Scenarios written from 21 CFR 1271, 21 CFR 312, the FD&C Act and the PHS Act, and FDA's letters. */
class UnitedStatesLawTest {

    private static final String CASH_PAY_SPINE = """
        {"jurisdiction":"US","date":"2026-01-15",
         "product":{"type":"exosome","origin":"human","source":"placenta","donor":"allogeneic","contains_cells":false,"positioned_as":"drug"},
         "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["intradiscal"],"indications":["spine_back_pain"],"administered_by":"physician"},
         "claims":["hctp_361_or_minimally_manipulated"]}
        """;

    @Test
    void cash_pay_intradiscal_exosomes_sold_as_361_are_an_unlicensed_biologic() {
        var a = assess(CASH_PAY_SPINE);
        assertThat(a.classification().code()).isEqualTo("US.BIOLOGIC_DRUG");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
        assertThat(satisfied(a, "BLA")).isFalse();
        assertThat(satisfied(a, "IND")).isFalse();
        assertThat(findingCodes(a))
                .contains(
                        "HCTP_361_NOT_APPLICABLE",
                        "MINIMAL_MANIPULATION_IRRELEVANT",
                        "UNAPPROVED_DISEASE_CLAIM",
                        "NO_APPROVED_PRODUCT_FOR_INDICATION");
        assertThat(citedSources(a)).contains("21 CFR 1271.3(d)", "21 CFR 1271.10(a)");
        assertThat(reportingDays(a)).containsExactly(7, 15);
    }

    @Test
    void every_requirement_and_finding_carries_a_citation() {
        var a = assess(CASH_PAY_SPINE);
        assertThat(a.requirements()).allSatisfy(r -> assertThat(r.citations()).isNotEmpty());
        assertThat(a.findings()).allSatisfy(f -> assertThat(f.citations()).isNotEmpty());
        assertThat(a.explanation()).isNotEmpty().allSatisfy(s -> assertThat(s).endsWith("."));
    }

    @Test
    void citing_an_ind_does_not_make_a_commercial_offering_lawful() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"human"},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["wellness_longevity"]},
             "claims":["under_ind"],"authorizations":[{"type":"IND","id":"12345","status":"active"}]}
            """);
        assertThat(findingCodes(a)).contains("IND_NOT_COMMERCIAL");
        assertThat(satisfied(a, "IND")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void a_trial_under_an_active_ind_with_irb_consent_and_cgmp_is_permitted() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"extracellular_vesicle","origin":"human","source":"umbilical_cord","gmp":true,"positioned_as":"drug"},
             "use":{"setting":"clinical_trial","routes":["iv"],"indications":["respiratory"]},
             "claims":[],
             "authorizations":[{"type":"IND","status":"active"},{"type":"IRB","status":"active"},{"type":"INFORMED_CONSENT","status":"active"},{"type":"DONOR_ELIGIBILITY","status":"active"}]}
            """);
        assertThat(requirementCodes(a))
                .doesNotContain("BLA")
                .contains("IND", "IRB", "INFORMED_CONSENT", "CGMP", "DONOR_ELIGIBILITY");
        assertThat(a.requirements()).allSatisfy(r -> assertThat(r.satisfied()).isTrue());
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    @Test
    void the_same_trial_without_saying_whether_it_has_irb_approval_is_only_permitted_if() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"extracellular_vesicle","origin":"human","gmp":true},
             "use":{"setting":"clinical_trial","routes":["iv"],"indications":["respiratory"]},"claims":[]}
            """);
        assertThat(satisfied(a, "IND")).isNull();
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
    }

    @Test
    void an_offering_that_only_names_the_product_is_never_permitted() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"exosome"}}
            """);
        assertThat(a.verdict()).isIn(Verdict.UNDETERMINED, Verdict.PERMITTED_IF);
        assertThat(a.explanation()).anyMatch(s -> s.contains("does not give"));
    }

    @Test
    void approval_and_registration_claims_are_false_or_misleading() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"human"},
             "use":{"setting":"clinic_commercial","routes":["iv"]},"claims":["approval_claim","off_label"]}
            """);
        assertThat(findingCodes(a))
                .contains("FALSE_APPROVAL_CLAIM", "REGISTRATION_NOT_APPROVAL", "OFF_LABEL_NOT_POSSIBLE");
    }

    @Test
    void covid_claims_and_particle_counts_are_flagged() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"human"},
             "use":{"setting":"clinic_commercial","routes":["nebulised_inhaled"],"indications":["covid19"]},
             "claims":["covid","particle_count_potency","safety_claim"]}
            """);
        assertThat(findingCodes(a)).contains("COVID_CLAIM", "PARTICLE_COUNT_NOT_POTENCY", "SAFETY_ASSURANCE_CLAIM");
    }

    @Test
    void a_topical_cosmetic_with_appearance_claims_is_a_cosmetic_but_microneedling_makes_it_a_drug() {
        var topical = assess("""
            {"jurisdiction":"US","date":"2025-01-01","product":{"type":"exosome","origin":"plant","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"]},"claims":[]}
            """);
        assertThat(topical.classification().code()).isEqualTo("US.COSMETIC");
        assertThat(topical.verdict()).isEqualTo(Verdict.PERMITTED);

        var needled = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"human","positioned_as":"cosmetic"},
             "use":{"setting":"beauty_salon","routes":["microneedling"],"indications":["skin_antiaging"]},"claims":[]}
            """);
        assertThat(needled.classification().code()).isEqualTo("US.BIOLOGIC_DRUG");
        assertThat(findingCodes(needled)).contains("COSMETIC_ADMINISTERED_INVASIVELY");
        assertThat(needled.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void a_topical_exosome_gel_sold_with_efficacy_claims_and_particle_counts_is_a_drug() {
        var a = assess("""
            {"jurisdiction":"US","date":"2025-05-05","product":{"type":"exosome","origin":"human","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"]},
             "claims":["efficacy_claim","particle_count_potency"]}
            """);
        assertThat(a.classification().code()).isEqualTo("US.BIOLOGIC_DRUG");
        assertThat(satisfied(a, "BLA")).isFalse();
        assertThat(findingCodes(a)).contains("PARTICLE_COUNT_NOT_POTENCY", "UNAPPROVED_PRODUCT_ADVERTISING");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void acellular_amniotic_products_are_treated_like_exosomes() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"other","origin":"human","source":"amniotic","contains_cells":false,"positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["intra_articular"],"indications":["orthopedic_joint"]}}
            """);
        assertThat(a.classification().code()).isEqualTo("US.BIOLOGIC_DRUG");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void cosmetic_serious_adverse_event_reporting_starts_on_29_december_2023() {
        var offering = """
            {"jurisdiction":"US","date":"%s","product":{"type":"exosome","origin":"plant","positioned_as":"cosmetic"},
             "use":{"routes":["topical"],"indications":["skin_antiaging"]},"claims":[]}
            """;
        assertThat(reportingDays(assess(offering.formatted("2023-12-28")))).isEmpty();
        assertThat(reportingDays(assess(offering.formatted("2023-12-29")))).containsExactly(15);
    }

    @Test
    void an_autologous_minimally_manipulated_homologous_cell_product_is_a_361_hctp() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"stem_cell","origin":"human","source":"adipose","donor":"autologous",
              "contains_cells":true,"minimally_manipulated":true,"homologous_use":true},
             "use":{"setting":"clinic_commercial","routes":["injection_local"]}}
            """);
        assertThat(a.classification().code()).isEqualTo("US.HCTP_361");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(a.adverseEventReporting())
                .singleElement()
                .satisfies(d -> assertThat(d.days()).isEqualTo(15));
    }

    @Test
    void a_research_reagent_given_to_patients_is_an_unapproved_drug() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"human","positioned_as":"research_reagent"},
             "use":{"setting":"clinic_commercial","routes":["iv"]}}
            """);
        assertThat(findingCodes(a)).contains("REAGENT_USED_CLINICALLY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    // ---- 21 CFR 1271.15(b): the same surgical procedure exception -------------------------------------

    private static final String FAT_GRAFT = """
        {"jurisdiction":"US","date":"2026-01-15",
         "product":{"type":"other","origin":"human","source":"adipose","donor":"autologous","contains_cells":true,"minimally_manipulated":%s,"positioned_as":"drug"},
         "use":{"setting":"clinic_commercial","routes":["injection_local"],"indications":["skin_antiaging"],"administered_by":"physician","same_surgical_procedure":%s},
         "claims":[],"authorizations":[]}
        """;

    @Test
    void the_patients_own_tissue_put_back_in_the_same_procedure_is_excepted_from_part_1271() {
        var a = assess(FAT_GRAFT.formatted("true", "true"));
        assertThat(a.classification().code()).isEqualTo("US.SAME_SURGICAL_PROCEDURE");
        assertThat(a.classification().status()).isEqualTo("inference");
        assertThat(a.requirements()).isEmpty();
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(a)).contains("NO_MANDATORY_AE_REPORTING");
        assertThat(a.adverseEventReporting()).isEmpty();
        assertThat(a.classification().citations()).extracting(Citation::source).contains("21 CFR 1271.15(b)");
    }

    @Test
    void the_exception_is_never_assumed_when_the_offering_does_not_claim_it() {
        var silent = assess(FAT_GRAFT.formatted("true", "null"));
        assertThat(silent.classification().code()).isNotEqualTo("US.SAME_SURGICAL_PROCEDURE");
        assertThat(silent.verdict()).isNotEqualTo(Verdict.PERMITTED);
        var denied = assess(FAT_GRAFT.formatted("true", "false"));
        assertThat(denied.classification().code()).isNotEqualTo("US.SAME_SURGICAL_PROCEDURE");
    }

    @Test
    void cells_processed_beyond_minimal_manipulation_are_not_such_hctps_and_fall_to_section_351() {
        var a = assess(FAT_GRAFT.formatted("false", "true"));
        assertThat(a.classification().code()).isEqualTo("US.HCTP_351");
        assertThat(findingCodes(a)).contains("EXEMPTION_NOT_APPLICABLE");
        assertThat(satisfied(a, "BLA")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void an_unknown_degree_of_processing_leaves_the_exception_open_and_says_so() {
        var a = assess(FAT_GRAFT.formatted("null", "true"));
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(a.findings())
                .filteredOn(f -> f.code().equals("CLASSIFICATION_UNDETERMINED"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("product.minimally_manipulated");
                    assertThat(f.citations()).extracting(Citation::source).contains("21 CFR 1271.15(b)");
                });
    }

    @Test
    void exosomes_cannot_use_the_same_surgical_procedure_exception() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"exosome","origin":"human","source":"adipose","donor":"autologous","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["intra_articular"],"indications":["orthopedic_joint"],"same_surgical_procedure":true}}
            """);
        assertThat(a.classification().code()).isEqualTo("US.BIOLOGIC_DRUG");
        assertThat(findingCodes(a)).contains("EXEMPTION_NOT_APPLICABLE");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void a_donors_tissue_is_never_within_the_same_surgical_procedure_exception() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"stem_cell","origin":"human","source":"umbilical_cord","contains_cells":true,
              "minimally_manipulated":true,"homologous_use":true},
             "use":{"setting":"clinic_commercial","routes":["iv"],"same_surgical_procedure":true},"authorizations":[]}
            """);
        assertThat(a.classification().code()).isEqualTo("US.HCTP_351");
        assertThat(findingCodes(a)).contains("EXEMPTION_NOT_APPLICABLE");
    }

    // ---- 21 CFR 1271.10(a)(4): systemic effect, living cells, and who receives it -------------------------

    private static final String ALLOGENEIC_HCTP = """
        {"jurisdiction":"US","date":"2026-01-15",
         "product":{"type":"%s","origin":"human","source":"placenta","contains_cells":true,"minimally_manipulated":true,"homologous_use":true%s},
         "use":{"setting":"clinic_commercial","routes":["injection_local"],"administered_by":"physician"%s},
         "claims":[],"authorizations":[]}
        """;

    @Test
    void an_allogeneic_tissue_without_systemic_effect_or_living_cell_function_meets_criterion_4_i() {
        // The fixture's empty list says no authorisation is held; since registration, CGTP and donor eligibility can
        // now be shown (HCTP_REGISTRATION, CGTP, DONOR_ELIGIBILITY), this offering names one and is silent on the rest.
        var a = assess(ALLOGENEIC_HCTP
                .formatted("other", ",\"systemic_effect\":false,\"depends_on_metabolic_activity\":false", "")
                .replace(
                        "\"authorizations\":[]",
                        "\"authorizations\":[{\"type\":\"DONOR_ELIGIBILITY\",\"status\":\"active\"}]"));
        assertThat(a.classification().code()).isEqualTo("US.HCTP_361");
        assertThat(requirementCodes(a)).contains("HCTP_REGISTRATION", "CGTP", "DONOR_ELIGIBILITY");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(citedSources(a)).contains("21 CFR 1271.10(a)(4)");
    }

    @Test
    void an_allogeneic_tissue_with_a_systemic_effect_for_an_unrelated_recipient_fails_criterion_4() {
        var a = assess(ALLOGENEIC_HCTP.formatted(
                "other", ",\"systemic_effect\":true,\"depends_on_metabolic_activity\":false", ""));
        assertThat(a.classification().code()).isEqualTo("US.HCTP_351");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void a_first_or_second_degree_relative_donor_or_reproductive_use_meets_criterion_4_ii() {
        var relative =
                assess(ALLOGENEIC_HCTP.formatted("other", ",\"systemic_effect\":true,\"donor_relative\":true", ""));
        assertThat(relative.classification().code()).isEqualTo("US.HCTP_361");
        var reproductive =
                assess(ALLOGENEIC_HCTP.formatted("other", ",\"systemic_effect\":true", ",\"reproductive\":true"));
        assertThat(reproductive.classification().code()).isEqualTo("US.HCTP_361");
    }

    @Test
    void whether_a_tissue_has_a_systemic_effect_is_never_guessed() {
        var a = assess(ALLOGENEIC_HCTP.formatted("other", "", ""));
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(a.findings())
                .filteredOn(f -> f.code().equals("CLASSIFICATION_UNDETERMINED"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("product.systemic_effect", "product.depends_on_metabolic_activity"));
    }

    @Test
    void living_stem_cells_from_an_unrelated_donor_are_a_351_product_unless_the_offering_says_otherwise() {
        var usual = assess(ALLOGENEIC_HCTP.formatted("stem_cell", "", ""));
        assertThat(usual.classification().code()).isEqualTo("US.HCTP_351");
        assertThat(usual.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
        var fromSibling = assess(ALLOGENEIC_HCTP.formatted("stem_cell", ",\"donor_relative\":true", ""));
        assertThat(fromSibling.classification().code()).isEqualTo("US.HCTP_361");
        var saidInert = assess(ALLOGENEIC_HCTP.formatted(
                "stem_cell", ",\"systemic_effect\":false,\"depends_on_metabolic_activity\":false", ""));
        assertThat(saidInert.classification().code()).isEqualTo("US.HCTP_361");
    }

    @Test
    void a_licensed_cell_product_used_as_licensed_needs_no_ind() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"stem_cell","origin":"human","source":"cord_blood","contains_cells":true,
              "minimally_manipulated":true,"homologous_use":true,"gmp":true,"positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":[],"administered_by":"physician"},
             "claims":[],"authorizations":[{"type":"BLA","status":"active"}]}
            """);
        assertThat(a.classification().code()).isEqualTo("US.HCTP_351");
        assertThat(requirementCodes(a)).contains("BLA").doesNotContain("IND", "IRB");
        assertThat(satisfied(a, "BLA")).isTrue();
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    // ---- platelet-rich plasma: a blood component, not an HCT/P -------------------------------------------

    @Test
    void platelet_rich_plasma_is_left_undetermined_with_the_reason_and_never_treated_as_an_hctp() {
        var a = assess("""
            {"jurisdiction":"US","product":{"type":"prp","origin":"human","source":"peripheral_blood","donor":"autologous","contains_cells":true,"minimally_manipulated":true},
             "use":{"setting":"clinic_commercial","routes":["intra_articular"],"indications":["orthopedic_joint"],"administered_by":"physician","same_surgical_procedure":true},
             "claims":[],"authorizations":[]}
            """);
        assertThat(a.classification().code()).isEqualTo("US.UNDETERMINED");
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(a.findings())
                .filteredOn(f -> f.code().equals("PRODUCT_NOT_COVERED"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("Platelet-rich plasma", "1271.3(d)(2)");
                    assertThat(f.citations()).extracting(Citation::source).contains("21 CFR 1271.3(d)(2)");
                });
        var sold361 = assess("""
            {"jurisdiction":"US","product":{"type":"prp"},"use":{"routes":["injection_local"]},"claims":["hctp_361_or_minimally_manipulated"]}
            """);
        assertThat(findingCodes(sold361)).contains("HCTP_361_NOT_APPLICABLE");
        assertThat(sold361.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }
}
