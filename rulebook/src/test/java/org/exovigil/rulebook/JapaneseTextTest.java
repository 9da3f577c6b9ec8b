package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.RULEBOOK;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the law says of an offering is shown to the public in English and in Japanese: every classification's
 * reasoning and every finding's message has its Japanese beside it in the rulebook, and the Japanese reaches
 * the assessment and the JSON of classify.
 */
class JapaneseTextTest {

    /** Hiragana, which every plain Japanese sentence has (です, ます, は, が ...). */
    private static final Pattern HIRAGANA = Pattern.compile("\\p{IsHiragana}");
    /** Rulebook codes that mean nothing to a patient: use.setting, clinic_commercial, US.BIOLOGIC_DRUG. */
    private static final Pattern JAPANESE_SCRIPT = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    private static final Pattern INTERNAL_CODE =
            Pattern.compile("\\b[a-z]+_[a-z_]+\\b|\\b[a-z]+\\.[a-z_]+\\b|\\b[A-Z]{2}\\.[A-Z_]{3,}\\b");

    @Test
    void every_rule_of_every_jurisdiction_says_in_japanese_what_it_says_in_english() {
        var laws = RULEBOOK.laws();
        assertThat(laws).hasSize(14);
        for (var law : laws) {
            var spoken = law.rules().stream()
                    .filter(r -> r.kind().equals("classification") || r.kind().equals("finding"))
                    .toList();
            assertThat(spoken).as(law.code()).isNotEmpty();
            for (var rule : spoken) {
                var where = law.code() + " " + rule.kind() + " " + rule.id();
                assertThat(rule.text()).as(where).isNotBlank();
                assertThat(rule.textJa()).as(where).isNotBlank().containsPattern(HIRAGANA);
                assertThat(rule.textJa()).as(where).endsWith("。");
                assertThat(rule.textJa()).as(where).doesNotContainPattern(INTERNAL_CODE);
                assertThat(rule.textJa()).as(where + ": です・ます調").containsAnyOf("です", "でした", "ます", "ました", "ません");
            }
        }
    }

    /** What a Japanese reader sees as the name of a rule is Japanese: the label, and a duty's recipient and events. */
    @Test
    void every_classification_requirement_and_reporting_duty_is_named_in_japanese() {
        var named = RULEBOOK.laws().stream()
                .flatMap(l -> l.rules().stream())
                .filter(r -> !r.kind().equals("finding"))
                .toList();
        assertThat(named).hasSizeGreaterThan(200);
        for (var rule : named) {
            assertThat(rule.labelJa()).as(rule.id()).isNotBlank().containsPattern(JAPANESE_SCRIPT);
            assertThat(rule.labelJa()).as(rule.id()).isNotEqualTo(rule.label());
            if (rule.kind().equals("reporting")) {
                assertThat(rule.codeJa()).as(rule.id()).containsPattern(JAPANESE_SCRIPT);
            }
        }
    }

    @Test
    void requirements_and_reporting_duties_have_no_japanese_of_their_own() {
        assertThat(RULEBOOK.laws().stream().flatMap(l -> l.rules().stream()))
                .filteredOn(r -> r.kind().equals("requirement") || r.kind().equals("reporting"))
                .allSatisfy(r -> assertThat(r.textJa()).isNull());
    }

    @Test
    void the_assessment_carries_the_japanese_of_its_classification_and_findings() {
        var a = Scenarios.assess("""
            {"jurisdiction":"JP","date":"2025-09-01","product":{"type":"exosome","origin":"human","contains_cells":false},
             "use":{"setting":"clinic_commercial","routes":["iv"],"administered_by":"physician","indications":["wellness_longevity"]},
             "claims":["approval_claim"]}
            """);
        assertThat(a.classification().code()).isEqualTo("JP.OUTSIDE_ASRM");
        assertThat(a.classification().because()).startsWith("Exosomes, extracellular vesicles");
        assertThat(a.classification().becauseJa()).contains("再生医療等安全性確保法", "自らの責任");
        assertThat(a.explanation()).contains(a.classification().because());
        assertThat(a.findings())
                .allSatisfy(
                        f -> assertThat(f.messageJa()).as(f.code()).isNotBlank().containsPattern(HIRAGANA));
    }

    @Test
    void a_japanese_finding_reaches_the_json_beside_its_english() throws Exception {
        var out = RULEBOOK.classifyJson("""
            {"jurisdiction":"JP","date":"2025-09-01","product":{"type":"exosome","origin":"human","contains_cells":false},
             "use":{"setting":"clinic_commercial","routes":["iv"],"administered_by":"physician","indications":["wellness_longevity"]},
             "claims":["approval_claim"]}
            """, "-", null, null);
        var findings = OfferingJson.MAPPER.readTree(out).get("findings");
        assertThat(findings).isNotEmpty();
        findings.forEach(f -> assertThat(f.propertyNames())
                .containsExactly("code", "severity", "message", "message_ja", "citations"));
        JsonNode approval = null;
        for (var f : findings) if (f.get("code").asString().equals("FALSE_APPROVAL_CLAIM")) approval = f;
        assertThat(approval).isNotNull();
        assertThat(approval.get("message").asString()).startsWith("The offering claims government approval");
        assertThat(approval.get("message_ja").asString())
                .isEqualTo(japaneseOf("JP", approval.get("message").asString()))
                .contains("日本で承認されたエクソソームや培養上清の製品はなく");
    }

    @Test
    void the_findings_the_engine_writes_itself_have_japanese_too() throws Exception {
        // Route and setting missing: the classification is left open, which the engine says in a finding.
        var out = RULEBOOK.classifyJson(
                "{\"jurisdiction\":\"JP\",\"date\":\"2025-09-01\",\"product\":{\"type\":\"exosome\",\"origin\":\"human\"}}",
                "-",
                null,
                null);
        var findings = OfferingJson.MAPPER.readTree(out).get("findings");
        JsonNode open = null;
        for (var f : findings) if (f.get("code").asString().equals("CLASSIFICATION_UNDETERMINED")) open = f;
        assertThat(open).isNotNull();
        assertThat(open.get("message_ja").asString()).containsPattern(HIRAGANA).doesNotContainPattern(INTERNAL_CODE);
    }

    @Test
    void the_classification_s_reasoning_is_not_in_the_json_in_either_language() throws Exception {
        var out = RULEBOOK.classifyJson(
                "{\"jurisdiction\":\"US\",\"product\":{\"type\":\"exosome\",\"origin\":\"human\"}}", "-", null, null);
        var classification = OfferingJson.MAPPER.readTree(out).get("classification");
        assertThat(classification.propertyNames()).containsExactly("code", "label", "status", "citations");
    }

    /** The Japanese the rulebook holds for a finding of a jurisdiction, found by its English message. */
    private static String japaneseOf(String jurisdiction, String message) {
        return RULEBOOK.laws().stream()
                .filter(l -> l.code().equals(jurisdiction))
                .flatMap(l -> l.rules().stream())
                .filter(r -> r.kind().equals("finding") && message.equals(r.text()))
                .findFirst()
                .orElseThrow()
                .textJa();
    }
}
