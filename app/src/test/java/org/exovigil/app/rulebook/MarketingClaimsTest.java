package org.exovigil.app.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.exovigil.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

/** shared/spec/classify.md: "the extractor's claims are added to claims" of an offering's marketing_text. */
class MarketingClaimsTest {

    private static final Rulebook RULEBOOK = Rulebook.load();
    private final MarketingClaims marketing = new MarketingClaims();

    @Test
    void aUsPageCallingExosomes361IsJudgedForThatClaim() {
        String json = """
                {"jurisdiction": "US", "product": {"type": "exosome", "origin": "human", "source": "placenta"},
                 "use": {"setting": "clinic_commercial", "routes": ["iv"]},
                 "marketing_text": "Our placental exosomes are 361 HCT/P products, minimally manipulated, made in an FDA-registered lab."}""";

        String assessment = RULEBOOK.classifyJson(json, "test", null, null, marketing::read);

        assertThat(assessment).contains("HCTP_361_NOT_APPLICABLE", "REGISTRATION_NOT_APPROVAL");
    }

    @Test
    void theOfferingsOwnClaimsAreKept() {
        var offering = Rulebook.readOfferings("""
                {"jurisdiction": "JP", "claims": ["testimonials"], "marketing_text": "Completely safe, with no side effects."}""", "test").getFirst();

        assertThat(marketing.read(offering).claims()).contains("testimonials", "safety_claim");
    }

    @Test
    void withoutMarketingTextTheOfferingIsUnchanged() {
        var offering = Rulebook.readOfferings("{\"jurisdiction\": \"GB\", \"claims\": [\"covid\"]}", "test")
                .getFirst();

        assertThat(marketing.read(offering)).isSameAs(offering);
    }
}
