package org.exovigil.signals;

import java.util.List;
import java.util.Optional;

/**
 * What a run computed: the statistics of every observed pair, in product-then-event name order; the prior
 * used (empty when the input has no pair), its negative log marginal likelihood, whether it was fitted; and
 * the number of distinct reports. The CSV of the contract is one reader of {@link #pairs}
 * ({@link SignalTableWriter}).
 *
 * @param pairs computed as they are read, from the counts the run keeps (see {@link PairTable}); a caller
 *     that reads them more than once keeps a copy
 */
public record SignalRun(
        List<PairStatistics> pairs,
        Optional<MixturePrior> prior,
        double negativeLogLikelihood,
        boolean fitted,
        long reports) {

    /** The line the contract prints on standard error: {@code theta=a1,b1,a2,b2,p -logL=VALUE}. */
    public String summary() {
        return "theta=" + prior.map(MixturePrior::toString).orElse("NaN,NaN,NaN,NaN,NaN") + " -logL="
                + negativeLogLikelihood;
    }
}
