package org.exovigil.signals;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.hipparchus.special.Gamma;

/**
 * The negative log marginal likelihood of the prior theta over the observed cells, the objective of the
 * hyperparameter fit: -sum_k w_k ln[p f1*(n_k) + (1-p) f2*(n_k)], where each negative binomial component is
 * truncated at n >= 1, f* = f / (1 - f(0)), because cells with n = 0 are not in the data [DuMouchel 1999,
 * section 5; openEBGM {@code negLLzero} with N* = 1, which gives -logL 4162.456 on CAERS]. The ln n! term
 * is kept so that values compare with openEBGM's.
 *
 * <p>Pairs with the same (n, E) form one weighted point ({@link ObservedCells}), which changes nothing in
 * the sum; squashed cells carry approximate weights the same way. ln Gamma(a + n) - ln Gamma(a) is
 * computed once per distinct n per evaluation, and long sums are split across cores. StrictMath's log1p (not an
 * intrinsic, a third of the fit's time) is avoided: ln(1 + e^-|d|) is Math.log of the rounded argument, whose
 * rounding costs at most 1.1e-16 absolutely in an O(1) term; see {@link #logOneMinusExp} for the truncation.
 */
final class MarginalLikelihood {

    private static final int PARALLEL_POINTS = 20_000;
    private static final double LN2 = Math.log(2);

    private final int[] n;
    private final double[] logExpected;
    private final double[] expected;
    private final double[] weight;
    private final int[] distinctN;
    private final int[] nIndex;
    private final double constant;

    private MarginalLikelihood(int[] n, double[] expected, double[] weight) {
        this.n = n;
        this.expected = expected;
        this.weight = weight;
        this.logExpected = Arrays.stream(expected).parallel().map(Math::log).toArray();
        this.distinctN = DistinctCounts.of(n);
        this.nIndex = IntStream.of(n)
                .parallel()
                .map(value -> Arrays.binarySearch(distinctN, value))
                .toArray();
        double[] logFactorial = new double[distinctN.length];
        for (int i = 0; i < distinctN.length; i++) {
            logFactorial[i] = Gamma.logGamma(distinctN[i] + 1.0);
        }
        // One thread, in cell order: the constant's last digits, hence the fit's path, stay those of earlier runs.
        double sum = 0;
        for (int k = 0; k < n.length; k++) {
            sum += weight[k] * logFactorial[nIndex[k]];
        }
        this.constant = sum;
    }

    /** The likelihood of the weighted cells (n_k, E_k), n_k >= 1. */
    static MarginalLikelihood of(ObservedCells cells) {
        return new MarginalLikelihood(cells.n, cells.expected, cells.weight);
    }

    double negativeLogLikelihood(MixturePrior theta) {
        double[] gain1 = logGammaRatios(theta.alpha1());
        double[] gain2 = logGammaRatios(theta.alpha2());
        double logP = Math.log(theta.p());
        double logNotP = Math.log1p(-theta.p());
        int chunks = n.length < PARALLEL_POINTS ? 1 : Runtime.getRuntime().availableProcessors() * 4;
        double sum = IntStream.range(0, chunks)
                .parallel()
                .mapToDouble(chunk -> logLikelihood(
                        theta,
                        gain1,
                        gain2,
                        logP,
                        logNotP,
                        n.length * (long) chunk / chunks,
                        n.length * (long) (chunk + 1) / chunks))
                .sum();
        double value = constant - sum;
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    }

    private double logLikelihood(
            MixturePrior theta, double[] gain1, double[] gain2, double logP, double logNotP, long from, long to) {
        double a1 = theta.alpha1();
        double a2 = theta.alpha2();
        double logB1 = Math.log(theta.beta1());
        double logB2 = Math.log(theta.beta2());
        double sum = 0;
        for (int k = (int) from; k < to; k++) {
            double logB1E = Math.log(theta.beta1() + expected[k]);
            double logB2E = Math.log(theta.beta2() + expected[k]);
            double nLogE = n[k] * logExpected[k];
            double first = logP
                    + gain1[nIndex[k]]
                    + a1 * logB1
                    - (a1 + n[k]) * logB1E
                    + nLogE
                    - logOneMinusExp(a1 * (logB1 - logB1E));
            double second = logNotP
                    + gain2[nIndex[k]]
                    + a2 * logB2
                    - (a2 + n[k]) * logB2E
                    + nLogE
                    - logOneMinusExp(a2 * (logB2 - logB2E));
            double larger = Math.max(first, second);
            sum += weight[k] * (larger + Math.log(1 + Math.exp(-Math.abs(first - second))));
        }
        return sum;
    }

    /**
     * ln(1 - e^y) for y < 0: Math.log of the rounded 1 - e^y while e^y < 1/2 (absolute error below 2.3e-16), else
     * ln(-expm1(y)), where 1 - e^y would lose digits (Maechler 2012, "Accurately computing log(1 - exp(-|a|))").
     */
    private static double logOneMinusExp(double y) {
        return y < -LN2 ? Math.log(1 - Math.exp(y)) : Math.log(-Math.expm1(y));
    }

    private double[] logGammaRatios(double alpha) {
        double logGammaAlpha = Gamma.logGamma(alpha);
        double[] ratios = new double[distinctN.length];
        for (int i = 0; i < distinctN.length; i++) {
            ratios[i] = Gamma.logGamma(alpha + distinctN[i]) - logGammaAlpha;
        }
        return ratios;
    }
}
