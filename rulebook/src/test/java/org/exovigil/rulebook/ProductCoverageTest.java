package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.RULEBOOK;
import static org.exovigil.rulebook.Scenarios.findingCodes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every product type of the vocabulary in every jurisdiction, described with one fact besides its type: the
 * engine must answer (no exception), must never say "permitted" while the deciding facts are missing, and an
 * undetermined answer must carry a finding that says what is missing (CLASSIFICATION_UNDETERMINED: facts;
 * PRODUCT_NOT_COVERED: law the rulebook does not hold). Platelet-rich plasma is the case in point.
 */
class ProductCoverageTest {

    /** Before and after the dates the covered laws came into force (ASRM 2014, NDCT Rules 2019, ...). */
    private static final List<LocalDate> DATES = List.of(
            LocalDate.of(2010, 1, 1),
            LocalDate.of(2019, 6, 1),
            LocalDate.of(2022, 1, 12),
            LocalDate.of(2026, 6, 1),
            LocalDate.of(2028, 1, 1));

    /** One fact each, in offering JSON: the product type is added to "product". */
    private static List<String> minimalProfiles() {
        var profiles = new ArrayList<String>();
        profiles.add("\"product\":{%s}");
        profiles.add("\"product\":{%s,\"origin\":\"human\"}");
        profiles.add("\"product\":{%s,\"contains_cells\":true}");
        profiles.add("\"product\":{%s,\"contains_cells\":false}");
        profiles.add("\"product\":{%s},\"claims\":[]");
        profiles.add("\"product\":{%s},\"authorizations\":[]");
        profiles.add("\"product\":{%s},\"use\":{\"administered_by\":\"physician\"}");
        for (var positioning : RULEBOOK.codes("positionings"))
            profiles.add("\"product\":{%s,\"positioned_as\":\"" + positioning + "\"}");
        for (var setting : RULEBOOK.codes("settings"))
            profiles.add("\"product\":{%s},\"use\":{\"setting\":\"" + setting + "\"}");
        for (var route : RULEBOOK.codes("routes"))
            profiles.add("\"product\":{%s},\"use\":{\"routes\":[\"" + route + "\"]}");
        return profiles;
    }

    @Test
    void no_product_type_is_ever_permitted_anywhere_on_one_fact_and_every_open_answer_says_what_is_missing() {
        var profiles = minimalProfiles();
        var jurisdictions = RULEBOOK.laws().stream().map(Jurisdiction::code).toList();
        assertThat(jurisdictions).hasSize(14);
        int checked = 0;
        for (var jurisdiction : jurisdictions) {
            for (var type : RULEBOOK.codes("product_types")) {
                for (var profile : profiles) {
                    for (var date : DATES) {
                        var json = "{\"jurisdiction\":\"" + jurisdiction + "\",\"date\":\"" + date + "\","
                                + profile.formatted("\"type\":\"" + type + "\"") + "}";
                        var a = Scenarios.assess(json);
                        assertThat(a.verdict()).as(json).isNotEqualTo(Verdict.PERMITTED);
                        if (a.verdict() == Verdict.UNDETERMINED && !a.hasFinding("PRODUCT_NOT_COVERED")) {
                            assertThat(findingCodes(a)).as(json).contains("CLASSIFICATION_UNDETERMINED");
                        }
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void platelet_rich_plasma_fully_described_is_undetermined_in_every_jurisdiction_and_never_a_cell_therapy() {
        for (var law : RULEBOOK.laws()) {
            var a = Scenarios.assess("""
                {"jurisdiction":"%s","date":"2026-06-01",
                 "product":{"type":"prp","origin":"human","source":"peripheral_blood","donor":"autologous","contains_cells":true,
                            "minimally_manipulated":true,"homologous_use":true,"positioned_as":"drug","gmp":true},
                 "use":{"setting":"clinic_commercial","patient_pays":true,"routes":["injection_local"],"indications":["hair_loss"],
                        "administered_by":"physician","same_surgical_procedure":true},
                 "claims":[],"authorizations":[]}
                """.formatted(law.code()));
            assertThat(a.verdict()).as(law.code()).isEqualTo(Verdict.UNDETERMINED);
            assertThat(a.classification().code()).as(law.code()).endsWith(".UNDETERMINED");
            assertThat(a.requirements()).as(law.code()).isEmpty();
            assertThat(a.findings())
                    .as(law.code())
                    .filteredOn(f -> f.code().equals("PRODUCT_NOT_COVERED"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.message()).containsIgnoringCase("platelet-rich plasma");
                        assertThat(f.citations()).isNotEmpty();
                    });
        }
    }

    @Test
    void an_undetermined_classification_names_the_missing_facts_and_cites_the_rules_left_open() {
        var a = Scenarios.assess("""
            {"jurisdiction":"JP","date":"2025-06-01","product":{"type":"exosome"}}
            """);
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(a.findings())
                .filteredOn(f -> f.code().equals("CLASSIFICATION_UNDETERMINED"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("use.setting", "could be");
                    assertThat(f.citations()).isNotEmpty();
                });
    }
}
