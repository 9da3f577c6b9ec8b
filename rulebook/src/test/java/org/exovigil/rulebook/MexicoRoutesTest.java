package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each lawful route of Mexican law reaches permitted or permitted_if when its conditions are met, and each unlawful
 * offering reaches not_permitted for the finding or unmet requirement that makes it so (mx.yaml; notes §3.12).
 */
class MexicoRoutesTest {

    private static final String ACTIVE = "{\"type\":\"%s\",\"status\":\"active\"}";

    private static String held(String... types) {
        return String.join(",", List.of(types).stream().map(ACTIVE::formatted).toList());
    }

    /** Research in humans with an exosome product, under a protocol the offering says COFEPRIS authorised. */
    private static String research(String authorizations) {
        return """
            {"jurisdiction":"MX","date":"2026-06-01",
             "product":{"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["covid19"],"administered_by":"physician"},
             "claims":["disclaimer_unapproved"],"authorizations":[%s]}
            """.formatted(authorizations);
    }

    // ---- lawful routes --------------------------------------------------------------------------------------

    /**
     * Ley General de Salud Art 102 (use in humans for research authorised on a protocol), Art 98 fr. II (research ethics
     * committee) and Art 100 (written consent): lawful research, and a COVID-19 indication under it is not a claim.
     */
    @Test
    void research_under_an_authorised_protocol_with_ethics_approval_and_consent_is_permitted() {
        var a = assess(research(held("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT")));

        assertThat(a.classification().code()).isEqualTo("MX.UNREGISTERED_MEDICINE");
        assertThat(requirementCodes(a)).containsExactly("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT");
        assertThat(findingCodes(a)).doesNotContain("COVID_CLAIM", "UNAPPROVED_DISEASE_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** Ley General de Salud Arts 222 and 376: a medicine with a sanitary registration may be sold and used. */
    @Test
    void a_registered_medicine_is_permitted() {
        var a = assess("""
            {"jurisdiction":"MX","product":{"type":"exosome","origin":"human","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["wound"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(held("COFEPRIS_AUTHORIZATION")));

        assertThat(satisfied(a, "COFEPRIS_AUTHORIZATION")).isTrue();
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * Ley General de Salud Art 315 (licensed establishment for cells) with Arts 102, 98 and 100: a cell therapy studied
     * in a licensed establishment under an authorised protocol is lawful if nothing else is wrong with it.
     */
    @Test
    void a_cell_therapy_studied_in_a_licensed_establishment_under_an_authorised_protocol_is_lawful() {
        var a = assess("""
            {"jurisdiction":"MX","product":{"type":"stem_cell","origin":"human","contains_cells":true,"positioned_as":"drug"},
             "use":{"setting":"clinical_trial","routes":["iv"],"indications":["neurological"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(held("COFEPRIS_AUTHORIZATION", "CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT")));

        assertThat(a.classification().code()).isEqualTo("MX.CELL_THERAPY");
        assertThat(a.requirements())
                .allSatisfy(r -> assertThat(r.satisfied()).as(r.code()).isTrue());
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /**
     * Ley General de Salud Arts 269-270: a plant exosome cream for appearance, on intact skin and with no therapeutic
     * action attributed, is a producto de perfumería y belleza; with a human-derived ingredient the law is unsettled.
     */
    @Test
    void a_cosmetic_on_intact_skin_with_no_therapeutic_claim_is_permitted() {
        var plant = assess("""
            {"jurisdiction":"MX","product":{"type":"exosome","origin":"plant","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"]},"claims":[]}
            """);
        assertThat(plant.classification().code()).isEqualTo("MX.COSMETIC");
        assertThat(plant.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(findingCodes(plant)).doesNotContain("LAW_UNSETTLED");

        var human = assess("""
            {"jurisdiction":"MX","product":{"type":"exosome","origin":"human","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["skin_antiaging"]},"claims":[]}
            """);
        assertThat(human.classification().code()).isEqualTo("MX.COSMETIC");
        assertThat(human.classification().status()).isEqualTo("unsettled");
        assertThat(findingCodes(human)).contains("LAW_UNSETTLED");
        assertThat(human.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    /** Ley General de Salud Art 102: a reagent used in no human being needs neither registration nor authorisation. */
    @Test
    void a_research_reagent_given_to_no_one_is_permitted() {
        var a = assess("""
            {"jurisdiction":"MX","product":{"type":"secretome","origin":"human","positioned_as":"research_reagent"},
             "use":{"setting":"research","routes":[]},"claims":[]}
            """);

        assertThat(a.classification().code()).isEqualTo("MX.RESEARCH_REAGENT");
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    // ---- unknown requirements never make a lawful route unlawful ---------------------------------------------

    /**
     * classify.md: an authorisation the offering does not mention leaves its requirement null, never false. Drop each
     * listed authorisation of the complete research in turn: the verdict falls to permitted_if, never not_permitted.
     */
    @Test
    void dropping_any_one_listed_authorisation_of_lawful_research_gives_permitted_if_not_not_permitted() {
        var all = List.of("CTA", "ETHICS_COMMITTEE", "INFORMED_CONSENT");
        for (var dropped : all) {
            var rest = all.stream().filter(t -> !t.equals(dropped)).toArray(String[]::new);
            var a = assess(research(held(rest)));
            assertThat(a.verdict()).as("without %s", dropped).isEqualTo(Verdict.PERMITTED_IF);
            assertThat(satisfied(a, dropped)).as(dropped).isNull();
        }
    }

    // ---- unlawful offerings ---------------------------------------------------------------------------------

    /** Ley General de Salud Arts 222 and 376: an exosome drip sold with efficacy claims and no sanitary registration. */
    @Test
    void a_commercial_exosome_drip_without_registration_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"MX","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["iv"],"indications":["wellness_longevity"],"administered_by":"physician"},
             "claims":["efficacy_claim"],"authorizations":[]}
            """);

        assertThat(satisfied(a, "COFEPRIS_AUTHORIZATION")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /**
     * COFEPRIS statement of 2020 (no protocol supporting stem-cell treatment authorised; physicians urged not to use
     * them for COVID-19) and Ley General de Salud Art 315: a stem-cell clinic selling COVID-19 treatment.
     */
    @Test
    void a_stem_cell_clinic_selling_covid_19_treatment_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"MX","product":{"type":"stem_cell","origin":"human","contains_cells":true},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["covid19"]},"claims":["covid"]}
            """);

        assertThat(findingCodes(a)).contains("COVID_CLAIM", "UNAPPROVED_DISEASE_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Ley General de Salud Art 102: a research authorisation covers use under its protocol, not sale to clinic patients. */
    @Test
    void selling_under_a_research_authorisation_to_paying_patients_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"MX","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["intra_articular"],"indications":["orthopedic_joint"]},
             "claims":["under_ind"],"authorizations":[%s]}
            """.formatted(held("CTA")));

        assertThat(findingCodes(a)).contains("IND_NOT_COMMERCIAL");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Ley General de Salud Arts 269 and 271: a cosmetic is for external use; microneedled it is an unregistered medicine. */
    @Test
    void a_cosmetic_microneedled_in_a_salon_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"MX","product":{"type":"exosome","origin":"human","positioned_as":"cosmetic"},
             "use":{"setting":"beauty_salon","routes":["microneedling"],"indications":["skin_antiaging"]},"claims":[],"authorizations":[]}
            """);

        assertThat(a.classification().code()).isEqualTo("MX.UNREGISTERED_MEDICINE");
        assertThat(findingCodes(a)).contains("COSMETIC_ADMINISTERED_INVASIVELY");
        assertThat(satisfied(a, "COFEPRIS_AUTHORIZATION")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** Ley General de Salud Arts 270-271: a "cosmetic" hair serum sold with an efficacy claim is treated as a medicine. */
    @Test
    void a_cosmetic_sold_with_an_efficacy_claim_is_an_unregistered_medicine() {
        var a = assess("""
            {"jurisdiction":"MX","product":{"type":"exosome","origin":"human","positioned_as":"cosmetic"},
             "use":{"setting":"retail_sale","routes":["topical"],"indications":["hair_loss"]},"claims":["efficacy_claim"],"authorizations":[]}
            """);

        assertThat(a.classification().code()).isEqualTo("MX.UNREGISTERED_MEDICINE");
        assertThat(satisfied(a, "COFEPRIS_AUTHORIZATION")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    /** COFEPRIS statement of 2020: claiming an authorisation the offering says it does not hold is false. */
    @Test
    void claiming_an_authorisation_it_does_not_hold_is_not_permitted() {
        var a = assess("""
            {"jurisdiction":"MX","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["iv"]},"claims":["approval_claim"],
             "authorizations":[{"type":"COFEPRIS_AUTHORIZATION","status":"none"}]}
            """);

        assertThat(findingCodes(a)).contains("FALSE_APPROVAL_CLAIM");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }
}
