package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a regulator may require, of whom, to learn the facts of an adverse event (issue 20). */
class InformationPowersTest {

    private static final Rulebook RULEBOOK = Rulebook.load();

    @Test
    void aJapaneseClinicCanBeOrderedToReportUnderTheAsrmAndTheMedicalCareAct() {
        var powers = RULEBOOK.informationPowers("JP", "clinic", LocalDate.parse("2023-10-20"));

        assertThat(powers).extracting(InformationPower::id).containsExactly("jp.asrm_24", "jp.medical_care_act_25");
        assertThat(powers.getFirst().citations())
                .extracting(Citation::source)
                .singleElement()
                .asString()
                .contains("Art 24");
        assertThat(powers.getFirst().labelJa()).contains("第24条");
    }

    @Test
    void aPowerIsCitedOnlyForWhomItReachesAndWhileInForce() {
        assertThat(RULEBOOK.informationPowers("JP", "hospital", LocalDate.parse("2023-10-20")))
                .extracting(InformationPower::id)
                .containsExactly("jp.medical_care_act_25");
        assertThat(RULEBOOK.informationPowers("JP", "clinic", LocalDate.parse("2014-01-01")))
                .extracting(InformationPower::id)
                .containsExactly("jp.medical_care_act_25");
    }

    @Test
    void whereTheRulebookRecordsNoPowerTheListIsEmpty() {
        assertThat(RULEBOOK.informationPowers("JP", "coroner", null)).isEmpty();
        assertThat(RULEBOOK.informationPowers("MX", "clinic", null)).isEmpty();
        assertThat(RULEBOOK.informationPowers("ZZ", "clinic", null)).isEmpty();
        assertThat(RULEBOOK.informationPowers("", "clinic", null)).isEmpty();
    }

    @Test
    void aPowerOverAnUnknownAddresseeIsAnErrorAtItsLine() {
        String xx = """
            jurisdiction: XX
            name: Testland
            applies_to: [XX]
            law_current_to: 2025-01-01
            sources:
              act: {source: "Testland Act s.9", title: "Powers"}
            powers:
              - id: xx.order
                of: [clinic, police]
                label: "Order"
                label_ja: "命令"
                scope: "Everyone"
                scope_ja: "全員が対象です。"
                cite: [act]
            """;
        var files = new HashMap<String, String>(
                Map.of("rulebook.yaml", "version: test\\nfiles: [xx.yaml]\\n".translateEscapes(), "xx.yaml", xx));

        assertThatThrownBy(() -> Rulebook.load(name -> files.computeIfAbsent(name, InformationPowersTest::resource)))
                .isInstanceOf(RulebookException.class)
                .hasMessageContaining("xx.yaml:9:")
                .hasMessageContaining("'police'");
    }

    private static String resource(String name) {
        try (var in = InformationPowersTest.class.getClassLoader().getResourceAsStream("rulebook/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
