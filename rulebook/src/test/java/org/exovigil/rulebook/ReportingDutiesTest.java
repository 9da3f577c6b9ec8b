package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.exovigil.rulebook.Scenarios.RULEBOOK;
import static org.exovigil.rulebook.Scenarios.assess;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The duties a reporting clock takes from the rulebook (Rulebook.reportingDuties): from no more than a
 * case gives (country, product type, trial or practice, day 0), in the codes of the vigilance module,
 * with dated versions and without changing the JSON of classify.
 */
class ReportingDutiesTest {

    private static List<Assessment.ReportingDuty> duties(String country, String type, String setting, String on) {
        return RULEBOOK.reportingDuties(country, type, setting, LocalDate.parse(on));
    }

    private static List<String> ids(List<Assessment.ReportingDuty> duties) {
        return duties.stream().map(Assessment.ReportingDuty::id).toList();
    }

    // ---- Japan ------------------------------------------------------------------------------------------

    @Test
    void japan_cell_therapy_in_practice_owes_the_asrm_7_and_15_day_and_periodic_reports() {
        var duties = duties("JP", "stem_cell", "practice", "2025-09-01");
        assertThat(duties)
                .extracting(
                        Assessment.ReportingDuty::id,
                        Assessment.ReportingDuty::condition,
                        Assessment.ReportingDuty::setting,
                        Assessment.ReportingDuty::days,
                        Assessment.ReportingDuty::periodDays)
                .containsExactly(
                        tuple("jp.asrm_7", "fatal_or_life_threatening", "practice", 7, null),
                        tuple("jp.asrm_15", "serious_other", "practice", 15, null),
                        tuple("jp.asrm_periodic", "non_serious", "practice", 10, 60));
        assertThat(duties.getFirst().effectiveFrom()).isEqualTo(LocalDate.of(2014, 11, 25));
        assertThat(duties.getFirst().effectiveTo()).isNull();
        assertThat(duties.getFirst().citations()).isNotEmpty();
        assertThat(duties.getLast().periodic()).isTrue();
        assertThat(duties.getFirst().periodic()).isFalse();
    }

    @Test
    void asrm_clinical_research_owes_the_same_reports_as_a_trial_duty() {
        assertThat(duties("JP", "stem_cell", "trial", "2025-09-01"))
                .extracting(
                        Assessment.ReportingDuty::id,
                        Assessment.ReportingDuty::condition,
                        Assessment.ReportingDuty::days,
                        Assessment.ReportingDuty::periodDays)
                .containsExactly(
                        tuple("jp.asrm_research_7", "fatal_or_life_threatening", 7, null),
                        tuple("jp.asrm_research_15", "serious_other", 15, null),
                        tuple("jp.asrm_research_periodic", "non_serious", 10, 60));
    }

    @Test
    void the_asrm_duties_start_on_25_november_2014() {
        assertThat(duties("JP", "stem_cell", "practice", "2014-11-24")).isEmpty();
        assertThat(ids(duties("JP", "stem_cell", "practice", "2014-11-25")))
                .containsExactly("jp.asrm_7", "jp.asrm_15", "jp.asrm_periodic");
    }

    @Test
    void cell_free_products_given_in_japanese_practice_owe_no_report_to_anyone() {
        for (var type : List.of("culture_supernatant", "exosome", "extracellular_vesicle", "secretome")) {
            assertThat(duties("JP", type, "practice", "2025-09-01")).as(type).isEmpty();
            assertThat(duties("JP", type, "practice", "2025-05-30")).as(type).isEmpty();
        }
    }

    @Test
    void a_japanese_trial_of_a_cell_free_product_reports_under_the_clinical_trials_act_from_april_2018() {
        assertThat(duties("JP", "culture_supernatant", "trial", "2018-03-31")).isEmpty();
        assertThat(duties("JP", "culture_supernatant", "trial", "2018-04-01"))
                .extracting(
                        Assessment.ReportingDuty::id,
                        Assessment.ReportingDuty::condition,
                        Assessment.ReportingDuty::setting,
                        Assessment.ReportingDuty::days)
                .containsExactly(
                        tuple("jp.ct_7", "fatal_or_life_threatening_and_unexpected", "trial", 7),
                        tuple("jp.ct_15", "serious_and_unexpected_other", "trial", 15));
    }

