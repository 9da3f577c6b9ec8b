package org.exovigil.vigilance.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarketingRiseRuleTest {

    private static final MarketingRiseRule RULE = new MarketingRiseRule(LocalDate.of(2026, 12, 10), 30, 3, 2.0);

    @Test
    void theBundledRuleIsReadWithItsReasoning() {
        var bundled = MarketingRiseRule.bundled();
        assertThat(bundled.windowDays()).isEqualTo(30);
        assertThat(bundled.minimumNew()).isEqualTo(3);
        assertThat(bundled.ratio()).isEqualTo(2.0);
        assertThat(bundled.reviewed()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void aRiseNeedsTheMinimumAndADoubling() {
        assertThat(RULE.risen(3, 0)).as("three new pages where there were none").isTrue();
        assertThat(RULE.risen(2, 0)).as("two is one clinic's redesign").isFalse();
        assertThat(RULE.risen(6, 3)).as("exactly double").isTrue();
        assertThat(RULE.risen(5, 3)).as("steady unlawful marketing is no rise").isFalse();
        assertThat(RULE.risen(0, 0)).isFalse();
        assertThat(RULE.risen(Integer.MAX_VALUE, Integer.MAX_VALUE / 2)).isTrue();
    }

    @Test
    void moreRecentPagesNeverUndoARiseAndMoreEarlierPagesNeverMakeOne() {
        long seed = 20261210L;
        Random random = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            int recent = random.nextInt(50);
            int earlier = random.nextInt(50);
            if (RULE.risen(recent, earlier)) {
                assertThat(RULE.risen(recent + 1, earlier))
                        .as("seed %d: %d/%d", seed, recent, earlier)
                        .isTrue();
            } else {
                assertThat(RULE.risen(recent, earlier + 1))
                        .as("seed %d: %d/%d", seed, recent, earlier)
                        .isFalse();
            }
        }
    }

    @Test
    void negativeCountsAndBrokenFilesAreRefusedByName() {
        assertThatThrownBy(() -> RULE.risen(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MarketingRiseRule.read("reviewed: 2026-12-10\nwindow_days: 30\n"))
                .hasMessageContaining("window_days_reason");
        assertThatThrownBy(() -> MarketingRiseRule.read("""
                        reviewed: 2026-12-10
                        window_days: thirty
                        window_days_reason: a month
                        minimum_new: 3
                        minimum_new_reason: x
                        ratio: 2.0
                        ratio_reason: y
                        """)).hasMessageContaining("window_days");
        assertThatThrownBy(() -> MarketingRiseRule.read("""
                        reviewed: 2026-12-10
                        window_days: 30
                        window_days_reason: a month
                        minimum_new: 3
                        minimum_new_reason: x
                        ratio: 0.5
                        ratio_reason: y
                        """)).hasMessageContaining("ratio >= 1");
        assertThatThrownBy(() -> MarketingRiseRule.read("- not\n- a mapping\n")).hasMessageContaining("mapping");
    }
}
