package org.exovigil.app.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterRulesTest {

    @Test
    void theBundledRulesLoadAndEachCitesItsSource() {
        assertThat(ClusterRules.bundled()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.sourceTitle()).isNotBlank();
            assertThat(rule.why()).isNotBlank();
        });
        assertThat(ClusterRules.bundled())
                .extracting(ClusterRule::id)
                .contains("lot.serious-infection.30d")
                .doesNotHaveDuplicates();
    }

    @Test
    void infectionTermsMatchInAnyCaseAndLanguage() {
        ClusterRule lot = ClusterRules.bundled().stream()
                .filter(rule -> rule.id().equals("lot.serious-infection.30d"))
                .findFirst()
                .orElseThrow();

        assertThat(lot.matchesAny(List.of("headache", "Septic shock"))).isTrue();
        assertThat(lot.matchesAny(List.of("注射部位の膿瘍"))).isTrue();
        assertThat(lot.matchesAny(List.of("headache"))).isFalse();
        assertThat(lot.matchesAny(List.of())).isFalse();
    }

    @Test
    void aBrokenRuleIsNamedWithItsField() {
        String yaml = """
                rules:
                  - {id: bad.rule, title: t, scope: clinic, window_days: 30, min_cases: 2, why: w, source: {title: s}}
                """;

        assertThatThrownBy(() -> ClusterRules.read(yaml, "rules.yaml"))
                .hasMessage("rules.yaml: rule bad.rule: scope: expected one of lot, provider, product");
    }

    @Test
    void anUnknownTermGroupIsRefused() {
        String yaml = """
                rules:
                  - {id: r, title: t, scope: lot, window_days: 30, min_cases: 2, reactions: burns, why: w, source: {title: s}}
                """;

        assertThatThrownBy(() -> ClusterRules.read(yaml, "rules.yaml")).hasMessageContaining("reactions");
    }

    @Test
    void aWindowOfZeroDaysIsRefused() {
        String yaml = """
                rules:
                  - {id: r, title: t, scope: lot, window_days: 0, min_cases: 2, why: w, source: {title: s}}
                """;

        assertThatThrownBy(() -> ClusterRules.read(yaml, "rules.yaml")).hasMessageContaining("window_days");
    }
}