    // ---- United States ------------------------------------------------------------------------------

    @Test
    void a_us_trial_of_exosomes_owes_ind_safety_reports() {
        assertThat(duties("US", "exosome", "trial", "2025-09-01"))
                .extracting(
                        Assessment.ReportingDuty::id,
                        Assessment.ReportingDuty::condition,
                        Assessment.ReportingDuty::setting,
                        Assessment.ReportingDuty::days)
                .containsExactly(
                        tuple("us.ind_7day", "fatal_or_life_threatening_and_unexpected", "trial", 7),
                        tuple("us.ind_15day", "serious_and_unexpected", "trial", 15));
    }

    @Test
    void exosomes_given_in_us_practice_owe_no_ind_report_only_the_cosmetic_one_they_may_fall_under() {
        // Not under an IND, no sponsor reports; the exosome may still be a cosmetic (open alternative).
        assertThat(duties("US", "exosome", "practice", "2025-09-01"))
                .extracting(
                        Assessment.ReportingDuty::id,
                        Assessment.ReportingDuty::condition,
                        Assessment.ReportingDuty::setting,
                        Assessment.ReportingDuty::days)
                .containsExactly(tuple("us.mocra", "serious", "practice", 15));
        assertThat(duties("US", "exosome", "practice", "2023-12-28")).isEmpty();
    }

    @Test
    void a_us_stem_cell_product_shows_the_duties_of_both_361_and_351_until_the_facts_decide() {
        assertThat(ids(duties("US", "stem_cell", "practice", "2025-09-01"))).containsExactly("us.hctp_350");
        assertThat(ids(duties("US", "stem_cell", "trial", "2025-09-01")))
                .containsExactly("us.ind_7day", "us.ind_15day");
        assertThat(ids(duties("US-CA", "stem_cell", "trial", "2025-09-01")))
                .containsExactly("us.ind_7day", "us.ind_15day");
    }

    // ---- Europe -------------------------------------------------------------------------------------

    @Test
    void an_eu_member_state_trial_reports_susars_under_the_ctr_from_31_january_2022() {
        var after = duties("DE", "exosome", "trial", "2022-01-31");
        assertThat(after)
                .extracting(
                        Assessment.ReportingDuty::id,
                        Assessment.ReportingDuty::condition,
                        Assessment.ReportingDuty::setting,
                        Assessment.ReportingDuty::days)
                .containsExactly(
                        tuple("eu.susar_7", "fatal_or_life_threatening_and_unexpected", "trial", 7),
                        tuple("eu.susar_15", "serious_and_unexpected_other", "trial", 15));
        assertThat(after).allSatisfy(d -> {
            assertThat(d.to()).startsWith("EudraVigilance");
            assertThat(d.effectiveFrom()).isEqualTo(LocalDate.of(2022, 1, 31));
        });
        var before = duties("DE", "exosome", "trial", "2022-01-30");
        assertThat(ids(before)).containsExactly("eu.susar_7", "eu.susar_15");
        assertThat(before).allSatisfy(d -> {
            assertThat(d.to()).startsWith("National competent authorities");
            assertThat(d.effectiveTo()).isEqualTo(LocalDate.of(2022, 1, 30));
        });
    }

    @Test
    void eu_post_authorisation_duties_bind_only_a_marketing_authorisation_holder() {
        // No exosome has a marketing authorisation; the only practice duty left open is the cosmetic one.
        assertThat(ids(duties("FR", "exosome", "practice", "2025-09-01"))).containsExactly("eu.cosmetic_sue");
        assertThat(duties("DE", "stem_cell", "practice", "2025-09-01")).isEmpty();
        var authorised = assess("""
            {"jurisdiction":"DE","product":{"type":"exosome","origin":"human","positioned_as":"drug"},
             "use":{"setting":"clinic_commercial","routes":["iv"]},"authorizations":[{"type":"MA","status":"active"}]}
            """);
        assertThat(authorised.adverseEventReporting())
                .filteredOn(d -> d.setting().equals("practice"))
                .extracting(Assessment.ReportingDuty::id, Assessment.ReportingDuty::condition)
                .containsExactly(tuple("eu.post_auth_15", "serious"), tuple("eu.post_auth_90", "non_serious"));
    }

