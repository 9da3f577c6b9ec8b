package org.exovigil.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the statistics and of the counting, checked on generated inputs. Each run draws its input from the
 * seed in its name; {@code -Dseed=N} replays that one run.
 */
class SignalPropertiesTest {

    static LongStream seeds() {
        Long replay = Long.getLong("seed");
        return replay != null ? LongStream.of(replay) : new SplittableRandom(0x516).longs(300);
    }

    /** Fewer runs where each one counts files on several threads. */
    static LongStream countingSeeds() {
        return seeds().limit(60);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A real number from {@code min} to {@code max}. */
    private static double between(Random random, double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void prrAndRorIntervalsContainTheirEstimate(long seed) {
        Random random = new Random(seed);
        ContingencyTable table = new ContingencyTable(
                between(random, 1, 1_000_000),
                between(random, 1, 1_000_000),
                between(random, 1, 1_000_000),
                between(random, 1, 10_000_000));
        assertThat(table.prrLower()).isLessThanOrEqualTo(table.prr());
        assertThat(table.prr()).isLessThanOrEqualTo(table.prrUpper());
        assertThat(table.rorLower()).isLessThanOrEqualTo(table.ror());
        assertThat(table.ror()).isLessThanOrEqualTo(table.rorUpper());
        assertThat(table.chiSquare()).isGreaterThanOrEqualTo(0);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void informationComponentLiesInsideItsCredibilityInterval(long seed) {
        Random random = new Random(seed);
        int n = between(random, 1, 100_000);
        double expected = Math.pow(10, between(random, -6.0, 5.0));
        InformationComponent ic = InformationComponent.forCounts(new int[] {n});
        assertThat(ic.ic025(n, expected)).isLessThan(InformationComponent.ic(n, expected));
        assertThat(InformationComponent.ic(n, expected)).isLessThan(ic.ic975(n, expected));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void posteriorQuantilesBracketTheGeometricMean(long seed) {
        Random random = new Random(seed);
        int n = between(random, 1, 100_000);
        double expected = Math.pow(10, between(random, -5.0, 4.0));
        for (MixturePrior prior : List.of(CaersReferenceTest.VIGNETTE_THETA, HyperparameterFit.STARTS.getLast())) {
            GammaPoissonShrinker.Posterior posterior = new GammaPoissonShrinker(prior).posterior(n, expected);
            assertThat(posterior.eb05()).isLessThanOrEqualTo(posterior.ebgm());
            assertThat(posterior.ebgm()).isLessThanOrEqualTo(posterior.eb95());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mixtureQuantilesSolveTheirEquation(long seed) {
        Random random = new Random(seed);
        double q = between(random, 0.01, 0.99);
        double w = random.nextDouble();
        double a1 = Math.pow(10, between(random, -1.0, 4.0));
        double b1 = Math.pow(10, between(random, -2.0, 4.0));
        double a2 = Math.pow(10, between(random, -1.0, 4.0));
        double b2 = Math.pow(10, between(random, -2.0, 4.0));
        double x = GammaMixtureQuantile.mixture(q, w, a1, b1, a2, b2);
        double cdf = w * Gamma.regularizedGammaP(a1, b1 * x) + (1 - w) * Gamma.regularizedGammaP(a2, b2 * x);
        assertThat(cdf).isCloseTo(q, within(1e-9));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("countingSeeds")
    void countingIgnoresRowOrderRepeatsAndThreads(long seed) throws IOException {
        Random random = new Random(seed);
        List<String> rows = new ArrayList<>();
        for (int i = between(random, 1, 300); i > 0; i--) {
            int cell = random.nextInt(1_000);
            rows.add("r" + cell / 10 % 40 + ",\"P," + cell % 7 + "\",E" + cell % 5 + "," + (cell % 2 == 0 ? "F" : "M"));
        }
        List<String> grouped = new ArrayList<>(rows);
        grouped.sort(null);
        List<String> shuffled = new ArrayList<>(rows);
        shuffled.addAll(rows.subList(0, rows.size() / 3));
        Collections.shuffle(shuffled, random);
        for (boolean stratified : new boolean[] {false, true}) {
            List<String> expected = count(grouped, stratified, 1);
            assertThat(count(shuffled, stratified, 1)).isEqualTo(expected);
            assertThat(count(grouped, stratified, 1 + random.nextInt(5))).isEqualTo(expected);
        }
    }

    private static List<String> count(List<String> rows, boolean stratified, int segments) throws IOException {
        Path file = Files.createTempFile("signals", ".csv");
        try {
            Files.writeString(file, "id,p,e,s\n" + String.join("\n", rows) + "\n");
            return CountsView.lines(new ReportCounter(file, stratified, segments, 1).count());
        } finally {
            Files.delete(file);
        }
    }
}
