package org.exovigil.vigilance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The weights against values worked out by hand (and checked with scipy) from the formulas of the
 * hit-miss model, in bits.
 */
class HitMissWeightsTest {

    static final double SEX_MISS = 0.051;

    @Test
    void cIsTheChanceThatTwoRecordedValuesAreNotBothHits() {
        // c = a(2 − a − 2b) = 0.051 × (2 − 0.051 − 0.2) = 0.089199, and (1 − b)² − h² = 0.81 − 0.849² the same
        assertThat(HitMissWeights.c(SEX_MISS, 0.1)).isCloseTo(0.089199, within(1e-12));
        assertThat(HitMissWeights.c(SEX_MISS, 0.1)).isCloseTo(0.81 - 0.849 * 0.849, within(1e-12));
    }

    @Test
    void agreementOnAValueOfFrequencyBeta() {
        // log2([1 − 0.089199 × 0.5 / 0.81] / 0.5) = log2(1.889878) = 0.918293
        assertThat(HitMissWeights.agreement(SEX_MISS, 0.1, 0.5)).isCloseTo(0.918293, within(1e-6));
        // log2([1 − 0.089199 × 0.99 / 0.81] / 0.01) = 6.477320
        assertThat(HitMissWeights.agreement(SEX_MISS, 0.1, 0.01)).isCloseTo(6.477320, within(1e-6));
    }

    @Test
    void disagreementIsLogOfCOverTheChanceBothAreRecorded() {
        // log2(0.089199 / 0.81) = −3.182822; DiAna's log2(c − 2·log2(1 − b)) would give −1.46
        assertThat(HitMissWeights.disagreement(SEX_MISS, 0.1)).isCloseTo(-3.182822, within(1e-6));
    }

    @Test
    void rareAgreementEarnsMoreThanCommonAgreement() {
        List<Double> byRarity = List.of(0.9, 0.5, 0.1, 0.01, 0.001).stream()
                .map(beta -> HitMissWeights.agreement(0.107, 0.0, beta))
                .toList();

        assertThat(byRarity).isSorted();
        assertThat(byRarity.getFirst()).isLessThan(byRarity.getLast());
    }

    @Test
    void agreementOnAValueEveryReportHoldsSaysNothing() {
        assertThat(HitMissWeights.agreement(0.3, 0.0, 1.0)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void equalAgesCountForAndFarApartAgesAgainst() {
        // vigiMatch's age parameters, random pairs spread with sd 25 years
        double a1 = 0.036;
        double a2 = 0.010;
        double b = 0.186;
        assertThat(HitMissWeights.difference(0, a1, a2, b, 2.1, 25)).isCloseTo(5.828124, within(1e-3));
        assertThat(HitMissWeights.difference(1, a1, a2, b, 2.1, 25)).isCloseTo(-0.118331, within(1e-3));
        assertThat(HitMissWeights.difference(5, a1, a2, b, 2.1, 25)).isCloseTo(-3.462672, within(1e-3));
        // far apart only a miss explains the difference: log2(a2(2 − a2 − 2b)/(1 − b)²) = −5.355846
        assertThat(HitMissWeights.difference(40, a1, a2, b, 2.1, 25)).isCloseTo(-5.355846, within(1e-3));
        assertThat(HitMissWeights.difference(100_000, a1, a2, b, 2.1, 25)).isCloseTo(-5.355846, within(1e-6));
    }

    @Test
    void theOnsetWeightFallsWithTheDistanceInDays() {
        double previous = Double.POSITIVE_INFINITY;
        for (int d : new int[] {0, 1, 10, 50, 100, 200, 400}) {
            double weight = HitMissWeights.difference(d, 0.051, 0.01, 0.229, 50.2, 450);
            assertThat(weight).isLessThan(previous);
            previous = weight;
        }
        // the same day: +9.903; two days apart with σ = 50.2 days: only +0.195
        assertThat(HitMissWeights.difference(0, 0.051, 0.01, 0.229, 50.2, 450)).isCloseTo(9.903, within(1e-3));
        assertThat(HitMissWeights.difference(2, 0.051, 0.01, 0.229, 50.2, 450)).isCloseTo(0.195, within(1e-3));
    }

    @Test
    void theNormalMassIsThatOfTheTables() {
        // erfc(1) = 0.157299207 (Abramowitz and Stegun, Table 7.1), within the approximation's 1.5e-7
        assertThat(Gaussian.erfc(1)).isCloseTo(0.157299207, within(1.5e-7));
        assertThat(Gaussian.erfc(0)).isCloseTo(1, within(1.5e-7));
        for (double sd : new double[] {0.3, 2.1, 9.9, 10, 50.2, 450}) {
            double total = Gaussian.massAt(0, sd);
            for (int d = 1; d < 20 * sd + 10; d++) {
                total += 2 * Gaussian.massAt(d, sd);
            }
            assertThat(total).as("sd %s", sd).isCloseTo(1, within(1e-4));
        }
    }
}