    @Test
    void the_uk_reports_susars_under_its_own_regulations() {
        assertThat(ids(duties("UK", "exosome", "trial", "2025-09-01"))).containsExactly("gb.susar_7", "gb.susar_15");
    }

    // ---- other jurisdictions ------------------------------------------------------------------------

    @Test
    void trial_duties_elsewhere_follow_the_ich_split_of_fatal_and_other_unexpected_serious_reactions() {
        for (var country : List.of("CA", "AU", "KR", "CN", "SG")) {
            assertThat(duties(country, "exosome", "trial", "2025-09-01"))
                    .as(country)
                    .extracting(
                            Assessment.ReportingDuty::condition,
                            Assessment.ReportingDuty::setting,
                            Assessment.ReportingDuty::days)
                    .containsExactly(
                            tuple("fatal_or_life_threatening_and_unexpected", "trial", 7),
                            tuple("serious_and_unexpected_other", "trial", 15));
        }
    }

    @Test
    void india_trial_serious_adverse_events_are_reported_in_1_and_14_days_from_19_march_2019() {
        assertThat(duties("IN", "secretome", "trial", "2019-03-18")).isEmpty();
        assertThat(duties("IN", "secretome", "trial", "2019-03-19"))
                .extracting(
                        Assessment.ReportingDuty::id,
                        Assessment.ReportingDuty::condition,
                        Assessment.ReportingDuty::days)
                .containsExactly(tuple("in.sae_24h", "serious", 1), tuple("in.sae_14", "serious", 14));
        assertThat(duties("IN", "secretome", "practice", "2025-09-01")).isEmpty();
    }

    @Test
    void singapore_trial_duties_start_on_1_november_2016() {
        assertThat(duties("SG", "exosome", "trial", "2016-10-31")).isEmpty();
        assertThat(ids(duties("SG", "exosome", "trial", "2016-11-01"))).containsExactly("sg.usadr_7", "sg.usadr_15");
    }

    @Test
    void taiwan_medical_institutions_report_serious_drug_reactions_in_practice() {
        assertThat(duties("TW", "exosome", "practice", "2025-09-01"))
                .extracting(
                        Assessment.ReportingDuty::id,
                        Assessment.ReportingDuty::condition,
                        Assessment.ReportingDuty::days)
                .containsExactly(
                        tuple("tw.adr_7", "fatal_or_life_threatening", 7), tuple("tw.adr_15", "serious_other", 15));
    }

    @Test
    void china_device_events_are_reported_from_2019_and_trial_reactions_to_the_cde() {
        assertThat(duties("CN", "exosome", "practice", "2018-12-31")).isEmpty();
        assertThat(duties("CN", "exosome", "practice", "2019-01-01"))
                .extracting(
                        Assessment.ReportingDuty::id,
                        Assessment.ReportingDuty::condition,
                        Assessment.ReportingDuty::days)
                .containsExactly(
                        tuple("cn.device_death", "fatal_or_life_threatening", 7),
                        tuple("cn.device_serious", "serious", 20));
        assertThat(ids(duties("CN", "exosome", "trial", "2025-09-01"))).containsExactly("cn.susar_7", "cn.susar_15");
    }

    @Test
    void where_the_rulebook_records_no_deadline_or_no_law_the_list_is_empty() {
        for (var country : List.of("MX", "AE", "SA", "BR")) {
            for (var setting : List.of("practice", "trial")) {
                assertThat(duties(country, "exosome", setting, "2025-09-01"))
                        .as(country + " " + setting)
                        .isEmpty();
            }
        }
        assertThat(duties("US", "prp", "practice", "2025-09-01")).isEmpty();
    }

