package org.exovigil.app.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.exovigil.app.plans.Reconciliation.Disagreement;
import org.junit.jupiter.api.Test;

/**
 * A clinic's own count of serious events beside the reports about it: small counts must agree exactly, large
 * ones within a tenth; fewer reports than events is under-reporting, more is over-counting.
 */
class ReconciliationTest {

    private static final LocalDate START = LocalDate.of(2025, 4, 1);
    private static final LocalDate END = LocalDate.of(2026, 4, 1);

    private static Reconciliation of(long counted, long byClinic, long aboutClinic) {
        return new Reconciliation(START, END, counted, byClinic, aboutClinic);
    }

    @Test
    void nothingCountedAndNothingReportedAgrees() {
        assertThat(of(0, 0, 0).disagreement()).isEqualTo(Disagreement.NONE);
    }

    @Test
    void oneCountedEventWithNoReportIsUnderReporting() {
        assertThat(of(1, 0, 0).disagreement()).isEqualTo(Disagreement.UNDER_REPORTING);
    }

    @Test
    void aReportTheClinicDidNotCountIsOverCounting() {
        assertThat(of(0, 0, 1).disagreement()).isEqualTo(Disagreement.OVER_COUNTING);
    }

    @Test
    void reportsByOthersCountTowardsTheClinicsEventsNotOnlyItsOwn() {
        assertThat(of(3, 1, 3).disagreement()).isEqualTo(Disagreement.NONE);
    }

    @Test
    void upToTenTheCountsMustAgreeExactly() {
        assertThat(of(10, 0, 9).disagreement()).isEqualTo(Disagreement.UNDER_REPORTING);
        assertThat(of(9, 0, 10).disagreement()).isEqualTo(Disagreement.OVER_COUNTING);
        assertThat(of(10, 0, 9).tolerance()).isZero();
    }

    @Test
    void aboveTenATenthOfTheLargerCountIsTolerated() {
        assertThat(of(11, 0, 10).tolerance()).isEqualTo(1);
        assertThat(of(11, 0, 10).disagreement()).isEqualTo(Disagreement.NONE);
        assertThat(of(100, 0, 90).disagreement()).isEqualTo(Disagreement.NONE);
        assertThat(of(100, 0, 89).disagreement()).isEqualTo(Disagreement.UNDER_REPORTING);
        assertThat(of(89, 0, 100).disagreement()).isEqualTo(Disagreement.OVER_COUNTING);
    }

    @Test
    void theFlagIsSymmetricAndTheDirectionFollowsTheSign() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            long a = random.nextInt(500);
            long b = random.nextInt(500);
            var one = of(a, 0, b);
            var other = of(b, 0, a);
            assertThat(one.flagged()).as("seed %d: %d vs %d", seed, a, b).isEqualTo(other.flagged());
            if (one.flagged()) {
                assertThat(one.disagreement())
                        .as("seed %d: %d vs %d", seed, a, b)
                        .isEqualTo(a > b ? Disagreement.UNDER_REPORTING : Disagreement.OVER_COUNTING);
            }
            if (a == b) {
                assertThat(one.flagged()).as("seed %d", seed).isFalse();
            }
        }
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThatThrownBy(() -> of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> of(1, 2, 1)).hasMessageContaining("filed by the clinic <= filed about it");
    }

    @Test
    void eachDisagreementHasAMessageKey() {
        assertThat(Disagreement.UNDER_REPORTING.key()).isEqualTo("plans.reconcile.under_reporting");
    }
}
