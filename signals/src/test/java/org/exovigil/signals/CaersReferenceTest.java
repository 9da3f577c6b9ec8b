package org.exovigil.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.exovigil.signals.SignalTable.number;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * openEBGM's CAERS data (real FDA CFSAN reports) against the values its vignettes and tests print
 * (shared/data/reference/README.md, section A).
 */
class CaersReferenceTest {

    static final MixturePrior VIGNETTE_THETA =
            new MixturePrior(3.25379356, 0.39988854, 2.02612692, 1.90807970, 0.06534557);
    static final MixturePrior AUTO_HYPER_THETA =
            new MixturePrior(3.25596685, 0.39998994, 2.02376139, 1.90614108, 0.06530755);

    private static Path caers;
    private static SignalTable table;

    @BeforeAll
    static void runWithTheVignetteTheta() throws IOException {
        caers = ReferenceData.file("openebgm_caers/caers.csv");
        table = SignalTable.of(caers, HyperparameterChoice.given(VIGNETTE_THETA), false);
    }

    @Test
    void countsPairsAndReportsAsProcessRawDoes() {
        assertThat(table.rows()).hasSize(17_189);
        assertThat(table.run().reports()).isEqualTo(3_356);
        assertThat(table.header()).isEqualTo(SignalTableWriter.HEADER);
    }

    @Test
    void firstRowsMatchProcessRaw() {
        Map<String, String> first = table.rows().getFirst();
        assertThat(first.get("product")).isEqualTo("1-PHENYLALANINE");
        assertThat(first.get("event")).isEqualTo("HEART RATE INCREASED");
        assertThat(first.get("n")).isEqualTo("1");
        assertThat(number(first, "expected")).isCloseTo(0.0360548272, within(1e-10));
        assertThat(1 / number(first, "expected")).isCloseTo(27.74, within(0.005));
        assertThat(number(first, "prr")).isCloseTo(27.96, within(0.005));

        Map<String, String> third = table.rows().get(2);
        assertThat(third.get("product")).isEqualTo("11 UNSPECIFIED VITAMINS");
        assertThat(third.get("event")).isEqualTo("CARDIAC FUNCTION TEST");
        assertThat(number(third, "expected")).isCloseTo(0.0002979738, within(1e-10));
        assertThat(third.get("prr")).isEqualTo("Inf");
    }

    @Test
    void firstSixPosteriorsMatchTheVignette() {
        double[] ebgm = {2.23, 2.58, 2.63, 2.23, 1.92, 2.09};
        double[] eb05 = {0.49, 0.52, 0.52, 0.49, 0.47, 0.48};
        double[] eb95 = {13.85, 15.78, 16.02, 13.85, 11.77, 12.95};
        for (int i = 0; i < 6; i++) {
            Map<String, String> row = table.rows().get(i);
            assertThat(number(row, "ebgm")).as("ebgm row %d", i + 1).isCloseTo(ebgm[i], within(0.005));
            assertThat(number(row, "eb05")).as("eb05 row %d", i + 1).isCloseTo(eb05[i], within(0.0101));
            assertThat(number(row, "eb95")).as("eb95 row %d", i + 1).isCloseTo(eb95[i], within(0.0101));
        }
    }

    @Test
    void mixingWeightsMatchTheVignette() throws IOException {
        PairCounts counts = ReportCounter.count(caers, false);
        GammaPoissonShrinker shrinker = new GammaPoissonShrinker(VIGNETTE_THETA);
        double[] qn = {0.2819737, 0.3409653, 0.3482317, 0.2819737, 0.2226356, 0.2556670};
        for (int i = 0; i < 6; i++) {
            assertThat(shrinker.mixingWeight(counts.n(i), counts.expected(i))).isCloseTo(qn[i], within(5e-8));
        }
    }

    @Test
    void exactly131PairsHaveEb05OfAtLeastTwo() {
        assertThat(table.rows().stream().filter(row -> number(row, "eb05") >= 2))
                .hasSize(131);
        assertThat(table.rows().stream().filter(row -> number(row, "ebgm") > 3)).hasSize(557);
    }

    @Test
    void reumofanPlusWeightIncreasedIsTheTopPair() {
        Map<String, String> row = table.row("REUMOFAN PLUS", "WEIGHT INCREASED");
        assertThat(row.get("n")).isEqualTo("16");
        assertThat(number(row, "expected")).isCloseTo(0.40643623, within(5e-9));
        assertThat(number(row, "ebgm")).isCloseTo(23.26, within(0.005));
        assertThat(number(row, "eb05")).isCloseTo(15.68, within(0.01));
        assertThat(number(row, "eb95")).isCloseTo(33.48, within(0.01));
        List<Map<String, String>> top = table.rows().stream()
                .sorted((x, y) -> Double.compare(number(y, "eb05"), number(x, "eb05")))
                .limit(5)
                .toList();
        assertThat(top)
                .extracting(r -> r.get("product") + " / " + r.get("event"))
                .containsExactly(
                        "REUMOFAN PLUS / WEIGHT INCREASED",
                        "HYDROXYCUT REGULAR RAPID RELEASE CAPLETS / EMOTIONAL DISTRESS",
                        "REUMOFAN PLUS / IMMOBILE",
                        "HYDROXYCUT HARDCORE CAPSULES / CARDIO-RESPIRATORY DISTRESS",
                        "HYDROXYCUT REGULAR RAPID RELEASE CAPLETS / INJURY");
    }

    @Test
    void likelihoodAtAutoHypersThetaIsThePublishedMinimum() throws IOException {
        PairCounts counts = ReportCounter.count(caers, false);
        MarginalLikelihood likelihood = MarginalLikelihood.of(ObservedCells.of(counts.observed(), counts.expected()));
        assertThat(likelihood.negativeLogLikelihood(AUTO_HYPER_THETA)).isCloseTo(4162.456, within(5e-4));
    }

    @Test
    void fitIsAtLeastAsGoodAsAutoHyper() throws IOException {
        SignalRun run = SignalDetection.run(caers, HyperparameterChoice.fit(), false);
        assertThat(run.negativeLogLikelihood()).isLessThanOrEqualTo(4162.456 + 1e-6);
        MixturePrior theta = run.prior().orElseThrow();
        assertThat(theta.alpha1()).isCloseTo(3.256, within(0.05));
        assertThat(theta.beta1()).isCloseTo(0.400, within(0.01));
        assertThat(theta.alpha2()).isCloseTo(2.024, within(0.05));
        assertThat(theta.beta2()).isCloseTo(1.906, within(0.05));
        assertThat(theta.p()).isCloseTo(0.0653, within(0.002));
        assertThat(run.summary()).startsWith("theta=3.25").contains(" -logL=4162.455");
        assertThat(run.priorOnBounds())
                .as("CAERS's prior lies well inside the box")
                .isEmpty();
    }
}
