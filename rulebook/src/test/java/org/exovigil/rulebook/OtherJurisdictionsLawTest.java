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
            """
                .formatted(jurisdiction, date);
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
        var a = assess(
                """
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
        var device = assess(
                """
            {"jurisdiction":"CN","product":{"type":"exosome","positioned_as":"device"},"use":{"setting":"retail_sale"},"claims":["approval_claim"]}
            """);
        assertThat(findingCodes(device)).contains("DEVICE_LICENCE_BORROWED");
        assertThat(device.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void canada_treats_topical_exosomes_with_structure_function_claims_as_drugs() {
        var a = assess(
                """
            {"jurisdiction":"CA","product":{"type":"conditioned_media","origin":"human","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["hair_loss"]},"claims":["efficacy_claim"],"authorizations":[]}
            """);
        assertThat(a.classification().code()).isEqualTo("CA.DRUG");
        assertThat(satisfied(a, "HC_AUTHORIZATION")).isFalse();
    }

    @Test
    void australia_forbids_advertising_cell_products_to_the_public() {
        var a = assess(
                """
            {"jurisdiction":"AU","product":{"type":"stem_cell","origin":"human","contains_cells":true,"positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["intra_articular"],"indications":["orthopedic_joint"]},"claims":["testimonials"]}
            """);
        assertThat(findingCodes(a)).contains("CONSUMER_ADVERTISING_PROHIBITED");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void india_widened_the_new_drug_definition_to_cell_derived_products_on_13_january_2022() {
        var platelet =
                """
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
        var a = assess(
                """
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
        var topical = assess(
                """
            {"jurisdiction":"SA","product":{"type":"exosome","positioned_as":"cosmetic"},"use":{"routes":["topical"],"indications":["skin_antiaging"]},"claims":[]}
            """);
        assertThat(topical.verdict()).isEqualTo(Verdict.PERMITTED);
        var injected = assess(
                """
            {"jurisdiction":"SA","product":{"type":"exosome","positioned_as":"cosmetic"},"use":{"routes":["injection_local"]},"claims":["safety_claim"]}
            """);
        assertThat(findingCodes(injected)).contains("COSMETIC_ADMINISTERED_INVASIVELY", "SAFETY_ASSURANCE_CLAIM");
        assertThat(satisfied(injected, "SFDA_REGISTRATION")).isFalse();
        assertThat(injected.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }
}
