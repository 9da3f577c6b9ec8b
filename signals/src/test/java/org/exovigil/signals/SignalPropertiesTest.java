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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hipparchus.special.Gamma;

/** Invariants of the statistics and of the counting, checked on generated inputs. */
class SignalPropertiesTest {

    @Property(tries = 300)
    void prrAndRorIntervalsContainTheirEstimate(
            @ForAll @IntRange(min = 1, max = 1_000_000) int a,
            @ForAll @IntRange(min = 1, max = 1_000_000) int b,
            @ForAll @IntRange(min = 1, max = 1_000_000) int c,
            @ForAll @IntRange(min = 1, max = 10_000_000) int d) {
        ContingencyTable table = new ContingencyTable(a, b, c, d);
        assertThat(table.prrLower()).isLessThanOrEqualTo(table.prr());
        assertThat(table.prr()).isLessThanOrEqualTo(table.prrUpper());
        assertThat(table.rorLower()).isLessThanOrEqualTo(table.ror());
        assertThat(table.ror()).isLessThanOrEqualTo(table.rorUpper());
        assertThat(table.chiSquare()).isGreaterThanOrEqualTo(0);
    }

    @Property(tries = 300)
    void informationComponentLiesInsideItsCredibilityInterval(
            @ForAll @IntRange(min = 1, max = 100_000) int n,
            @ForAll @DoubleRange(min = -6, max = 5) double log10Expected) {
        double expected = Math.pow(10, log10Expected);
        InformationComponent ic = InformationComponent.forCounts(new int[] {n});
        assertThat(ic.ic025(n, expected)).isLessThan(InformationComponent.ic(n, expected));
        assertThat(InformationComponent.ic(n, expected)).isLessThan(ic.ic975(n, expected));
    }

    @Property(tries = 300)
    void posteriorQuantilesBracketTheGeometricMean(
            @ForAll @IntRange(min = 1, max = 100_000) int n,
            @ForAll @DoubleRange(min = -5, max = 4) double log10Expected) {
        double expected = Math.pow(10, log10Expected);
        for (MixturePrior prior : List.of(CaersReferenceTest.VIGNETTE_THETA, HyperparameterFit.STARTS.getLast())) {
            GammaPoissonShrinker.Posterior posterior = new GammaPoissonShrinker(prior).posterior(n, expected);
            assertThat(posterior.eb05()).isLessThanOrEqualTo(posterior.ebgm());
            assertThat(posterior.ebgm()).isLessThanOrEqualTo(posterior.eb95());
        }
    }

    @Property(tries = 300)
    void mixtureQuantilesSolveTheirEquation(
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double q,
            @ForAll @DoubleRange(min = 0, max = 1) double w,
            @ForAll @DoubleRange(min = -1, max = 4) double log10A1,
            @ForAll @DoubleRange(min = -2, max = 4) double log10B1,
            @ForAll @DoubleRange(min = -1, max = 4) double log10A2,
            @ForAll @DoubleRange(min = -2, max = 4) double log10B2) {
        double a1 = Math.pow(10, log10A1);
        double b1 = Math.pow(10, log10B1);
        double a2 = Math.pow(10, log10A2);
        double b2 = Math.pow(10, log10B2);
        double x = GammaMixtureQuantile.mixture(q, w, a1, b1, a2, b2);
        double cdf = w * Gamma.regularizedGammaP(a1, b1 * x) + (1 - w) * Gamma.regularizedGammaP(a2, b2 * x);
        assertThat(cdf).isCloseTo(q, within(1e-9));
    }

    @Property(tries = 60)
    void countingIgnoresRowOrderRepeatsAndThreads(
            @ForAll @Size(min = 1, max = 300) List<@IntRange(max = 999) Integer> cells, @ForAll Random random)
            throws IOException {
        List<String> rows = new ArrayList<>();
        for (int cell : cells) {
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
