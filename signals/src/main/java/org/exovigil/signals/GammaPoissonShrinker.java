package org.exovigil.signals;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.hipparchus.special.Gamma;

/**
 * DuMouchel's gamma-Poisson shrinker (GPS, the basis of FDA's MGPS) for one prior theta.
 *
 * <p>Model [1, eq. 1-4]: N ~ Poisson(lambda E) with lambda ~ p Gamma(a1, b1) + (1-p) Gamma(a2, b2). The
 * marginal of N is a mixture of negative binomials, f(n; a, b, E) = Gamma(a+n) / (Gamma(a) n!) (b/(b+E))^a
 * (E/(b+E))^n. The posterior of lambda given N = n is Q Gamma(a1+n, b1+E) + (1-Q) Gamma(a2+n, b2+E) with
 * Q = p f1(n) / (p f1(n) + (1-p) f2(n)) [1, eq. 5]. EBGM = exp(E[ln lambda]), E[ln lambda] = Q (psi(a1+n) -
 * ln(b1+E)) + (1-Q)(psi(a2+n) - ln(b2+E)) [1, eq. 6; DuMouchel, Pregibon KDD 2001]; EB05 and EB95 are the
 * exact 5% and 95% quantiles of the posterior mixture ({@link GammaMixtureQuantile}). Everything is in log
 * space, so large n or tiny E do not overflow. openEBGM computes the same quantities ({@code Qn},
 * {@code ebgm}, {@code quantBisect}) [2]. [1] DuMouchel, Am Stat 1999;53(3):177-90. [2] Canida, Ihrie,
 * R Journal 2017;9(2):499-519.
 */
final class GammaPoissonShrinker {

    /** The posterior summary of one pair. */
    record Posterior(double q, double ebgm, double eb05, double eb95) {}

    private final MixturePrior prior;
    private final double logP;
    private final double logNotP;
    private final double logGammaA1;
    private final double logGammaA2;

    GammaPoissonShrinker(MixturePrior prior) {
        this.prior = prior;
        this.logP = Math.log(prior.p());
        this.logNotP = Math.log1p(-prior.p());
        this.logGammaA1 = Gamma.logGamma(prior.alpha1());
        this.logGammaA2 = Gamma.logGamma(prior.alpha2());
    }

    /** EBGM, EB05 and EB95 of every cell of a table, indexed by cell: three arrays, not an object per cell. */
    record CellPosteriors(double[] ebgm, double[] eb05, double[] eb95) {}

    /** The terms of the posterior that depend on n alone, computed once per distinct n of a table. */
    private record CountTerms(
            double a1, double a2, double logGamma1, double logGamma2, double digamma1, double digamma2) {}

    /** The posterior of every cell, computed on all cores; each cell's as {@link #posterior} gives it. */
    CellPosteriors posteriors(ObservedCells cells) {
        int[] distinctN = DistinctCounts.of(cells.n);
        CountTerms[] terms = new CountTerms[distinctN.length];
        IntStream.range(0, distinctN.length).parallel().forEach(i -> terms[i] = terms(distinctN[i]));
        double[] ebgm = new double[cells.size()];
        double[] eb05 = new double[cells.size()];
        double[] eb95 = new double[cells.size()];
        IntStream.range(0, cells.size()).parallel().forEach(cell -> {
            int n = cells.n[cell];
            Posterior posterior = posterior(n, cells.expected[cell], terms[Arrays.binarySearch(distinctN, n)]);
            ebgm[cell] = posterior.ebgm();
            eb05[cell] = posterior.eb05();
            eb95[cell] = posterior.eb95();
        });
        return new CellPosteriors(ebgm, eb05, eb95);
    }

    Posterior posterior(int n, double expected) {
        return posterior(n, expected, terms(n));
    }

    /** Q_n, the posterior probability of the first component [1, eq. 5]. */
    double mixingWeight(int n, double expected) {
        return mixingWeight(n, expected, terms(n));
    }

    private CountTerms terms(int n) {
        double a1 = prior.alpha1() + n;
        double a2 = prior.alpha2() + n;
        double logGamma1 = Gamma.logGamma(a1);
        double logGamma2 = a2 == a1 ? logGamma1 : Gamma.logGamma(a2);
        return new CountTerms(a1, a2, logGamma1, logGamma2, Gamma.digamma(a1), Gamma.digamma(a2));
    }

    private Posterior posterior(int n, double expected, CountTerms terms) {
        double b1 = prior.beta1() + expected;
        double b2 = prior.beta2() + expected;
        double q = mixingWeight(n, expected, terms);
        double meanLog = q * (terms.digamma1() - Math.log(b1)) + (1 - q) * (terms.digamma2() - Math.log(b2));
        GammaMixtureQuantile quantiles =
                new GammaMixtureQuantile(q, terms.a1(), b1, terms.a2(), b2, terms.logGamma1(), terms.logGamma2());
        return new Posterior(q, Math.exp(meanLog), quantiles.quantile(0.05), quantiles.quantile(0.95));
    }

    private double mixingWeight(int n, double expected, CountTerms terms) {
        double first =
                logP + logNegativeBinomial(n, expected, prior.alpha1(), prior.beta1(), terms.logGamma1(), logGammaA1);
        double second = logNotP
                + logNegativeBinomial(n, expected, prior.alpha2(), prior.beta2(), terms.logGamma2(), logGammaA2);
        return 1 / (1 + Math.exp(second - first));
    }

    /** ln f(n; a, b, E) without the ln n! term, which cancels in Q; ln Gamma(a + n) given. */
    private static double logNegativeBinomial(
            int n, double expected, double a, double b, double logGammaAN, double logGammaA) {
        return logGammaAN - logGammaA + a * Math.log(b / (b + expected)) + n * Math.log(expected / (b + expected));
    }
}
