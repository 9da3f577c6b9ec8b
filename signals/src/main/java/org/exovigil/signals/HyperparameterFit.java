package org.exovigil.signals;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum marginal likelihood estimate of the GPS prior theta (empirical Bayes, DuMouchel 1999 section 5).
 *
 * <p>Method: theta is kept inside a box (a, b in [1e-5, 1000], p in [1e-5, 1 - 1e-5]; without it a table of
 * mostly null pairs drives one component towards a point mass at 1 with a and b in the millions). openEBGM caps a
 * and b at 20, but on the shared benchmark file of 10M reports the optimum lies beyond: b2 = 25.2, with -logL
 * 308 lower than the best point under the cap (issue 22); the wider cap keeps a point mass out while a prior
 * with a standard deviation down to 3% of its mean fits inside by mapping each parameter to the real line (logit of its position, on the log scale for a
 * and b). The Nelder-Mead simplex (Hipparchus {@link SimplexOptimizer}) minimises
 * {@link MarginalLikelihood} from several starting points, in parallel: openEBGM {@code autoHyper}'s three
 * defaults and DuMouchel's published values as used by PhViD. Each run restarts from its own optimum with a
 * fresh simplex until a restart gains less than 1e-7 (at most 6 restarts of 4,000 evaluations; the best
 * point seen is kept when a budget runs out), which guards against the simplex collapsing early on this
 * flat surface (the CAERS optimum is determined to about two decimals in theta, while -logL is sharp). The
 * best run is polished by BOBYQA with the bounds as constraints ({@link #polish}). On more than
 * {@value #SQUASHED_POINTS} cells the polish runs on cells squashed to about that many
 * ({@link ObservedCells#squash}) and the simplex on cells squashed four times further, in wider bins
 * ({@link #SEARCH_SPREAD}); the reported -logL is that of the exact cells. Edge case: with very few distinct cells the prior is not
 * identifiable; the fit still returns the best point found, which the caller may replace with --hyper.
 */
final class HyperparameterFit {

    /** openEBGM autoHyper defaults, then DuMouchel 1999 / PhViD GPS default. */
    static final List<MixturePrior> STARTS = List.of(
            new MixturePrior(0.2, 0.1, 2, 4, 1.0 / 3),
            new MixturePrior(0.1, 0.2, 10, 10, 0.2),
            new MixturePrior(0.3, 0.5, 6, 6, 0.5),
            new MixturePrior(0.2, 0.06, 1.4, 1.8, 0.1));

    static final int SQUASHED_POINTS = 10_000;
    /**
     * The widest ratio of E in one bin of the cells the simplex searches on. The polish's cells keep bins within 2%;
     * the search only has to find the basin, and on the 10M benchmark file bins up to a factor 2 halve its cells
     * (42,717 to 21,192) and its time, with the same optimum after the polish (-logL equal to 1e-4).
     */
    private static final double SEARCH_SPREAD = 2;

    private static final int MAX_EVALUATIONS = 4_000;
    private static final int MAX_RESTARTS = 6;
    /** Bounds for alpha and beta: openEBGM's lower bound ({@code hyperEM}, {@code exploreHypers}: 1e-5 and 20), a wider upper. */
    private static final double LOWER = 1e-5;

    private static final double UPPER = 1000;
    private static final double LOG_LOWER = Math.log(LOWER);
    private static final double LOG_UPPER = Math.log(UPPER);
    private static final double MIN_P = 1e-5;
    private static final double RESTART_GAIN = 1e-7;

    /**
     * How near a bound, in the polish's coordinates (ln a, ln b, logit p), a parameter counts as on it: 0.01,
     * within 1% of the bound. BOBYQA lands on an active bound exactly; an interior optimum this close to one
     * is not told apart from it by a likelihood that is flat there.
     */
    static final double BOUND_TOLERANCE = 0.01;

    private static final List<String> PARAMETERS = List.of("alpha1", "beta1", "alpha2", "beta2", "p");

    /** The fitted prior and its negative log-likelihood. */
    record Result(MixturePrior prior, double negativeLogLikelihood) {}

    private HyperparameterFit() {}

    /** Fits theta to the cells. */
    static Result fit(ObservedCells cells) {
        MarginalLikelihood exact = MarginalLikelihood.of(cells);
        ObservedCells fine = cells.squash(SQUASHED_POINTS);
        ObservedCells coarse = fine.squash(SQUASHED_POINTS / 4, SEARCH_SPREAD);
        MarginalLikelihood polishing = fine == cells ? exact : MarginalLikelihood.of(fine);
        MarginalLikelihood search = coarse == fine ? polishing : MarginalLikelihood.of(coarse);
        Result simplex = STARTS.parallelStream()
                .map(start -> fitFrom(search, start))
                .min(Comparator.comparingDouble(Result::negativeLogLikelihood))
                .orElseThrow();
        Result start = search == polishing
                ? simplex
                : new Result(simplex.prior(), polishing.negativeLogLikelihood(simplex.prior()));
        Result best = polish(polishing, start);
        return polishing == exact ? best : new Result(best.prior(), exact.negativeLogLikelihood(best.prior()));
    }

    static Result fitFrom(MarginalLikelihood likelihood, MixturePrior start) {
        BestPoint best = new BestPoint(likelihood, HyperparameterFit::prior);
        ObjectiveFunction objective = new ObjectiveFunction(best::value);
        double[] point = coordinates(start);
        double value = best.value(point);
        for (int restart = 0; restart < MAX_RESTARTS; restart++) {
            minimise(objective, point);
            double gain = value - best.value;
            point = best.point;
            value = best.value;
            if (gain < RESTART_GAIN) {
                break;
            }
        }
        return new Result(prior(point), value);
    }

    /**
     * BOBYQA (Powell 2009) from the simplex's best point, in (ln a1, ln b1, ln a2, ln b2, logit p) with the bounds
     * themselves as constraints: where the optimum lies on a bound, the simplex in logistic coordinates
     * crawls, while BOBYQA's trust region reaches it. Keeps the simplex's result if BOBYQA does not improve.
     */
    static Result polish(MarginalLikelihood likelihood, Result start) {
        MixturePrior theta = start.prior();
        double[] lower = {LOG_LOWER, LOG_LOWER, LOG_LOWER, LOG_LOWER, logit(MIN_P)};
        double[] upper = {LOG_UPPER, LOG_UPPER, LOG_UPPER, LOG_UPPER, logit(1 - MIN_P)};
        double[] point = {
            Math.log(theta.alpha1()),
            Math.log(theta.beta1()),
            Math.log(theta.alpha2()),
            Math.log(theta.beta2()),
            logit(theta.p())
        };
        for (int i = 0; i < point.length; i++) {
            point[i] = Math.max(lower[i], Math.min(upper[i], point[i]));
        }
        BestPoint best = new BestPoint(likelihood, HyperparameterFit::natural);
        try {
            new BOBYQAOptimizer(2 * point.length + 1, 0.1, 1e-9)
                    .optimize(
                            new MaxEval(MAX_EVALUATIONS),
                            GoalType.MINIMIZE,
                            new InitialGuess(point),
                            new SimpleBounds(lower, upper),
                            new ObjectiveFunction(best::value));
        } catch (MathIllegalStateException budgetSpent) {
            // the best point seen is kept by BestPoint
        }
        return best.value < start.negativeLogLikelihood() ? new Result(natural(best.point), best.value) : start;
    }

    /**
     * The parameters of theta on a bound of the box, or within {@link #BOUND_TOLERANCE} of one; empty when theta
     * lies inside. A prior on a bound was set by the box, not by the data (DuMouchel 1999 section 5 leaves theta
     * free; openEBGM's {@code exploreHypers} flags the same case in its {@code in_bounds} column).
     */
    static List<PriorBound> onBounds(MixturePrior theta) {
        double[] lower = {LOG_LOWER, LOG_LOWER, LOG_LOWER, LOG_LOWER, logit(MIN_P)};
        double[] upper = {LOG_UPPER, LOG_UPPER, LOG_UPPER, LOG_UPPER, logit(1 - MIN_P)};
        double[] natural = {theta.alpha1(), theta.beta1(), theta.alpha2(), theta.beta2(), theta.p()};
        double[] point = {
            Math.log(natural[0]), Math.log(natural[1]), Math.log(natural[2]), Math.log(natural[3]), logit(natural[4])
        };
        List<PriorBound> found = new java.util.ArrayList<>();
        for (int i = 0; i < point.length; i++) {
            double[] bounds = i < 4 ? new double[] {LOWER, UPPER} : new double[] {MIN_P, 1 - MIN_P};
            if (point[i] - lower[i] <= BOUND_TOLERANCE) {
                found.add(new PriorBound(PARAMETERS.get(i), PriorBound.Side.LOWER, natural[i], bounds[0]));
            } else if (upper[i] - point[i] <= BOUND_TOLERANCE) {
                found.add(new PriorBound(PARAMETERS.get(i), PriorBound.Side.UPPER, natural[i], bounds[1]));
            }
        }
        return List.copyOf(found);
    }

    private static MixturePrior natural(double[] x) {
        return new MixturePrior(Math.exp(x[0]), Math.exp(x[1]), Math.exp(x[2]), Math.exp(x[3]), logistic(x[4]));
    }

    /** Remembers the lowest point the optimiser evaluated, so that a run stopped by its budget keeps it. */
    private static final class BestPoint {

        private final MarginalLikelihood likelihood;
        private final Function<double[], MixturePrior> prior;
        private double[] point;
        private double value = Double.POSITIVE_INFINITY;

        BestPoint(MarginalLikelihood likelihood, Function<double[], MixturePrior> prior) {
            this.likelihood = likelihood;
            this.prior = prior;
        }

        double value(double[] x) {
            double v = likelihood.negativeLogLikelihood(prior.apply(x));
            if (v < value) {
                value = v;
                point = x.clone();
            }
            return v;
        }
    }

    private static void minimise(ObjectiveFunction objective, double[] start) {
        try {
            new SimplexOptimizer(1e-12, 1e-10)
                    .optimize(
                            new MaxEval(MAX_EVALUATIONS),
                            objective,
                            GoalType.MINIMIZE,
                            new InitialGuess(start),
                            new NelderMeadSimplex(start.length, 0.5));
        } catch (MathIllegalStateException budgetSpent) {
            // the best point seen is kept by BestPoint; the next restart continues from it
        }
    }

    /** Coordinates on the real line: logit of each parameter's position inside its bounds (log scale for a, b). */
    static double[] coordinates(MixturePrior theta) {
        return new double[] {
            logit(scaled(theta.alpha1())),
            logit(scaled(theta.beta1())),
            logit(scaled(theta.alpha2())),
            logit(scaled(theta.beta2())),
            logit((theta.p() - MIN_P) / (1 - 2 * MIN_P))
        };
    }

    static MixturePrior prior(double[] x) {
        return new MixturePrior(
                unscaled(x[0]),
                unscaled(x[1]),
                unscaled(x[2]),
                unscaled(x[3]),
                MIN_P + (1 - 2 * MIN_P) * logistic(x[4]));
    }

    private static double scaled(double parameter) {
        double position = (Math.log(parameter) - LOG_LOWER) / (LOG_UPPER - LOG_LOWER);
        return Math.max(1e-9, Math.min(1 - 1e-9, position));
    }

    private static double unscaled(double coordinate) {
        return Math.exp(LOG_LOWER + (LOG_UPPER - LOG_LOWER) * logistic(coordinate));
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double logit(double u) {
        return Math.log(u / (1 - u));
    }
}
