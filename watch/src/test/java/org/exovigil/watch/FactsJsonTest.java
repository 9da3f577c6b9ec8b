package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One line of JSON per page, with the fields and claim keys of extract.md. */
class FactsJsonTest {

    @Test
    void writesTheContractFieldsOnOneLine() {
        String line = FactsJson.line(Pages.facts("ja-clinic.html"));

        assertThat(line).doesNotContain("\n");
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.propertyNames())
                .containsExactly(
                        "source",
                        "url",
                        "is_marketing",
                        "language",
                        "country",
                        "product_types",
                        "sources",
                        "donor",
                        "indications",
                        "routes",
                        "prices",
                        "claims",
                        "evidence");
        assertThat(json.get("claims").propertyNames())
                .containsExactly(
                        "approval_claim",
                        "hctp_361_or_minimally_manipulated",
                        "safety_claim",
                        "efficacy_claim",
                        "testimonials",
                        "covid",
                        "disclaimer_unapproved",
                        "price");
        assertThat(json.get("prices").get(0).get("amount").asLong()).isEqualTo(150000);
        assertThat(json.get("prices").get(0).get("text").asString()).isEqualTo("１５０，０００円");
        assertThat(json.get("evidence").get(0).propertyNames())
                .containsExactly("field", "code", "text", "start", "end");
    }

    @Test
    void theStoredLineAlsoKeepsEachQuoteInItsWholeWords() {
        JsonNode json = JsonMapper.builder().build().readTree(FactsJson.stored(Pages.facts("ja-clinic.html")));

        JsonNode evidence = json.get("evidence").get(0);
        assertThat(evidence.propertyNames()).containsExactly("field", "code", "text", "start", "end", "context");
        assertThat(evidence.get("context").asString())
                .contains(evidence.get("text").asString());
    }

    @Test
    void readsBackWhatItWrote() {
        PageFacts facts = Pages.facts("ja-clinic.html");

        assertThat(FactsJson.read(FactsJson.stored(facts))).isEqualTo(facts);
    }

    @Test
    void writesAProfileInThePageShapeWithThePageOfEachEvidence() {
        PageFacts facts = Pages.facts("ja-clinic.html");
        var profile = ClinicProfile.of("ja-clinic.example", java.util.List.of(facts));

        JsonNode json = JsonMapper.builder().build().readTree(FactsJson.profile(profile));
        assertThat(json.get("site").asString()).isEqualTo("ja-clinic.example");
        assertThat(json.get("is_marketing").asBoolean()).isTrue();
        assertThat(json.get("claims").get("safety_claim").asBoolean()).isEqualTo(facts.claims(ClaimFlag.SAFETY_CLAIM));
        assertThat(json.get("evidence").get(0).get("page").asString()).isEqualTo(facts.source());
        assertThat(json.get("pages")).hasSize(1);
    }
}
