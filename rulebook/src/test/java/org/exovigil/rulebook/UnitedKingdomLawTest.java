package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.*;

import org.junit.jupiter.api.Test;

/** Scenarios written from the Human Medicines Regulations 2012 and retained cosmetics law. */
class UnitedKingdomLawTest {

    @Test
    void uk_is_read_as_gb() {
        var a = assess("""
            {"jurisdiction":"UK","product":{"type":"exosome","origin":"human","positioned_as":"drug"},"use":{"setting":"clinic_commercial","routes":["iv"]}}
            """);
        assertThat(a.lawOf()).isEqualTo("GB");
        assertThat(a.classification().code()).isEqualTo("GB.MEDICINAL_PRODUCT");
        assertThat(satisfied(a, "MA")).isFalse();
    }

    @Test
    void salon_microneedling_with_human_exosomes_breaks_cosmetics_and_medicines_law() {
        var a = assess("""
            {"jurisdiction":"GB","product":{"type":"exosome","origin":"human","source":"cord_blood","positioned_as":"cosmetic"},
             "use":{"setting":"beauty_salon","routes":["microneedling"],"indications":["skin_antiaging"],"administered_by":"beautician"},"claims":[]}
            """);
        assertThat(findingCodes(a)).contains("HUMAN_DERIVED_COSMETIC_PROHIBITED", "COSMETIC_ADMINISTERED_INVASIVELY");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void an_advertised_unlicensed_product_cannot_be_a_special() {
        var a = assess("""
            {"jurisdiction":"GB","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["iv"],"indications":["fatigue"]},"claims":["price","efficacy_claim"]}
            """);
        assertThat(findingCodes(a)).contains("UNAPPROVED_PRODUCT_ADVERTISING");
        assertThat(citedSources(a)).anyMatch(s -> s.contains("reg 167"));
    }
}
