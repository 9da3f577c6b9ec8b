package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.*;

import org.junit.jupiter.api.Test;

/** Scenarios written from Directive 2001/83, Regulation 1394/2007, Regulation 536/2014, Regulation 1223/2009 and the SoHO Regulation. */
class EuropeanUnionLawTest {

    @Test
    void a_member_state_applies_eu_law() {
        var a = assess("""
            {"jurisdiction":"DE","date":"2025-06-01","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["wellness_longevity"]}}
            """);
        assertThat(a.jurisdiction()).isEqualTo("DE");
        assertThat(a.lawOf()).isEqualTo("EU");
        assertThat(a.classification().code()).isEqualTo("EU.MEDICINAL_PRODUCT");
        assertThat(satisfied(a, "MA")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void human_derived_exosomes_are_banned_in_cosmetics_even_on_intact_skin() {
        var a = assess("""
            {"jurisdiction":"FR","product":{"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"]},"claims":[]}
            """);
        assertThat(a.classification().code()).isEqualTo("EU.COSMETIC");
        assertThat(findingCodes(a)).contains("HUMAN_DERIVED_COSMETIC_PROHIBITED");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
        assertThat(citedSources(a)).anyMatch(s -> s.contains("1223/2009"));
    }

    @Test
    void a_plant_exosome_cosmetic_needs_its_safety_report_and_notification() {
        var a = assess("""
            {"jurisdiction":"IT","product":{"type":"exosome","origin":"plant","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"]},"claims":[],
             "authorizations":[{"type":"COSMETIC_NOTIFICATION","status":"active"}]}
            """);
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
        assertThat(satisfied(a, "COSMETIC_NOTIFICATION")).isTrue();
        assertThat(satisfied(a, "COSMETIC_SAFETY_ASSESSMENT")).isNull();
    }

    @Test
    void the_hospital_exemption_does_not_cover_a_cell_free_vesicle_product() {
        var a = assess("""
            {"jurisdiction":"NL","product":{"type":"extracellular_vesicle","origin":"human","contains_cells":false,"positioned_as":"drug"},
             "use":{"setting":"hospital_exemption","routes":["iv"],"indications":["neurological"]},
             "authorizations":[{"type":"HOSPITAL_EXEMPTION","status":"active"}]}
            """);
        assertThat(findingCodes(a)).contains("HOSPITAL_EXEMPTION_NOT_APPLICABLE");
        assertThat(a.classification().status()).isEqualTo("inference");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void a_cell_product_under_an_authorised_hospital_exemption_is_an_atmp_route() {
        var a = assess("""
            {"jurisdiction":"ES","product":{"type":"stem_cell","origin":"human","contains_cells":true,"minimally_manipulated":false,"gmp":true,"positioned_as":"drug"},
             "use":{"setting":"hospital_exemption","routes":["intra_articular"],"indications":["orthopedic_joint"]},"claims":[],
             "authorizations":[{"type":"HOSPITAL_EXEMPTION","status":"active"}]}
            """);
        assertThat(a.classification().code()).isEqualTo("EU.ATMP");
        assertThat(requirementCodes(a)).contains("HOSPITAL_EXEMPTION").doesNotContain("MA", "CTA");
        assertThat(satisfied(a, "HOSPITAL_EXEMPTION")).isTrue();
        // The patient's indication under the exemption is a prescription, not a claim made to the public.
        assertThat(findingCodes(a)).doesNotContain("UNAPPROVED_DISEASE_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    @Test
    void an_authorised_atmp_given_as_authorised_needs_no_trial_authorisation() {
        var a = assess("""
            {"jurisdiction":"FR","product":{"type":"stem_cell","origin":"human","contains_cells":true,"minimally_manipulated":false,"gmp":true,"positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["injection_local"],"indications":[]},"claims":[],
             "authorizations":[{"type":"MA","status":"active"}]}
            """);
        assertThat(a.classification().code()).isEqualTo("EU.ATMP");
        assertThat(requirementCodes(a)).contains("MA").doesNotContain("CTA");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        var unauthorised = assess("""
            {"jurisdiction":"FR","product":{"type":"stem_cell","origin":"human","contains_cells":true,"minimally_manipulated":false,"gmp":true,"positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["injection_local"],"indications":[]},"claims":[],"authorizations":[]}
            """);
        assertThat(satisfied(unauthorised, "MA")).isFalse();
        assertThat(satisfied(unauthorised, "CTA")).isFalse();
        assertThat(unauthorised.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    // ---- pharmacy and named-patient exclusions (Directive 2001/83/EC Arts 3 and 5) -------------------------

    private static String vesicleWith(String setting, String claims, String authorizations) {
        return """
            {"jurisdiction":"DE","date":"2025-06-01","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"%s","routes":["injection_local"],"indications":["skin_antiaging"],"administered_by":"physician"},
             "claims":[%s],"authorizations":[%s]}
            """.formatted(setting, claims, authorizations);
    }

    @Test
    void a_magistral_preparation_for_a_named_patient_is_outside_the_directive() {
        var a = assess(vesicleWith("clinic_commercial", "", "{\"type\":\"MAGISTRAL_FORMULA\",\"status\":\"active\"}"));
        assertThat(a.classification().code()).isEqualTo("EU.MAGISTRAL_FORMULA");
        assertThat(a.classification().status()).isEqualTo("secondary");
        assertThat(requirementCodes(a)).containsExactly("MAGISTRAL_FORMULA");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(citedSources(a)).anyMatch(s -> s.contains("Art 3(1)") && s.contains("Abcur"));
    }

    @Test
    void the_magistral_route_must_be_claimed_and_held_and_never_covers_stock_or_advertising() {
        var silent = assess(vesicleWith("clinic_commercial", "", ""));
        assertThat(silent.classification().code()).isEqualTo("EU.MEDICINAL_PRODUCT");
        assertThat(silent.verdict()).isEqualTo(Verdict.NOT_PERMITTED);

        var pending =
                assess(vesicleWith("clinic_commercial", "", "{\"type\":\"MAGISTRAL_FORMULA\",\"status\":\"pending\"}"));
        assertThat(pending.classification().code()).isEqualTo("EU.MAGISTRAL_FORMULA");
        assertThat(satisfied(pending, "MAGISTRAL_FORMULA")).isFalse();
        assertThat(pending.verdict()).isEqualTo(Verdict.NOT_PERMITTED);

        var stock = assess(vesicleWith("retail_sale", "", "{\"type\":\"MAGISTRAL_FORMULA\",\"status\":\"active\"}"));
        assertThat(findingCodes(stock)).contains("EXEMPTION_NOT_APPLICABLE");
        assertThat(stock.verdict()).isEqualTo(Verdict.NOT_PERMITTED);

        var advertised = assess(vesicleWith(
                "clinic_commercial",
                "\"efficacy_claim\",\"price\"",
                "{\"type\":\"MAGISTRAL_FORMULA\",\"status\":\"active\"}"));
        assertThat(findingCodes(advertised)).contains("UNAPPROVED_PRODUCT_ADVERTISING");
        assertThat(advertised.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void an_officinal_formula_is_recognised_but_marked_as_an_inference() {
        var a = assess(vesicleWith("clinic_commercial", "", "{\"type\":\"OFFICINAL_FORMULA\",\"status\":\"active\"}"));
        assertThat(a.classification().code()).isEqualTo("EU.OFFICINAL_FORMULA");
        assertThat(a.classification().status()).isEqualTo("inference");
        var salon = assess(vesicleWith("beauty_salon", "", "{\"type\":\"OFFICINAL_FORMULA\",\"status\":\"active\"}"));
        assertThat(findingCodes(salon)).contains("EXEMPTION_NOT_APPLICABLE");
    }

    @Test
    void named_patient_supply_is_an_unverified_national_route_that_promotion_defeats() {
        var a = assess(vesicleWith("clinic_commercial", "", "{\"type\":\"NAMED_PATIENT\",\"status\":\"active\"}"));
        assertThat(a.classification().code()).isEqualTo("EU.NAMED_PATIENT_SUPPLY");
        assertThat(a.classification().status()).isEqualTo("unverified");
        assertThat(a.explanation()).anyMatch(s -> s.contains("not yet verified") && s.contains("eu.named_patient"));
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);

        var promoted = assess(vesicleWith(
                "clinic_commercial", "\"testimonials\"", "{\"type\":\"NAMED_PATIENT\",\"status\":\"active\"}"));
        assertThat(findingCodes(promoted)).contains("EXEMPTION_NOT_APPLICABLE");
        assertThat(promoted.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void platelet_rich_plasma_is_undetermined_and_never_an_atmp() {
        var a = assess("""
            {"jurisdiction":"IT","product":{"type":"prp","origin":"human","donor":"autologous","contains_cells":true,"minimally_manipulated":false,"positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["injection_local"],"indications":["hair_loss"],"administered_by":"physician"},"claims":[],"authorizations":[]}
            """);
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(a.requirements()).isEmpty();
        assertThat(findingCodes(a)).contains("PRODUCT_NOT_COVERED");
        assertThat(citedSources(a)).anyMatch(s -> s.contains("platelets"));
    }

    @Test
    void the_soho_regulation_governs_the_starting_material_from_7_august_2027() {
        var offering = """
            {"jurisdiction":"EU","date":"%s","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"clinical_trial","routes":["iv"]}}
            """;
        var before = assess(offering.formatted("2027-08-06"));
        var after = assess(offering.formatted("2027-08-07"));
        assertThat(citedSources(before)).anyMatch(s -> s.contains("2004/23/EC"));
        assertThat(citedSources(after))
                .anyMatch(s -> s.contains("2024/1938"))
                .noneMatch(s -> s.equals("Directive 2004/23/EC"));
    }

    @Test
    void trial_safety_reporting_moves_to_regulation_536_2014_on_31_january_2022() {
        var offering = """
            {"jurisdiction":"EU","date":"%s","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"clinical_trial","routes":["iv"]}}
            """;
        var before = assess(offering.formatted("2022-01-30"));
        var after = assess(offering.formatted("2022-01-31"));
        assertThat(before.adverseEventReporting())
                .allSatisfy(d -> assertThat(d.citations().getFirst().source()).contains("2001/20/EC"));
        assertThat(after.adverseEventReporting())
                .allSatisfy(d -> assertThat(d.citations().getFirst().source()).contains("536/2014"));
        assertThat(reportingDays(after)).containsExactly(7, 15);
    }

    @Test
    void advertising_an_unauthorised_medicinal_product_is_a_violation() {
        var a = assess("""
            {"jurisdiction":"AT","product":{"type":"secretome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["injection_local"],"indications":["hair_loss"]},
             "claims":["efficacy_claim","testimonials","approval_claim"]}
            """);
        assertThat(findingCodes(a)).contains("UNAPPROVED_PRODUCT_ADVERTISING", "FALSE_APPROVAL_CLAIM");
    }
}
