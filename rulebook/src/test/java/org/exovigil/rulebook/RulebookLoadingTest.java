package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The files are checked on load, and every error names the file and the line. */
class RulebookLoadingTest {

    private static final String GOOD = """
        jurisdiction: XX
        name: Testland
        applies_to: [XX]
        law_current_to: 2025-01-01
        sources:
          act:
            source: "Testland Act s.1"
            title: "Test act"
        classifications:
          - id: xx.drug
            code: XX.DRUG
            label: "Drug"
            label_ja: "医薬品"
            if: {ref: vesicle_product}
            because: "It is a vesicle product."
            because_ja: "小胞製品です。"
            cite: [act]
            requirements: [ma]
        requirements:
          - id: ma
            code: MA
            label: "Authorisation"
            label_ja: "承認"
            satisfied_if: {authorizations.active: MA}
            cite: [act]
        """;

    private static Rulebook loadWith(String xx) {
        var files = new HashMap<String, String>(
                Map.of("rulebook.yaml", "version: test\nfiles: [xx.yaml]\n", "xx.yaml", xx));
        return Rulebook.load(name -> files.computeIfAbsent(name, RulebookLoadingTest::resource));
    }

    private static String resource(String name) {
        try (var in = RulebookLoadingTest.class.getClassLoader().getResourceAsStream("rulebook/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_valid_file_loads() {
        assertThat(loadWith(GOOD).jurisdictions()).containsExactly("XX");
    }

    @Test
    void bad_yaml_names_file_and_line() {
        assertThatThrownBy(() -> loadWith(GOOD.replace("  - id: xx.drug", "  - id: [xx.drug")))
                .isInstanceOf(RulebookException.class)
                .hasMessageStartingWith("EXO-2001: xx.yaml:")
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2001"));
    }

    @Test
    void an_unknown_vocabulary_code_is_an_error_at_its_line() {
        assertThatThrownBy(
                        () -> loadWith(GOOD.replace("if: {ref: vesicle_product}", "if: {use.routes: [intravenous]}")))
                .hasMessageContaining("EXO-2003")
                .hasMessageContaining("xx.yaml:14")
                .hasMessageContaining("intravenous");
    }

    @Test
    void an_unknown_fact_is_an_error() {
        assertThatThrownBy(() -> loadWith(GOOD.replace("if: {ref: vesicle_product}", "if: {product.colour: red}")))
                .hasMessageContaining("EXO-2003")
                .hasMessageContaining("product.colour");
    }

    @Test
    void a_dangling_source_is_an_error() {
        assertThatThrownBy(() ->
                        loadWith(GOOD.replace("cite: [act]\n    requirements", "cite: [missing]\n    requirements")))
                .hasMessageContaining("EXO-2004")
                .hasMessageContaining("xx.yaml:")
                .hasMessageContaining("missing");
    }

    @Test
    void a_dangling_requirement_is_an_error() {
        assertThatThrownBy(() -> loadWith(GOOD.replace("requirements: [ma]", "requirements: [ind]")))
                .hasMessageContaining("EXO-2004")
                .hasMessageContaining("ind");
    }

    @Test
    void a_test_on_an_undefined_classification_is_an_error() {
        assertThatThrownBy(() -> loadWith(GOOD.replace(
                        "satisfied_if: {authorizations.active: MA}", "satisfied_if: {classification: XX.NONE}")))
                .hasMessageContaining("EXO-2004")
                .hasMessageContaining("XX.NONE");
    }

    @Test
    void an_unexpected_key_is_an_error() {
        assertThatThrownBy(() -> loadWith(GOOD.replace("because:", "becuase:")))
                .hasMessageContaining("EXO-2002")
                .hasMessageContaining("becuase");
    }

    @Test
    void two_versions_of_a_rule_in_force_on_the_same_day_are_an_error() {
        var overlapping = GOOD.replace("requirements:\n  - id: ma", """
            requirements:
              - id: ma
                code: MA
                label: "Old authorisation"
                label_ja: "以前の承認"
                effective_to: 2020-01-01
                cite: [act]
              - id: ma
                effective_from: 2019-06-01""");
        assertThatThrownBy(() -> loadWith(overlapping))
                .hasMessageContaining("EXO-2005")
                .hasMessageContaining("xx.yaml:");
    }

    @Test
    void a_rule_without_a_source_is_an_error() {
        assertThatThrownBy(() ->
                        loadWith(GOOD.replace("    cite: [act]\n    requirements: [ma]", "    requirements: [ma]")))
                .hasMessageContaining("EXO-2002")
                .hasMessageContaining("cite");
    }

    // ---- the Japanese beside the English: message_ja and because_ja ---------------------------------

    private static final String FINDING = GOOD + """
        findings:
          - id: xx.claim
            code: FALSE_APPROVAL_CLAIM
            severity: violation
            if: {claims: approval_claim}
            message: "The offering claims an approval it does not hold."
            message_ja: "この提供内容は、実際には受けていない承認を受けているとうたっています。"
            cite: [act]
        """;

    @Test
    void a_rule_with_both_texts_gives_both() {
        var rules = loadWith(FINDING).laws().getFirst().rules();
        assertThat(rules)
                .filteredOn(r -> r.kind().equals("classification") || r.kind().equals("finding"))
                .extracting(Jurisdiction.Rule::textJa)
                .containsExactly("小胞製品です。", "この提供内容は、実際には受けていない承認を受けているとうたっています。");
    }

    @Test
    void a_because_without_its_japanese_is_an_error_at_the_rule() {
        assertThatThrownBy(() -> loadWith(GOOD.replace("    because_ja: \"小胞製品です。\"\n", "")))
                .isInstanceOf(RulebookException.class)
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2009"))
                .hasMessageContaining("xx.yaml:10:")
                .hasMessageContaining("rule 'xx.drug' has because: but no because_ja:");
    }

    @Test
    void a_label_without_its_japanese_is_an_error_at_the_rule() {
        assertThatThrownBy(() -> loadWith(GOOD.replace("    label_ja: \"医薬品\"\n", "")))
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2009"))
                .hasMessageContaining("rule 'xx.drug' has label: but no label_ja:");
        assertThatThrownBy(() -> loadWith(GOOD.replace("    label_ja: \"承認\"\n", "")))
                .hasMessageContaining("rule 'ma' has label: but no label_ja:");
    }

    @Test
    void a_message_without_its_japanese_is_an_error_at_the_rule() {
        assertThatThrownBy(() -> loadWith(FINDING.replaceAll("    message_ja: .*\n", "")))
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2009"))
                .hasMessageContaining("xx.yaml:27:")
                .hasMessageContaining("rule 'xx.claim' has message: but no message_ja:");
    }

    @Test
    void a_blank_japanese_text_is_an_error_at_its_line() {
        assertThatThrownBy(() -> loadWith(FINDING.replaceAll("message_ja: .*\n", "message_ja: \"  \"\n")))
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2009"))
                .hasMessageContaining("xx.yaml:32:")
                .hasMessageContaining("message_ja of rule 'xx.claim' is blank");
    }

    // ---- reporting entries: condition, setting and period_days -------------------------------------

    private static final String REPORTING = GOOD + """
        reporting:
          - id: xx.susar_7
            to: "Testland agency"
            to_ja: "テストランド当局"
            when: "fatal or life-threatening SUSAR"
            when_ja: "死亡または生命を脅かすSUSAR"
            days: 7
            condition: fatal_or_life_threatening_and_unexpected
            setting: trial
            if: {classification: XX.DRUG}
            cite: [act]
          - id: xx.periodic
            to: "Testland committee"
            to_ja: "テストランド委員会"
            when: "other cases, for each 60-day period"
            when_ja: "その他の症例、60日ごと"
            days: 10
            condition: non_serious
            setting: practice
            period_days: 60
            if: {classification: XX.DRUG}
            cite: [act]
        """;

    @Test
    void a_reporting_entry_with_condition_setting_and_period_loads() {
        var rule = loadWith(REPORTING).laws().getFirst().rules().stream()
                .filter(r -> r.id().equals("xx.periodic"))
                .findFirst()
                .orElseThrow();
        assertThat(rule.kind()).isEqualTo("reporting");
    }

    @Test
    void an_unknown_duty_condition_is_an_error_that_names_the_line_and_the_codes() {
        assertThatThrownBy(() -> loadWith(REPORTING.replace(
                        "condition: fatal_or_life_threatening_and_unexpected", "condition: fatal_and_unexpected")))
                .isInstanceOf(RulebookException.class)
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2003"))
                .hasMessageContaining("xx.yaml:33:")
                .hasMessageContaining("'fatal_and_unexpected' is not a condition code")
                .hasMessageContaining(
                        "fatal_or_life_threatening, fatal_or_life_threatening_and_unexpected, serious, serious_and_unexpected, "
                                + "serious_other, serious_and_unexpected_other, non_serious, any");
    }

    @Test
    void an_unknown_duty_setting_is_an_error_that_names_the_line_and_the_codes() {
        assertThatThrownBy(() -> loadWith(REPORTING.replace("setting: trial", "setting: clinical_trial")))
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2003"))
                .hasMessageContaining("xx.yaml:34:")
                .hasMessageContaining("'clinical_trial' is not a setting code")
                .hasMessageContaining("practice, trial");
    }

    @Test
    void a_reporting_entry_without_a_condition_is_an_error() {
        assertThatThrownBy(() ->
                        loadWith(REPORTING.replace("    condition: fatal_or_life_threatening_and_unexpected\n", "")))
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2002"))
                .hasMessageContaining("xx.yaml:27:")
                .hasMessageContaining("missing key 'condition'");
    }

    @Test
    void a_reporting_entry_without_a_setting_is_an_error() {
        assertThatThrownBy(() -> loadWith(REPORTING.replace("    setting: practice\n", "")))
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2002"))
                .hasMessageContaining("xx.yaml:37:")
                .hasMessageContaining("missing key 'setting'");
    }

    @Test
    void period_days_must_be_a_positive_whole_number() {
        assertThatThrownBy(() -> loadWith(REPORTING.replace("period_days: 60", "period_days: 0")))
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2002"))
                .hasMessageContaining("xx.yaml:45:")
                .hasMessageContaining("period_days must be positive");
        assertThatThrownBy(() -> loadWith(REPORTING.replace("period_days: 60", "period_days: two months")))
                .hasMessageContaining("xx.yaml:45:")
                .hasMessageContaining("period_days must be a whole number");
        assertThatThrownBy(() -> loadWith(REPORTING.replace("period_days: 60", "period_days: 60.5")))
                .hasMessageContaining("period_days must be a whole number");
    }

    @Test
    void every_rule_of_every_jurisdiction_can_be_read_with_its_sources() {
        var laws = Scenarios.RULEBOOK.laws();
        assertThat(laws)
                .extracting(Jurisdiction::code)
                .containsExactlyInAnyOrder(
                        "US", "EU", "GB", "JP", "KR", "TW", "CN", "CA", "AU", "IN", "SG", "MX", "AE", "SA");
        assertThat(laws)
                .allSatisfy(law -> assertThat(law.rules())
                        .isNotEmpty()
                        .allSatisfy(rule -> assertThat(rule.citations()).isNotEmpty()));
    }

    @Test
    void the_whole_rulebook_loads_in_well_under_a_second() {
        // The best of a few warm loads, so a busy build machine does not make the test flaky.
        long best = Long.MAX_VALUE;
        Rulebook rulebook = null;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            rulebook = Rulebook.load();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        assertThat(rulebook.jurisdictions()).contains("US", "EU", "DE", "GB", "JP", "KR");
        assertThat(best).isLessThan(300);
    }
}
