package org.exovigil.app.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The product-quality rules a regulator checks: MISEV completeness, K/M, release, doses, rates. */
class ProductQualityTest {

    private static final QualityRules RULES = QualityRules.bundled();

    @Test
    void aFullMisevDossierScoresEveryItem() {
        var dossier = new Dossier(
                "2 L of conditioned medium from 1e9 umbilical MSCs",
                2.0e11,
                150.0,
                null,
                List.of("CD63", "cd81", "TSG101"),
                List.of("Calnexin"),
                "cryo-EM",
                "NTA");

        var score = dossier.score(RULES);

        assertThat(score.missing()).isEmpty();
        assertThat(score.percent()).isEqualTo(100);
        assertThat(dossier.particlesPerUgProtein()).isCloseTo(1.333e9, within(1e6));
    }

    @Test
    void aMarketingSheetWithAParticleCountOnlyNamesWhatIsMissing() {
        var dossier = new Dossier(null, 1.0e11, null, null, List.of("CD63"), List.of(), null, "NTA");

        var score = dossier.score(RULES);

        assertThat(score.missing())
                .containsExactly(
                        "source_quantity",
                        "two_quantifications",
                        "cytosolic_marker",
                        "negative_marker",
                        "single_vesicle_imaging");
        assertThat(score.met()).containsExactly("transmembrane_marker", "single_vesicle_counting");
        assertThat(dossier.particlesPerUgProtein()).isNull();
    }

    @Test
    void anEmptyDossierMeetsNothing() {
        assertThat(Dossier.empty().score(RULES).percent()).isZero();
    }

    @Test
    void theParenteralLimitForA2mlDoseIs175EuPerMl() {
        var limit = EndotoxinLimit.of("iv", 2.0, RULES);

        assertThat(limit.euPerMl()).isCloseTo(175.0, within(1e-9));
        assertThat(limit.why()).contains("USP <85>");
    }

    @Test
    void theIntrathecalLimitForA2mlDoseIs7EuPerMl() {
        assertThat(EndotoxinLimit.of("intrathecal", 2.0, RULES).euPerMl()).isCloseTo(7.0, within(1e-9));
    }

    @Test
    void epiduralAndIntradiscalAreHeldToTheIntrathecalKByPolicySaidAsSuch() {
        var limit = EndotoxinLimit.of("intradiscal", 1.0, RULES);

        assertThat(limit.kPerKg()).isEqualTo(0.2);
        assertThat(limit.why()).contains("policy").contains("not a published rule");
    }

    @Test
    void aDoseMustBeAPositiveVolume() {
        assertThatThrownBy(() -> EndotoxinLimit.of("iv", 0, RULES)).hasMessageContaining("positive volume");
    }

    @Test
    void aLotWithEveryRequiredTestPassedIsReleased() {
        var limit = EndotoxinLimit.of("iv", 2.0, RULES);
        var decision = LotRelease.decide(
                Map.of(
                        "sterility", pass("sterility"),
                        "endotoxin", LotRelease.endotoxin(0.4, limit),
                        "mycoplasma", pass("mycoplasma"),
                        "identity", pass("identity")),
                RULES);

        assertThat(decision.released()).isTrue();
    }

    @Test
    void aMissingTestHoldsTheLotAndAFailedOneRejectsIt() {
        var intrathecal = EndotoxinLimit.of("intrathecal", 2.0, RULES);

        var held = LotRelease.decide(Map.of("sterility", pass("sterility")), RULES);
        var rejected = LotRelease.decide(
                Map.of(
                        "sterility", pass("sterility"),
                        "endotoxin", LotRelease.endotoxin(12.0, intrathecal),
                        "mycoplasma", pass("mycoplasma"),
                        "identity", pass("identity")),
                RULES);

        assertThat(held.status()).isEqualTo("on_hold");
        assertThat(held.missing()).containsExactly("endotoxin", "mycoplasma", "identity");
        assertThat(rejected.status()).isEqualTo("rejected");
        assertThat(rejected.failed()).containsExactly("endotoxin");
    }

    @Test
    void aDoseIsConvertedThroughTheMeasuredConcentrationsOrRefused() {
        var measured = new Dossier("x", 2.0e11, 100.0, null, List.of(), List.of(), null, null);
        var particlesOnly = new Dossier("x", 2.0e11, null, null, List.of(), List.of(), null, null);

        var toParticles = DoseUnits.convert(2.0, "mL", "particles", measured);
        var toProtein = DoseUnits.convert(1.0e11, "particles", "ug_protein", measured);
        var refused = DoseUnits.convert(1.0e11, "particles", "ug_protein", particlesOnly);

        assertThat(toParticles.amount()).isCloseTo(4.0e11, within(1.0));
        assertThat(toProtein.amount()).isCloseTo(50.0, within(1e-9));
        assertThat(toProtein.how()).contains("measured");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.how()).contains("ug_protein per mL was not measured");
    }

    @Test
    void ratesPerThousandHaveExactPoissonIntervals() {
        var rate = ExposureRate.of(3, 1500);

        assertThat(rate.perThousand()).isCloseTo(2.0, within(1e-12));
        // Garwood interval for 3 events: 0.6187 to 8.7673 events
        assertThat(rate.lower()).isCloseTo(0.6187 / 1.5, within(1e-3));
        assertThat(rate.upper()).isCloseTo(8.7673 / 1.5, within(1e-3));
    }

    @Test
    void noEventsStillHaveAnUpperBound() {
        var rate = ExposureRate.of(0, 300);

        assertThat(rate.lower()).isZero();
        // 3.689 events: the upper 97.5% bound for zero events ("rule of 3.7")
        assertThat(rate.upper()).isCloseTo(3.6889 / 0.3, within(1e-2));
    }

    @Test
    void aRateNeedsPatients() {
        assertThatThrownBy(() -> ExposureRate.of(1, 0)).hasMessageContaining("patients > 0");
    }

    private static LotRelease.Result pass(String test) {
        return new LotRelease.Result(test, true, "passed");
    }
}
