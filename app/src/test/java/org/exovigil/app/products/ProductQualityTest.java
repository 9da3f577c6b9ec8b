package org.exovigil.app.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.exovigil.app.refusals.Refusal;
import org.junit.jupiter.api.Test;

/**
 * The product-quality rules a regulator checks: MISEV completeness, K/M, a product's specification and the
 * release it decides, doses, rates.
 */
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
                RULES.defaults());

        assertThat(decision.released()).isTrue();
    }

    @Test
    void aMissingTestHoldsTheLotAndAFailedOneRejectsIt() {
        var intrathecal = EndotoxinLimit.of("intrathecal", 2.0, RULES);

        var held = LotRelease.decide(Map.of("sterility", pass("sterility")), RULES.defaults());
        var rejected = LotRelease.decide(
                Map.of(
                        "sterility", pass("sterility"),
                        "endotoxin", LotRelease.endotoxin(12.0, intrathecal),
                        "mycoplasma", pass("mycoplasma"),
                        "identity", pass("identity")),
                RULES.defaults());

        assertThat(held.status()).isEqualTo("on_hold");
        assertThat(held.missing()).containsExactly("endotoxin", "mycoplasma", "identity");
        assertThat(rejected.status()).isEqualTo("rejected");
        assertThat(rejected.failed()).containsExactly("endotoxin");
    }

    private static final Specification OWN = new Specification(
            1,
            List.of("sterility", "endotoxin", "mycoplasma", "identity", "particle_concentration"),
            new Specification.Range(1e9, 1e11),
            new Specification.Range(50.0, 150.0),
            "mean",
            new Specification.Range(10.0, 500.0),
            3e9,
            new Specification.Potency("NF-kB luciferase inhibition", "% inhibition", 40.0),
            List.of("cd9", "TSG101"),
            List.of("Calnexin", "GM130"));

    @Test
    void theDefaultSpecificationIsVersionZeroWithItsBasisAndNoInventedLimits() {
        var defaults = RULES.defaults();

        assertThat(defaults.version()).isZero();
        assertThat(defaults.required()).containsExactly("sterility", "endotoxin", "mycoplasma", "identity");
        assertThat(defaults.criterion("particle_size")).isEqualTo("50–200 nm mode");
        assertThat(defaults.criterion("particles_per_ug_protein")).isEqualTo("≥ 1.5e9 particles/µg protein");
        assertThat(defaults.criterion("particle_concentration")).isNull();
        assertThat(defaults.criterion("potency")).isNull();
        assertThat(defaults.positiveMarkers()).containsExactly("CD81", "TSG101");
        assertThat(defaults.negativeMarkers()).containsExactly("CALNEXIN");
        assertThat(RULES.defaultsBasis())
                .extracting(QualityRules.Basis::criterion)
                .containsExactly(
                        "particle_concentration",
                        "particle_size",
                        "protein",
                        "particles_per_ug_protein",
                        "potency",
                        "identity");
        assertThat(RULES.defaultsBasis())
                .allSatisfy(basis -> assertThat(basis.source()).isNotBlank());
    }

    @Test
    void aValueInSpecPassesAndShowsTheCriterion() {
        var result = OWN.judge("particle_concentration", 1.2e10);

        assertThat(result.passed()).isTrue();
        assertThat(result.measured()).isEqualTo("1.2e10 particles/mL (spec 1e9–1e11 particles/mL)");
    }

    @Test
    void aValueOutOfSpecFailsOnEitherSide() {
        assertThat(OWN.judge("particle_concentration", 2e11).passed()).isFalse();
        assertThat(OWN.judge("particle_concentration", 9e8).passed()).isFalse();
        assertThat(OWN.judge("particle_size", 180).measured()).isEqualTo("180 nm mean (spec 50–150 nm mean)");
        assertThat(OWN.judge("particle_size", 180).passed()).isFalse();
    }

    @Test
    void theBoundsThemselvesAreInSpec() {
        assertThat(OWN.judge("protein", 10).passed()).isTrue();
        assertThat(OWN.judge("protein", 500).passed()).isTrue();
        assertThat(OWN.judge("protein", Math.nextDown(10.0)).passed()).isFalse();
        assertThat(OWN.judge("protein", Math.nextUp(500.0)).passed()).isFalse();
        assertThat(OWN.judge("particles_per_ug_protein", 3e9).passed()).isTrue();
        assertThat(OWN.judge("particles_per_ug_protein", 2.9e9).passed()).isFalse();
    }

    @Test
    void withoutALimitTheValueIsRecordedAndSaysSo() {
        var result = RULES.defaults().judge("protein", 120);

        assertThat(result.passed()).isTrue();
        assertThat(result.measured()).isEqualTo("120 µg/mL (no limit in specification version 0)");
    }

    @Test
    void potencyIsJudgedInTheProductsOwnUnitAndAssay() {
        assertThat(OWN.judge("potency", 55).measured())
                .isEqualTo("55 % inhibition, NF-kB luciferase inhibition (spec ≥ 40 % inhibition)");
        assertThat(OWN.judge("potency", 39.9).passed()).isFalse();
    }

    @Test
    void identityPassesWhenEveryRequiredMarkerIsShownWhateverTheCase() {
        var result = OWN.identity(List.of("CD9", "tsg101", "CD63"), List.of("calnexin", "gm130"));

        assertThat(result.passed()).isTrue();
        assertThat(result.measured())
                .isEqualTo("found CD9, TSG101, CD63; absent CALNEXIN, GM130 (spec CD9+ TSG101+ CALNEXIN− GM130−)");
    }

    @Test
    void identityFailsOnAMarkerNotFoundAContaminantPresentOrOneNotTested() {
        var notFound = OWN.identity(List.of("CD9"), List.of("CALNEXIN", "GM130"));
        var contaminant = OWN.identity(List.of("CD9", "TSG101", "CALNEXIN"), List.of("GM130"));
        var untested = OWN.identity(List.of("CD9", "TSG101"), List.of("CALNEXIN"));

        assertThat(notFound.passed()).isFalse();
        assertThat(notFound.measured()).endsWith("; not found: TSG101");
        assertThat(contaminant.passed()).isFalse();
        assertThat(contaminant.measured()).endsWith("; contaminant present: CALNEXIN");
        assertThat(untested.passed()).isFalse();
        assertThat(untested.measured()).endsWith("; not shown absent: GM130");
    }

    @Test
    void aResultOutOfSpecRejectsTheLotAndAMissingRequiredOneHoldsIt() {
        Map<String, LotRelease.Result> base = Map.of(
                "sterility", pass("sterility"),
                "endotoxin", LotRelease.endotoxin(0.4, EndotoxinLimit.of("iv", 2.0, RULES)),
                "mycoplasma", pass("mycoplasma"),
                "identity", OWN.identity(List.of("CD9", "TSG101"), List.of("CALNEXIN", "GM130")));
        var missing = LotRelease.decide(base, OWN);
        var inSpec = new java.util.HashMap<>(base);
        inSpec.put("particle_concentration", OWN.judge("particle_concentration", 5e10));
        var outOfSpecOptional = new java.util.HashMap<>(inSpec);
        outOfSpecOptional.put("particle_size", OWN.judge("particle_size", 400));

        assertThat(missing.status()).isEqualTo("on_hold");
        assertThat(missing.missing()).containsExactly("particle_concentration");
        assertThat(LotRelease.decide(inSpec, OWN).released()).isTrue();
        assertThat(LotRelease.decide(outOfSpecOptional, OWN).status()).isEqualTo("rejected");
        assertThat(LotRelease.decide(outOfSpecOptional, OWN).failed()).containsExactly("particle_size");
    }

    @Test
    void aSoundSpecificationCanBeSetAndTheDefaultsAreSound() {
        assertThat(OWN.refusal(RULES)).isEmpty();
        assertThat(RULES.defaults().refusal(RULES)).isEmpty();
    }

    @Test
    void aSpecificationIsRefusedWithItsCodeAndTheFieldNamed() {
        assertThat(with(new Specification.Range(1e11, 1e9), null, OWN.required(), List.of("CD9"), OWN.potency()))
                .hasValue(Refusal.of(ProductRefusal.MINIMUM_ABOVE_MAXIMUM, "particle_concentration", "1e11", "1e9"));
        assertThat(with(new Specification.Range(-1.0, null), null, OWN.required(), List.of("CD9"), OWN.potency()))
                .hasValue(Refusal.of(ProductRefusal.BOUND_NOT_POSITIVE, "particle_concentration", -1.0));
        assertThat(with(Specification.Range.OPEN, 0.0, OWN.required(), List.of("CD9"), OWN.potency()))
                .hasValue(Refusal.of(ProductRefusal.BOUND_NOT_POSITIVE, "particles_per_ug_protein", 0.0));
        assertThat(with(
                        Specification.Range.OPEN,
                        null,
                        List.of("sterility", "endotoxin", "mycoplasma", "identity", "karyotype"),
                        List.of("CD9"),
                        OWN.potency()))
                .hasValueSatisfying(
                        refusal -> assertThat(refusal.code()).isEqualTo(ProductRefusal.UNKNOWN_REQUIRED_TEST))
                .hasValueSatisfying(refusal -> assertThat(refusal.particulars()).startsWith("karyotype"));
        assertThat(with(
                        Specification.Range.OPEN,
                        null,
                        List.of("endotoxin", "identity"),
                        List.of("CD9"),
                        OWN.potency()))
                .hasValueSatisfying(
                        refusal -> assertThat(refusal.code()).isEqualTo(ProductRefusal.RELEASE_TEST_DROPPED));
        assertThat(with(Specification.Range.OPEN, null, OWN.required(), List.of("CD9", "EXOBRITE"), OWN.potency()))
                .hasValue(Refusal.of(ProductRefusal.UNKNOWN_POSITIVE_MARKER, "EXOBRITE"));
        assertThat(new Specification(
                                1,
                                OWN.required(),
                                OWN.particleConcentration(),
                                OWN.particleSize(),
                                "mode",
                                OWN.protein(),
                                null,
                                OWN.potency(),
                                List.of("CD9"),
                                List.of("CD63"))
                        .refusal(RULES))
                .as("a negative marker is a contaminant")
                .hasValue(Refusal.of(ProductRefusal.UNKNOWN_NEGATIVE_MARKER, "CD63"));
        assertThat(with(
                        Specification.Range.OPEN,
                        null,
                        OWN.required(),
                        List.of("CD9"),
                        new Specification.Potency(null, null, 10.0)))
                .hasValue(Refusal.of(ProductRefusal.POTENCY_WITHOUT_ASSAY));
        assertThat(with(Specification.Range.OPEN, null, OWN.required(), List.of(), OWN.potency()))
                .hasValue(Refusal.of(ProductRefusal.IDENTITY_WITHOUT_POSITIVE_MARKER));
    }

    @Test
    void aProductsParticleRatioIsShownInScientificNotationToThreeSignificantDigits() {
        var page = new ProductPage(
                null, null, null, null, 21_666_666_666.667, null, null, null, null, null, null, 0, null);
        assertThat(page.ratioText()).isEqualTo("2.17e10");
        assertThat(new ProductPage(null, null, null, null, null, null, null, null, null, null, null, 0, null)
                        .ratioText())
                .isNull();
    }

    @Test
    void figuresReadAsPeopleWriteThem() {
        assertThat(Specification.figure(50)).isEqualTo("50");
        assertThat(Specification.figure(0.25)).isEqualTo("0.25");
        assertThat(Specification.figure(1e9)).isEqualTo("1e9");
        assertThat(Specification.figure(1.234e10)).isEqualTo("1.23e10");
        assertThat(Specification.figure(2.5e-6)).isEqualTo("2.5e-6");
    }

    private static java.util.Optional<Refusal> with(
            Specification.Range concentration,
            Double ratio,
            List<String> required,
            List<String> positive,
            Specification.Potency potency) {
        return new Specification(
                        1,
                        required,
                        concentration,
                        OWN.particleSize(),
                        "mode",
                        OWN.protein(),
                        ratio,
                        potency,
                        positive,
                        OWN.negativeMarkers())
                .refusal(RULES);
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

    @Test
    void aProductsRatesArePerThousandPatientsWithSeriousReportsApart() {
        var exposure = ProductExposure.of(1500, 3, 1, 2, 4, 0, false);

        assertThat(exposure.hasDenominator()).isTrue();
        assertThat(exposure.all().perThousand()).isCloseTo(2.0, within(1e-12));
        assertThat(exposure.all().lower()).isCloseTo(0.6187 / 1.5, within(1e-3));
        assertThat(exposure.all().upper()).isCloseTo(8.7673 / 1.5, within(1e-3));
        // Garwood interval for 1 event: 0.0253 to 5.5716 events
        assertThat(exposure.serious().perThousand()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(exposure.serious().lower()).isCloseTo(0.0253 / 1.5, within(1e-3));
        assertThat(exposure.serious().upper()).isCloseTo(5.5716 / 1.5, within(1e-3));
        assertThat(exposure.counted().events()).isEqualTo(2);
        assertThat(exposure.reportsOutside()).isEqualTo(4);
    }

    @Test
    void withoutPatientsAProductHasNoRateNotARateOfZero() {
        var exposure = ProductExposure.of(0, 0, 0, 0, 5, 0, true);

        assertThat(exposure.hasDenominator()).isFalse();
        assertThat(exposure.all()).isNull();
        assertThat(exposure.serious()).isNull();
        assertThat(exposure.counted()).isNull();
    }

    private static LotRelease.Result pass(String test) {
        return new LotRelease.Result(test, true, "passed");
    }
}
