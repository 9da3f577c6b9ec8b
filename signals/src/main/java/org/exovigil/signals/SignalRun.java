package org.exovigil.signals;

import java.util.List;
import java.util.Optional;

/**
 * What a run computed: the statistics of every observed pair, in product-then-event name order; the prior
 * used (empty when the input has no pair), its negative log marginal likelihood, whether it was fitted; and
 * the number of distinct reports. The CSV of the contract is one reader of {@link #pairs}
 * ({@link SignalTableWriter}).
 *
 * @param priorOnBounds the parameters of a fitted prior that lie on a bound of the fit's box (then the box, not
 *     the data, set the shrinkage); empty when the prior lies inside, or was given rather than fitted
 * @param strata the strata of a stratified run in name order, each with its reports; empty when unstratified
 * @param pairs computed as they are read, from the counts the run keeps (see {@link PairTable}); a caller
 *     that reads them more than once keeps a copy
 */
public record SignalRun(
        List<PairStatistics> pairs,
        Optional<MixturePrior> prior,
        double negativeLogLikelihood,
        boolean fitted,
        long reports,
        List<PriorBound> priorOnBounds,
        List<Stratum> strata) {

    public SignalRun {
        priorOnBounds = List.copyOf(priorOnBounds);
        strata = List.copyOf(strata);
    }

    /** The line the contract prints on standard error: {@code theta=a1,b1,a2,b2,p -logL=VALUE}. */
    public String summary() {
        return "theta=" + prior.map(MixturePrior::toString).orElse("NaN,NaN,NaN,NaN,NaN") + " -logL="
                + negativeLogLikelihood;
    }
}
