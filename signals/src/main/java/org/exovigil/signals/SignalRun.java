package org.exovigil.signals;

import java.util.Optional;

/**
 * What a run computed besides the table: the prior used (empty when the input has no pair), its negative
 * log marginal likelihood, whether it was fitted, and the sizes.
 */
public record SignalRun(
        Optional<MixturePrior> prior, double negativeLogLikelihood, boolean fitted, int pairs, long reports) {

    /** The line the contract prints on standard error: {@code theta=a1,b1,a2,b2,p -logL=VALUE}. */
    public String summary() {
        return "theta=" + prior.map(MixturePrior::toString).orElse("NaN,NaN,NaN,NaN,NaN") + " -logL="
                + negativeLogLikelihood;
    }
}