    @Test
    void an_unknown_product_type_shows_the_duties_of_every_classification_it_leaves_open() {
        assertThat(ids(duties("JP", null, "trial", "2025-09-01")))
                .containsExactly(
                        "jp.asrm_research_7",
                        "jp.asrm_research_15",
                        "jp.asrm_research_periodic",
                        "jp.ct_7",
                        "jp.ct_15");
        assertThat(ids(duties("US", null, "practice", "2025-09-01"))).containsExactly("us.hctp_350", "us.mocra");
    }

    @Test
    void every_listed_duty_carries_its_codes_and_only_the_requested_setting() {
        for (var country : RULEBOOK.jurisdictions()) {
            for (var setting : List.of("practice", "trial")) {
                assertThat(RULEBOOK.reportingDuties(country, null, setting, LocalDate.of(2025, 9, 1)))
                        .allSatisfy(d -> {
                            assertThat(d.id()).isNotBlank();
                            assertThat(d.setting()).isEqualTo(setting);
                            assertThat(RULEBOOK.codes("duty_conditions")).contains(d.condition());
                        });
            }
        }
    }

    // ---- input checks -------------------------------------------------------------------------------

    @Test
    void a_setting_or_product_type_outside_its_codes_is_a_stable_error() {
        assertThatThrownBy(() -> duties("JP", "stem_cell", "clinical_trial", "2025-09-01"))
                .isInstanceOf(RulebookException.class)
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2008"))
                .hasMessageContaining("practice, trial")
                .hasMessageContaining("clinical_trial");
        assertThatThrownBy(() -> duties("JP", "plasma", "practice", "2025-09-01"))
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2008"))
                .hasMessageContaining("plasma")
                .hasMessageContaining("stem_cell");
        assertThatThrownBy(() -> duties(" ", "stem_cell", "practice", "2025-09-01"))
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2103"));
    }

    // ---- classify is unchanged -----------------------------------------------------------------------

    @Test
    void classify_lists_each_asrm_duty_once_in_the_version_of_its_setting() {
        var offering = """
            {"jurisdiction":"JP","date":"2025-09-01","product":{"type":"stem_cell","origin":"human","contains_cells":true},
             "use":{%s"routes":["iv"],"administered_by":"physician"}}
            """;
        assertThat(ids(assess(offering.formatted("\"setting\":\"clinical_trial\","))
                        .adverseEventReporting()))
                .containsExactly("jp.asrm_research_7", "jp.asrm_research_15", "jp.asrm_research_periodic");
        assertThat(ids(assess(offering.formatted("\"setting\":\"clinic_commercial\","))
                        .adverseEventReporting()))
                .containsExactly("jp.asrm_7", "jp.asrm_15", "jp.asrm_periodic");
        assertThat(ids(assess(offering.formatted("")).adverseEventReporting()))
                .containsExactly("jp.asrm_7", "jp.asrm_15", "jp.asrm_periodic");
    }

    @Test
    void the_json_of_classify_keeps_to_when_days_and_citations_only() throws Exception {
        var out = RULEBOOK.classifyJson("""
            {"jurisdiction":"JP","date":"2025-09-01","product":{"type":"stem_cell","origin":"human","contains_cells":true},
             "use":{"setting":"clinic_commercial","routes":["iv"],"administered_by":"physician"}}
            """, "-", null, null);
        var duties = OfferingJson.MAPPER.readTree(out).get("adverse_event_reporting");
        assertThat(duties).hasSize(3);
        duties.forEach(d -> assertThat(d.propertyNames()).containsExactly("to", "when", "days", "citations"));
    }

    @Test
    void a_duty_built_from_the_contract_fields_alone_leaves_the_codes_unknown() {
        var duty = new Assessment.ReportingDuty("FDA", "serious", 15, List.of());
        assertThat(duty.id()).isNull();
        assertThat(duty.condition()).isNull();
        assertThat(duty.periodDays()).isNull();
        assertThat(duty.periodic()).isFalse();
    }
}
