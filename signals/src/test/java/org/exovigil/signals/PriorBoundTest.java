package org.exovigil.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The run says when the fitted prior lies on a bound of the fit's box, and which parameter. */
class PriorBoundTest {

    /**
     * Six products and eight events, every pair reported by exactly three reports of one product and one event:
     * then every pair has n = 3 and E = 3 * 8 * 3 * 6 / 144 = 3, so no pair is reported more or less often than
     * expected. The likelihood is highest for a prior with no spread at all, a point mass at the ratio the
     * truncated Poisson likes best for n = 3 (mu / (1 - e^-mu) = 3, lambda = 0.94). A gamma with mean a / b
     * and variance a / b^2 approaches a point mass only as a and b grow without end, so the fit runs into the
     * box's upper bound of 1000 for beta (with alpha = 0.94 * 1000 just inside).
     */
    @Test
    void aTableWithoutAnySpreadPushesTheRateToItsUpperBound() {
        SignalInput input = SignalInput.unstratified();
        int report = 0;
        for (int product = 0; product < 6; product++) {
            for (int event = 0; event < 8; event++) {
                for (int copy = 0; copy < 3; copy++) {
                    input.add("r" + report++, "product " + product, "event " + event);
                }
            }
        }

        SignalRun run = SignalDetection.run(input, HyperparameterChoice.fit());

        assertThat(run.pairs()).allSatisfy(pair -> assertThat(pair.expected()).isEqualTo(3.0));
        assertThat(run.priorOnBounds())
                .isNotEmpty()
                .allSatisfy(bound -> assertThat(bound.bound()).isIn(1000.0, 1e-5, 1 - 1e-5))
                .anySatisfy(bound -> {
                    assertThat(bound.parameter()).startsWith("beta");
                    assertThat(bound.side()).isEqualTo(PriorBound.Side.UPPER);
                    assertThat(bound.bound()).isEqualTo(1000.0);
                });
    }

    @Test
    void aPriorInsideTheBoxIsNotReported() {
        assertThat(HyperparameterFit.onBounds(CaersReferenceTest.AUTO_HYPER_THETA))
                .isEmpty();
    }

    @Test
    void eachParameterIsJudgedAgainstItsOwnBoundsWithinOnePercent() {
        List<PriorBound> bounds = HyperparameterFit.onBounds(new MixturePrior(1e-5, 995, 1000, 1.01e-5, 0.99999));

        assertThat(bounds)
                .extracting(PriorBound::parameter, PriorBound::side)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("alpha1", PriorBound.Side.LOWER),
                        org.assertj.core.groups.Tuple.tuple("beta1", PriorBound.Side.UPPER),
                        org.assertj.core.groups.Tuple.tuple("alpha2", PriorBound.Side.UPPER),
                        org.assertj.core.groups.Tuple.tuple("beta2", PriorBound.Side.LOWER),
                        org.assertj.core.groups.Tuple.tuple("p", PriorBound.Side.UPPER));
        assertThat(HyperparameterFit.onBounds(new MixturePrior(1.03e-5, 985, 2, 2, 0.5)))
                .isEmpty();
    }

    @Test
    void aGivenPriorIsNeverReported() {
        SignalInput input = SignalInput.unstratified().add("1", "A", "x").add("2", "B", "y");

        SignalRun run = SignalDetection.run(input, HyperparameterChoice.given(new MixturePrior(1e-5, 20, 2, 2, 0.5)));

        assertThat(run.priorOnBounds()).isEmpty();
    }
}
