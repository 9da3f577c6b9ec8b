package org.exovigil.signals;

/**
 * A parameter of the fitted prior theta that lies on a bound of the fit's box (alpha and beta in [1e-5, 1000],
 * openEBGM's lower bound and a wider upper one than its 20; p in [1e-5, 1 - 1e-5]), or so near it that the optimiser stopped there ({@link HyperparameterFit}).
 * The likelihood then did not determine the parameter: the bound did, and with it the shrinkage of every pair.
 *
 * @param parameter {@code alpha1}, {@code beta1}, {@code alpha2}, {@code beta2} or {@code p}
 * @param value the fitted value
 * @param bound the bound it lies on
 */
public record PriorBound(String parameter, Side side, double value, double bound) {

    /** Which end of the parameter's range. */
    public enum Side {
        LOWER,
        UPPER
    }
}
