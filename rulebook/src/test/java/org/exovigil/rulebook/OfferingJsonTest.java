package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exovigil.rulebook.Scenarios.RULEBOOK;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input gives one clear line with a stable code; good input gives the documented JSON. */
class OfferingJsonTest {

    @Test
    void invalid_json_names_the_line() {
        assertThatThrownBy(() -> RULEBOOK.classifyJson(
                        "{\n\"jurisdiction\": \"US\",\n\"product\": {\"type\": }\n}", "offer.json", null, null))
                .hasMessageStartingWith("EXO-2101: offer.json:3:");
    }

    @Test
    void a_wrong_type_names_the_json_path() {
        assertThatThrownBy(() -> RULEBOOK.classifyJson(
                        "{\"jurisdiction\":\"US\",\"product\":{\"contains_cells\":\"yes\"}}", "offer.json", null, null))
                .hasMessage(
                        "EXO-2102: offer.json: $.product.contains_cells: expected true, false or null, got \"yes\"");
    }

    @Test
    void a_bad_date_names_the_path_in_an_array() {
        assertThatThrownBy(() -> RULEBOOK.classifyJson(
                        "[{\"jurisdiction\":\"US\"},{\"jurisdiction\":\"US\",\"date\":\"18/11\"}]", "-", null, null))
                .hasMessageContaining("$[1].date: expected a date (YYYY-MM-DD)");
    }

    @Test
    void a_missing_jurisdiction_is_an_input_error() {
        assertThatThrownBy(
                        () -> RULEBOOK.classifyJson("{\"product\":{\"type\":\"exosome\"}}", "offer.json", null, null))
                .isInstanceOf(RulebookException.class)
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2103"))
                .hasMessageContaining("offer.json")
                .hasMessageContaining("jurisdiction");
    }

    @Test
    void an_array_gives_an_array_and_overrides_apply_to_each() {
        var out = RULEBOOK.classifyJson(
                "[{\"product\":{\"type\":\"exosome\"}},{\"jurisdiction\":\"US\"}]",
                "-",
                "JP",
                LocalDate.of(2025, 6, 1));
        assertThat(out.strip()).startsWith("[").endsWith("]");
        assertThat(out)
                .contains("\"jurisdiction\" : \"JP\"")
                .contains("\"as_of\" : \"2025-06-01\"")
                .doesNotContain("\"jurisdiction\" : \"US\"");
    }

    @Test
    void the_output_has_the_documented_fields_and_writes_unknown_as_null() {
        var out = RULEBOOK.classifyJson("""
            {"jurisdiction":"US","date":"2026-01-01","product":{"type":"exosome","origin":"human"},"use":{"setting":"clinical_trial","routes":["iv"]}}
            """, "-", null, null);
        assertThat(out)
                .contains(
                        "\"rulebook\"",
                        "\"version\"",
                        "\"law_current_to\"",
                        "\"classification\"",
                        "\"verdict\"",
                        "\"requirements\"",
                        "\"findings\"",
                        "\"adverse_event_reporting\"",
                        "\"explanation\"",
                        "\"satisfied\" : null");
    }

    @Test
    void a_jurisdiction_the_rulebook_does_not_hold_is_undetermined() {
        var a = RULEBOOK.classify(new Offering("BR", null, null, null, null, null, null));
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(a.explanation()).anyMatch(s -> s.contains("BR"));
    }

    @Test
    void claims_may_come_as_the_extractor_map_of_flags() {
        var offerings = Rulebook.readOfferings(
                "{\"jurisdiction\":\"US\",\"claims\":{\"covid\":true,\"safety_claim\":false}}", "-");
        assertThat(offerings.getFirst().claims()).containsExactly("covid");
    }

    @Test
    void a_subdivision_code_applies_its_country_law() {
        var a = RULEBOOK.classify(new Offering("us-ca", null, null, null, null, null, null));
        assertThat(a.jurisdiction()).isEqualTo("US");
        assertThat(a.lawOf()).isEqualTo("US");
    }

    @Test
    void comments_in_hand_written_offerings_are_tolerated() {
        var out = RULEBOOK.classifyJson(
                "{\"jurisdiction\": \"US\", // ISO code\n \"product\": {\"type\": \"exosome\"}}", "-", null, null);
        assertThat(out).contains("\"verdict\"");
    }

    @Test
    void the_rulebook_extensions_are_read_and_an_offering_written_to_the_specification_reads_as_before() {
        var extended = Rulebook.readOfferings("""
                {"jurisdiction":"US","product":{"type":"stem_cell","systemic_effect":false,"depends_on_metabolic_activity":true,"donor_relative":true},
                 "use":{"same_surgical_procedure":true,"reproductive":false}}
                """, "offer.json").getFirst();
        assertThat(extended.product().systemicEffect()).isFalse();
        assertThat(extended.product().dependsOnMetabolicActivity()).isTrue();
        assertThat(extended.product().donorRelative()).isTrue();
        assertThat(extended.use().sameSurgicalProcedure()).isTrue();
        assertThat(extended.use().reproductive()).isFalse();

        var plain = Rulebook.readOfferings(
                        "{\"jurisdiction\":\"US\",\"product\":{\"type\":\"exosome\"},\"use\":{\"routes\":[\"iv\"]}}",
                        "offer.json")
                .getFirst();
        assertThat(plain.product())
                .isEqualTo(new Offering.Product(null, "exosome", null, null, null, null, null, null, null, null, null));
        assertThat(plain.use()).isEqualTo(new Offering.Use(null, null, List.of("iv"), null, null));
    }

    @Test
    void an_extension_with_the_wrong_type_names_its_path() {
        assertThatThrownBy(() -> RULEBOOK.classifyJson(
                        "{\"jurisdiction\":\"US\",\"use\":{\"same_surgical_procedure\":\"yes\"}}",
                        "offer.json",
                        null,
                        null))
                .hasMessage(
                        "EXO-2102: offer.json: $.use.same_surgical_procedure: expected true, false or null, got \"yes\"");
    }
}
