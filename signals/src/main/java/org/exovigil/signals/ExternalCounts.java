package org.exovigil.signals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signal statistics for report-level counts made by another engine (the {@code signals-spark} module counts on
 * a cluster): the prior fitted on the weighted (n, E) cells, and the row of one pair from its counts. The code is
 * that of {@link SignalDetection} ({@link HyperparameterFit}, {@link MarginalLikelihood}, {@link ContingencyTable},
 * {@link InformationComponent}, {@link GammaPoissonShrinker}), so equal counts give equal numbers, bit for bit.
 */
public final class ExternalCounts {

    private ExternalCounts() {}

    /**
     * The prior of a run: fitted or given, its negative log marginal likelihood on the exact cells, and the
     * parameters that lie on the fit's bounds. Empty when there is no pair.
     */
    public record Prior(
            Optional<MixturePrior> theta, double negativeLogLikelihood, boolean fitted, List<PriorBound> onBounds) {

        public Prior {
            onBounds = List.copyOf(onBounds);
        }

        /** The contract's line, as {@link SignalRun#summary}: {@code theta=a1,b1,a2,b2,p -logL=VALUE}. */
        public String summary() {
            return new SignalRun(List.of(), theta, negativeLogLikelihood, fitted, 0, onBounds, List.of()).summary();
        }
    }

    /**
     * Fits (or evaluates) the prior on the distinct (n, E) cells of the pairs, each weighted by its number of pairs.
     * The core meets the cells in the order of their first pair by product, then event name (UTF-8 byte order);
     * the likelihood is a floating-point sum in that order, so a caller that wants the core's last digits passes
     * the cells in it.
     */
    public static Prior prior(HyperparameterChoice hyper, int[] n, double[] expected, double[] weight) {
        if (n.length != expected.length || n.length != weight.length) {
            throw new IllegalArgumentException("expected as many n as E and weights, got " + n.length + ", "
                    + expected.length + ", " + weight.length);
        }
        boolean fitted = hyper instanceof HyperparameterChoice.Fit;
        if (n.length == 0) {
            return new Prior(Optional.empty(), Double.NaN, fitted, List.of());
        }
        ObservedCells cells = ObservedCells.weighted(n, expected, weight);
        HyperparameterFit.Result result = switch (hyper) {
            case HyperparameterChoice.Fit fit -> HyperparameterFit.fit(cells);
            case HyperparameterChoice.Given given ->
                new HyperparameterFit.Result(
                        given.prior(), MarginalLikelihood.of(cells).negativeLogLikelihood(given.prior()));
        };
        return new Prior(
                Optional.of(result.prior()),
                result.negativeLogLikelihood(),
                fitted,
                fitted ? HyperparameterFit.onBounds(result.prior()) : List.of());
    }

    /**
     * Computes the statistics of pairs one at a time, keeping each posterior per (n, E) and each IC quantile per n
     * as {@link PairTable} does for a whole table. Not thread-safe: one per thread (or Spark partition).
     */
    public static final class Scorer {

        private static final GammaPoissonShrinker.Posterior UNSHRUNK =
                new GammaPoissonShrinker.Posterior(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

        private record Cell(int n, long expectedBits) {}

        private final GammaPoissonShrinker shrinker;
        private final Map<Cell, GammaPoissonShrinker.Posterior> posteriors = new HashMap<>();
        private final Map<Integer, InformationComponent> quantiles = new HashMap<>();

        /** @param prior the run's prior; null gives NaN in the EBGM, EB05 and EB95 columns */
        public Scorer(MixturePrior prior) {
            this.shrinker = prior == null ? null : new GammaPoissonShrinker(prior);
        }

        /** The row of one observed pair (n >= 1), as the core computes it. */
        public PairStatistics score(
                String product, String event, int n, long nProduct, long nEvent, long nTotal, double expected) {
            ContingencyTable table = ContingencyTable.of(n, nProduct, nEvent, nTotal);
            InformationComponent ic =
                    quantiles.computeIfAbsent(n, count -> InformationComponent.forCounts(new int[] {count}));
            GammaPoissonShrinker.Posterior posterior = shrinker == null
                    ? UNSHRUNK
                    : posteriors.computeIfAbsent(
                            new Cell(n, Double.doubleToLongBits(expected)), cell -> shrinker.posterior(n, expected));
            return PairStatistics.of(
                    product,
                    event,
                    n,
                    nProduct,
                    nEvent,
                    nTotal,
                    expected,
                    table,
                    ic,
                    posterior.ebgm(),
                    posterior.eb05(),
                    posterior.eb95());
        }
    }
}
