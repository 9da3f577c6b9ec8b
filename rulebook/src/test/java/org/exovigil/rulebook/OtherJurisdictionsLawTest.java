package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.*;

import org.junit.jupiter.api.Test;

/** Taiwan, China, Canada, Australia, India, Singapore, Mexico, the UAE and Saudi Arabia, at the depth the notes support. */
class OtherJurisdictionsLawTest {

    private static String exosomeDrip(String jurisdiction, String date) {
        return """
            {"jurisdiction":"%s","date":"%s","product":{"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["wellness_longevity"],"administered_by":"physician"},
             "claims":["efficacy_claim"],"authorizations":[]}
            """.formatted(jurisdiction, date);
    }

    @Test
    void taiwan_requires_an_approved_institution_from_1_january_2026() {
        var before = assess(exosomeDrip("TW", "2025-12-31"));
        assertThat(before.classification().code()).isEqualTo("TW.UNLICENSED_DRUG");
        var after = assess(exosomeDrip("TW", "2026-01-01"));
        assertThat(after.classification().code()).isEqualTo("TW.REGENERATIVE_MEDICINE");
        assertThat(satisfied(after, "TW_REGENERATIVE_INSTITUTION")).isFalse();
        assertThat(after.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
        assertThat(findingCodes(after)).contains("LAW_UNSETTLED");
    }

    @Test
    void taiwan_beauty_salons_may_not_perform_regenerative_medicine() {
        var a = assess("""
            {"jurisdiction":"TW","date":"2026-02-01","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"beauty_salon","routes":["microneedling"],"administered_by":"beautician"}}
            """);
        assertThat(findingCodes(a)).contains("UNAUTHORISED_INSTITUTION");
    }

    @Test
    void china_has_approved_no_exosome_drug_or_device() {
        var drug = assess(exosomeDrip("CN", "2026-03-20"));
        assertThat(drug.classification().code()).isEqualTo("CN.DRUG");
        assertThat(satisfied(drug, "NMPA_APPROVAL")).isFalse();
        var device = assess("""
            {"jurisdiction":"CN","product":{"type":"exosome","positioned_as":"device"},"use":{"setting":"retail_sale"},"claims":["approval_claim"]}
            """);
        assertThat(findingCodes(device)).contains("DEVICE_LICENCE_BORROWED");
        assertThat(device.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void canada_treats_topical_exosomes_with_structure_function_claims_as_drugs() {
        var a = assess("""
            {"jurisdiction":"CA","product":{"type":"conditioned_media","origin":"human","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["hair_loss"]},"claims":["efficacy_claim"],"authorizations":[]}
            """);
        assertThat(a.classification().code()).isEqualTo("CA.DRUG");
        assertThat(satisfied(a, "HC_AUTHORIZATION")).isFalse();
    }

    @Test
    void australia_forbids_advertising_cell_products_to_the_public() {
        var a = assess("""
            {"jurisdiction":"AU","product":{"type":"stem_cell","origin":"human","contains_cells":true,"positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["intra_articular"],"indications":["orthopedic_joint"]},"claims":["testimonials"]}
            """);
        assertThat(findingCodes(a)).contains("CONSUMER_ADVERTISING_PROHIBITED");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void india_widened_the_new_drug_definition_to_cell_derived_products_on_13_january_2022() {
        var platelet = """
            {"jurisdiction":"IN","date":"%s","product":{"type":"extracellular_vesicle","origin":"human","source":"platelet","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["iv"]},"authorizations":[]}
            """;
        assertThat(assess(platelet.formatted("2022-01-12")).verdict()).isEqualTo(Verdict.UNDETERMINED);
        var after = assess(platelet.formatted("2022-01-13"));
        assertThat(after.classification().code()).isEqualTo("IN.NEW_DRUG");
        assertThat(after.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void singapore_treats_cell_free_vesicles_as_therapeutic_products_not_ctgtps() {
        var a = assess(exosomeDrip("SG", "2025-01-01"));
        assertThat(a.classification().code()).isEqualTo("SG.THERAPEUTIC_PRODUCT");
        assertThat(a.classification().status()).isEqualTo("inference");
    }

    @Test
    void mexico_has_authorised_no_stem_cell_protocol_and_flags_covid_claims() {
        var a = assess("""
            {"jurisdiction":"MX","product":{"type":"stem_cell","origin":"human","contains_cells":true},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["covid19"]},"claims":["covid"]}
            """);
        assertThat(findingCodes(a)).contains("COVID_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void the_uae_gap_is_reported_not_guessed() {
        var a = assess(exosomeDrip("AE", "2025-01-01"));
        assertThat(a.classification().status()).isEqualTo("unsettled");
        assertThat(findingCodes(a)).contains("LAW_UNSETTLED");
    }

    @Test
    void saudi_arabia_allows_exosomes_on_the_skin_only() {
        var topical = assess("""
            {"jurisdiction":"SA","product":{"type":"exosome","positioned_as":"cosmetic"},"use":{"routes":["topical"],"indications":["skin_antiaging"]},"claims":[]}
            """);
        assertThat(topical.verdict()).isEqualTo(Verdict.PERMITTED);
        var injected = assess("""
            {"jurisdiction":"SA","product":{"type":"exosome","positioned_as":"cosmetic"},"use":{"routes":["injection_local"]},"claims":["safety_claim"]}
            """);
        assertThat(findingCodes(injected)).contains("COSMETIC_ADMINISTERED_INVASIVELY", "SAFETY_ASSURANCE_CLAIM");
        assertThat(satisfied(injected, "SFDA_REGISTRATION")).isFalse();
        assertThat(injected.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    // ---- adverse-event reporting duties -----------------------------------------------------------------

    @Test
    void taiwan_serious_adverse_drug_reactions_are_reported_in_7_or_15_days_on_unverified_law() {
        var before = assess(exosomeDrip("TW", "2025-12-31"));
        var after = assess(exosomeDrip("TW", "2026-01-01"));
        assertThat(reportingDays(before)).containsExactly(7, 15);
        assertThat(reportingDays(after)).containsExactly(7, 15);
        assertThat(after.adverseEventReporting())
                .allSatisfy(d -> assertThat(d.citations().getFirst().status()).isEqualTo("unverified"));
        assertThat(after.explanation()).anyMatch(s -> s.contains("not yet verified") && s.contains("tw.adr_7"));
    }

    @Test
    void china_trial_reactions_go_to_the_cde_and_device_events_follow_the_2019_measures() {
        assertThat(reportingDays(assess(exosomeDrip("CN", "2026-03-20")))).containsExactly(7, 15);
        var device = """
            {"jurisdiction":"CN","date":"%s","product":{"type":"exosome","positioned_as":"device"},"use":{"setting":"retail_sale"}}
            """;
        assertThat(reportingDays(assess(device.formatted("2018-12-31")))).isEmpty();
        assertThat(reportingDays(assess(device.formatted("2019-01-01")))).containsExactly(7, 20);
    }

    @Test
    void australia_reports_by_route_of_supply() {
        var offering = """
            {"jurisdiction":"AU","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"%s","routes":["iv"]},"authorizations":[%s]}
            """;
        assertThat(reportingDays(assess(offering.formatted("clinical_trial", "{\"type\":\"CTA\"}"))))
                .containsExactly(7, 15);
        assertThat(reportingDays(assess(offering.formatted("clinic_commercial", "{\"type\":\"AU_SAS_OR_AP\"}"))))
                .containsExactly(7, 15, 7, 15);
        assertThat(reportingDays(assess(offering.formatted("clinic_commercial", "{\"type\":\"ARTG\"}"))))
                .contains(10);
    }

    @Test
    void australia_excluded_autologous_cells_must_report_harm_from_1_july_2018_but_the_deadline_is_not_recorded() {
        var offering = """
            {"jurisdiction":"AU","date":"%s","product":{"type":"stem_cell","origin":"human","donor":"autologous","contains_cells":true,"minimally_manipulated":true},
             "use":{"setting":"hospital_exemption","routes":["injection_local"],"administered_by":"physician"}}
            """;
        assertThat(findingCodes(assess(offering.formatted("2018-06-30")))).doesNotContain("AE_REPORTING_NOT_RECORDED");
        var after = assess(offering.formatted("2018-07-01"));
        assertThat(after.classification().code()).isEqualTo("AU.EXCLUDED_AUTOLOGOUS_HCT");
        assertThat(findingCodes(after))
                .contains("AE_REPORTING_NOT_RECORDED")
                .doesNotContain("NO_MANDATORY_AE_REPORTING");
        assertThat(after.adverseEventReporting()).isEmpty();
    }

    @Test
    void india_trial_serious_adverse_events_are_reported_in_24_hours_and_14_days() {
        var offering = """
            {"jurisdiction":"IN","date":"%s","product":{"type":"secretome","origin":"human","source":"adipose","positioned_as":"drug"},
             "use":{"setting":"clinical_trial","routes":["iv"]}}
            """;
        assertThat(reportingDays(assess(offering.formatted("2019-03-19")))).containsExactly(1, 14);
        assertThat(reportingDays(assess(offering.formatted("2019-03-18")))).isEmpty();
    }

    @Test
    void singapore_trial_sponsors_report_unexpected_serious_reactions_in_7_or_15_days_from_november_2016() {
        assertThat(reportingDays(assess(exosomeDrip("SG", "2016-11-01")))).containsExactly(7, 15);
        assertThat(reportingDays(assess(exosomeDrip("SG", "2016-10-31")))).isEmpty();
    }

    @Test
    void where_no_deadline_is_known_the_gap_is_said_and_never_read_as_no_duty() {
        for (var jurisdiction : java.util.List.of("MX", "AE", "SA")) {
            var a = assess("""
                {"jurisdiction":"%s","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
                 "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["wellness_longevity"]}}
                """.formatted(jurisdiction));
            assertThat(a.adverseEventReporting()).as(jurisdiction).isEmpty();
            assertThat(findingCodes(a))
                    .as(jurisdiction)
                    .contains("AE_REPORTING_NOT_RECORDED")
                    .doesNotContain("NO_MANDATORY_AE_REPORTING");
        }
    }
}
