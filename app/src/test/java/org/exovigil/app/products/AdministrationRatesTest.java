package org.exovigil.app.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reports per 1,000 administrations, given only over a count that covers everyone the reports come from. */
class AdministrationRatesTest {

    @Test
    void aWholeCountGivesRatesPerThousandAdministrationsWithGarwoodIntervals() {
        var rates = AdministrationRates.of(1500, true, 3, 1);

        assertThat(rates.rated()).isTrue();
        assertThat(rates.all().perThousand()).isCloseTo(2.0, within(1e-12));
        // Garwood interval for 3 events: 0.6187 to 8.7673 events; for 1: 0.0253 to 5.5716
        assertThat(rates.all().lower()).isCloseTo(0.6187 / 1.5, within(1e-3));
        assertThat(rates.all().upper()).isCloseTo(8.7673 / 1.5, within(1e-3));
        assertThat(rates.serious().lower()).isCloseTo(0.0253 / 1.5, within(1e-3));
        assertThat(rates.serious().upper()).isCloseTo(5.5716 / 1.5, within(1e-3));
    }

    @Test
    void zeroAdministrationsGiveNoRateRatherThanAnInfiniteOne() {
        var rates = AdministrationRates.of(0, true, 2, 1);

        assertThat(rates.rated()).isFalse();
        assertThat(rates.all()).isNull();
        assertThat(rates.serious()).isNull();
        assertThat(rates.reports()).isEqualTo(2);
    }

    @Test
    void zeroReportsStillHaveAnUpperBound() {
        var rates = AdministrationRates.of(300, true, 0, 0);

        assertThat(rates.all().perThousand()).isZero();
        assertThat(rates.all().lower()).isZero();
        // the upper 97.5% bound for zero events is 3.689 events
        assertThat(rates.all().upper()).isCloseTo(3.6889 / 0.3, within(1e-2));
    }

    @Test
    void aCountThatLeavesSomePatientsOutGivesNoRate() {
        var rates = AdministrationRates.of(1200, false, 4, 1);

        assertThat(rates.rated()).isFalse();
        assertThat(rates.administrations()).isEqualTo(1200);
    }

    @Test
    void aHugeCountStaysFinite() {
        var rates = AdministrationRates.of(Integer.MAX_VALUE * 4L, true, 1_000_000, 10);

        assertThat(rates.all().upper()).isFinite().isGreaterThan(rates.all().perThousand());
    }

    @Test
    void negativeCountsAndMoreSeriousThanAllAreRefused() {
        assertThatThrownBy(() -> AdministrationRates.of(-1, true, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdministrationRates.of(10, true, 1, 2)).hasMessageContaining("1 reports, 2 serious");
    }
}
