package org.exovigil.vigilance.duplicates;

import java.util.List;

/**
 * The field weights of the hit-miss model, in bits (log₂ of the likelihood ratio of "same case" against
 * "two random cases"). Copas and Hilton, J R Stat Soc A 1990;153:287–320; with the mixture for numbers
 * of Norén, Orre and Bate, Data Min Knowl Disc 2007;14:305–328 (vigiMatch).
 *
 * <p>Per report a field holds the true value with probability h = 1 − a − b, a random value with
 * probability a (a miss, drawn from the value frequencies β), or nothing with probability b. Write
 * c = a(2 − a − 2b), which equals (1 − b)² − h². Given that both reports hold a value:
 *
 * <ul>
 *   <li>Agreement on x: for the same case P = h²β_x + cβ_x² (both hits, or at least one miss that happens
 *       to draw x); for random cases P = (1 − b)²β_x². The ratio is W = log₂([1 − c(1 − β_x)/(1 − b)²]/β_x),
 *       large for rare values and near 0 for a value most reports share.
 *   <li>Disagreement: same case c(1 − Σβ²), random cases (1 − b)²(1 − Σβ²), so W = log₂(c/(1 − b)²).
 *       DiAna writes {@code log2(c-2*log2(1-b))} (fusarolimichele/DiAna, Cleaning_script.R), a misplaced
 *       parenthesis: the derivation gives log₂ c − 2 log₂(1 − b).
 *   <li>A blank in either report: 0, the model makes blanks as likely for the same case as for two.
 * </ul>
 *
 * <p>The weights depend on b only through a/(1 − b), the share of misses among the values that are
 * recorded.
 */
final class HitMissWeights {

    private HitMissWeights() {}

    /** c = a(2 − a − 2b): the probability that two reports of one case both hold a value, not both hits. */
    static double c(double a, double b) {
        return a * (2 - a - 2 * b);
    }

    /** W = log₂([1 − c(1 − β)/(1 − b)²]/β) for two reports that agree on a value of frequency β. */
    static double agreement(double a, double b, double beta) {
        double notBlank = (1 - b) * (1 - b);
        return log2((1 - c(a, b) * (1 - beta) / notBlank) / beta);
    }

    /** W = log₂(c/(1 − b)²) for two reports that hold different values. */
    static double disagreement(double a, double b) {
        return log2(c(a, b) / ((1 - b) * (1 - b)));
    }

    /** The weights of a categorical field: agreement per value, and one disagreement weight. */
    record Categorical(double[] agreement, double disagreement) {}

    /**
     * The weights of a categorical field in a set of {@code cases}, of which {@code recorded} hold a value;
     * β of value v is {@code counts[v] / recorded}, b the reviewed blank share or the one observed.
     */
    static Categorical categorical(FieldModel.HitMiss model, List<Integer> counts, int recorded, int cases) {
        double a = model.miss();
        double b = Column.blank(model.blank(), cases == 0 ? 0 : 1 - (double) recorded / cases, a);
        double[] agreement = new double[counts.size()];
        for (int v = 0; v < counts.size(); v++) {
            agreement[v] = agreement(a, b, (double) counts.get(v) / recorded);
        }
        return new Categorical(agreement, disagreement(a, b));
    }

    /**
     * The weight of two recorded numbers {@code d} whole units apart, after the hit-miss mixture: a report
     * holds the true value (h = 1 − a1 − a2 − b), the true value plus a normal error of standard
     * deviation σ (a1), a random value (a2), or nothing (b). For the same case, given both are recorded:
     *
     * <pre>
     *   p_match(d)  = h²·[d = 0] + 2h·a1·N(d; σ) + a1²·N(d; √2σ) + a2(2 − a2 − 2b)·N(d; s)
     *   p_random(d) = (1 − b)²·N(d; s)
     * </pre>
     *
     * where N(d; s) is the normal mass of [d − ½, d + ½] ({@link Gaussian#massAt}) and s the spread of the
     * difference between two random reports. Two deviations differ by a normal error of √2σ (DiAna uses
     * 2σ); a miss against anything differs like two random reports. These are the terms of the mixture
     * in the notes, which carry an extra (1 − b)² on the miss term: every term here is already "given
     * both recorded", so it is left out and p_match sums to (1 − b)² like p_random. Whole units stand in
     * for the integral over [d − 1, d + 1] in DiAna: ages are whole years and dates whole days, so the
     * difference takes whole values and a unit bin is its exact probability.
     */
    static double difference(long d, double a1, double a2, double b, double sigma, double randomSd) {
        double h = 1 - a1 - a2 - b;
        double random = Gaussian.massAt(d, randomSd);
        double match = (d == 0 ? h * h : 0)
                + 2 * h * a1 * Gaussian.massAt(d, sigma)
                + a1 * a1 * Gaussian.massAt(d, Math.sqrt(2) * sigma)
                + c(a2, b) * random;
        double notBlank = (1 - b) * (1 - b);
        if (random <= Double.MIN_NORMAL) {
            // so far apart that only a miss explains it: the ratio's limit
            return log2(c(a2, b) / notBlank);
        }
        return log2(match / (notBlank * random));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
