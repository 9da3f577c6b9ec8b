package org.exovigil.signals.onset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.exovigil.signals.onset.WeibullFit.Reading;
import org.junit.jupiter.api.Test;

class WeibullFitTest {

    /**
     * For two times a < b the profile score reduces to u tanh u = 1 with u = k ln(b/a) / 2, so
     * k = 2u / ln(b/a) with u = 1.19967864025773... (the positive root of u tanh u = 1).
     */
    private static final double U = 1.1996786402577338;

    @Test
    void theConstantOfTheTwoTimeSampleSolvesUTanhUEqualsOne() {
        assertThat(U * Math.tanh(U)).isCloseTo(1, within(1e-15));
    }

    @Test
    void twoTimesGiveTheClosedFormShapeAndScale() {
        WeibullFit fit = WeibullFit.of(new double[] {1, Math.E});

        assertThat(fit.shape()).isCloseTo(2 * U, within(1e-10));
        double k = 2 * U;
        assertThat(fit.scale()).isCloseTo(Math.pow((1 + Math.pow(Math.E, k)) / 2, 1 / k), within(1e-10));
        assertThat(fit.n()).isEqualTo(2);
    }

    @Test
    void theShapeDoesNotDependOnTheUnitOfTime() {
        double[] days = {0.5, 1, 1, 2, 3, 8, 21};
        double[] hours = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            hours[i] = days[i] * 24;
        }
        WeibullFit inDays = WeibullFit.of(days);
        WeibullFit inHours = WeibullFit.of(hours);

        assertThat(inHours.shape()).isCloseTo(inDays.shape(), within(1e-10));
        assertThat(inHours.shapeUpper()).isCloseTo(inDays.shapeUpper(), within(1e-10));
        assertThat(inHours.scale()).isCloseTo(inDays.scale() * 24, within(1e-8));
    }

    @Test
    void hugeTimesNeitherOverflowNorLoseTheRoot() {
        WeibullFit decades = WeibullFit.ofDays(new long[] {1, 1_000_000_000_000L});
        WeibullFit extreme = WeibullFit.ofDays(new long[] {1, Long.MAX_VALUE});

        assertThat(decades.shape()).isCloseTo(2 * U / Math.log(1e12), within(1e-12));
        assertThat(extreme.shape()).isCloseTo(2 * U / Math.log((double) Long.MAX_VALUE), within(1e-12));
        assertThat(extreme.scale()).isFinite();
    }

    @Test
    void theShapeAndItsIntervalMatchTheHandComputation() {
        long[] days = {0, 0, 1, 1, 1, 2, 3, 5, 8, 13, 40};
        double[] times = HandComputation.times(days);
        WeibullFit fit = WeibullFit.ofDays(days);

        double k = HandComputation.weibullShape(times);
        double scale = HandComputation.weibullScale(times, k);
        double se = HandComputation.shapeStandardError(times, k, scale);
        assertThat(fit.shape()).isCloseTo(k, within(1e-9));
        assertThat(fit.scale()).isCloseTo(scale, within(1e-8));
        assertThat(fit.shapeLower()).isCloseTo(k * Math.exp(-1.959963984540054 * se / k), within(1e-5));
        assertThat(fit.shapeUpper()).isCloseTo(k * Math.exp(1.959963984540054 * se / k), within(1e-5));
    }

    @Test
    void onsetsCrowdedIntoTheFirstDaysReadAsAFallingHazard() {
        long[] days = new long[40];
        for (int i = 0; i < days.length; i++) {
            days[i] = i < 20 ? 0 : i < 30 ? 1 : i < 36 ? 3 : 30 + i;
        }
        WeibullFit fit = WeibullFit.ofDays(days);

        assertThat(fit.reading()).isEqualTo(Reading.DECREASING);
        assertThat(fit.shapeUpper()).isLessThan(1);
    }

    @Test
    void onsetsGatheredAroundALaterDayReadAsARisingHazard() {
        long[] days = {12, 13, 14, 14, 15, 15, 15, 16, 16, 17, 18, 19};

        WeibullFit fit = WeibullFit.ofDays(days);

        assertThat(fit.reading()).isEqualTo(Reading.INCREASING);
        assertThat(fit.shapeLower()).isGreaterThan(1);
    }

    @Test
    void aSmallSpreadSampleSaysNothingEitherWay() {
        WeibullFit fit = WeibullFit.ofDays(new long[] {1, 4, 9});

        assertThat(fit.reading()).isEqualTo(Reading.CONSTANT);
        assertThat(fit.shapeLower()).isLessThan(1);
        assertThat(fit.shapeUpper()).isGreaterThan(1);
    }

    @Test
    void noOnsetsAndOneOnsetDayAreNotFitted() {
        assertThat(WeibullFit.ofDays(new long[0]).reading()).isEqualTo(Reading.NO_ONSETS);
        assertThat(WeibullFit.ofDays(new long[] {7}).reading()).isEqualTo(Reading.ONE_ONSET_DAY);
        WeibullFit sameDay = WeibullFit.ofDays(new long[] {0, 0, 0, 0});
        assertThat(sameDay.reading()).isEqualTo(Reading.ONE_ONSET_DAY);
        assertThat(sameDay.fitted()).isFalse();
        assertThat(sameDay.shape()).isNaN();
    }

    @Test
    void negativeOrNonPositiveTimesAreRefused() {
        assertThatThrownBy(() -> WeibullFit.ofDays(new long[] {3, -1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeibullFit.of(new double[] {0, 1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeibullFit.of(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeibullFit.of(new double[] {1, Double.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Samples drawn from known Weibull distributions (inverse CDF λ (-ln U)^(1/k)): the estimate is near the
     * truth and the 95% interval covers it about 95 times in 100.
     */
    @Test
    void theIntervalCoversTheTrueShapeAboutAsOftenAsItSays() {
        long seed = 20_121_935L;
        Random random = new Random(seed);
        for (double trueShape : new double[] {0.5, 1, 2}) {
            int covered = 0;
            for (int sample = 0; sample < 200; sample++) {
                double[] times = new double[60];
                for (int i = 0; i < times.length; i++) {
                    times[i] = 10 * Math.pow(-Math.log(1 - random.nextDouble()), 1 / trueShape);
                }
                WeibullFit fit = WeibullFit.of(times);
                if (fit.shapeLower() <= trueShape && trueShape <= fit.shapeUpper()) {
                    covered++;
                }
            }
            assertThat(covered)
                    .as("seed %d, true k %s: covered in %d of 200", seed, trueShape, covered)
                    .isBetween(178, 198);
        }
    }
}
