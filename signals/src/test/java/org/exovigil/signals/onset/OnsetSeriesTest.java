package org.exovigil.signals.onset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.exovigil.signals.onset.WeibullFit.Reading;
import org.junit.jupiter.api.Test;

class OnsetSeriesTest {

    @Test
    void anEmptySeriesHasNoQuartilesAndNoFit() {
        TimeToOnset none = new OnsetSeries().summary();

        assertThat(none.count()).isZero();
        assertThat(none.quartiles()).isEmpty();
        assertThat(none.weibull().reading()).isEqualTo(Reading.NO_ONSETS);
        assertThat(none.bands().values()).containsOnly(0);
        assertThat(none.largestBand()).isZero();
        assertThat(none.excludedCount()).isZero();
    }

    @Test
    void oneOnsetIsItsOwnMedianAndQuartiles() {
        OnsetSeries series = new OnsetSeries();
        series.addDays(3);

        TimeToOnset one = series.summary();

        assertThat(one.quartiles()).contains(new OnsetQuartiles(3, 3, 3));
        assertThat(one.weibull().reading()).isEqualTo(Reading.ONE_ONSET_DAY);
        assertThat(one.bands()).containsEntry(OnsetBand.DAYS_3_TO_7, 1);
    }

    @Test
    void sameDayOnsetsAreDayZeroAndAreNotFitted() {
        OnsetSeries series = new OnsetSeries();
        LocalDate day = LocalDate.of(2017, 3, 1);
        for (int i = 0; i < 5; i++) {
            series.add(day, day);
        }

        TimeToOnset sameDay = series.summary();

        assertThat(sameDay.sameDay()).isEqualTo(5);
        assertThat(sameDay.quartiles()).contains(new OnsetQuartiles(0, 0, 0));
        assertThat(sameDay.weibull().reading()).isEqualTo(Reading.ONE_ONSET_DAY);
    }

    /**
     * Days 1 1 2 2 2 5 (0-based x[0..5]): h = 5p, so Q1 = x[1] + 0.25 (x[2] - x[1]) = 1.25, the median
     * x[2] + 0.5 (x[3] - x[2]) = 2 and Q3 = x[3] + 0.75 (x[4] - x[3]) = 2, the tie.
     */
    @Test
    void tiedDaysGiveTheTypeSevenQuartilesWorkedByHand() {
        OnsetSeries series = new OnsetSeries();
        for (long day : new long[] {2, 5, 1, 2, 1, 2}) {
            series.addDays(day);
        }

        OnsetQuartiles quartiles = series.summary().quartiles().orElseThrow();

        assertThat(quartiles.lower()).isCloseTo(1.25, within(1e-12));
        assertThat(quartiles.median()).isCloseTo(2, within(1e-12));
        assertThat(quartiles.upper()).isCloseTo(2, within(1e-12));
        assertThat(quartiles.interquartileRange()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void daysAreCountedOnTheCalendarAcrossMonthsAndLeapDays() {
        OnsetSeries series = new OnsetSeries();
        series.add(LocalDate.of(2016, 2, 28), LocalDate.of(2016, 3, 1));
        series.add(LocalDate.of(2017, 2, 28), LocalDate.of(2017, 3, 1));
        series.add(LocalDate.of(2016, 12, 31), LocalDate.of(2017, 1, 1));

        assertThat(series.summary().days()).containsExactly(1, 1, 2);
    }

    @Test
    void casesWithoutATimeToOnsetAreCountedUnderTheirReasonAndLeftOutOfTheStatistics() {
        OnsetSeries series = new OnsetSeries();
        LocalDate day = LocalDate.of(2017, 6, 10);

        assertThat(series.add(null, day)).contains(OnsetExclusion.NO_ADMINISTRATION_DATE);
        assertThat(series.add(day, null)).contains(OnsetExclusion.NO_ONSET_DATE);
        assertThat(series.add(day, day.minusDays(3))).contains(OnsetExclusion.ONSET_BEFORE_ADMINISTRATION);
        assertThat(series.addDays(-1)).contains(OnsetExclusion.ONSET_BEFORE_ADMINISTRATION);
        assertThat(series.add(day, day.plusDays(4))).isEmpty();
        TimeToOnset summary = series.summary();

        assertThat(summary.days()).containsExactly(4);
        assertThat(summary.excluded())
                .isEqualTo(Map.of(
                        OnsetExclusion.NO_ADMINISTRATION_DATE, 1,
                        OnsetExclusion.NO_ONSET_DATE, 1,
                        OnsetExclusion.ONSET_BEFORE_ADMINISTRATION, 2));
        assertThat(summary.excludedCount()).isEqualTo(4);
    }

    @Test
    void hugeDaysFallInTheOpenLastBand() {
        OnsetSeries series = new OnsetSeries();
        series.addDays(21_940);
        series.addDays(Long.MAX_VALUE);
        series.addDays(366);
        series.addDays(365);

        TimeToOnset summary = series.summary();

        assertThat(summary.bands()).containsEntry(OnsetBand.OVER_365, 3).containsEntry(OnsetBand.DAYS_91_TO_365, 1);
        assertThat(summary.weibull().fitted()).isTrue();
    }

    @Test
    void everyDayFallsInExactlyOneBandInOrder() {
        long previousLast = -1;
        for (OnsetBand band : OnsetBand.values()) {
            assertThat(band.first()).isEqualTo(previousLast + 1);
            assertThat(OnsetBand.of(band.first())).isEqualTo(band);
            assertThat(OnsetBand.of(band.last())).isEqualTo(band);
            previousLast = band.last();
        }
        assertThat(previousLast).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void seriesAreKeptApartByProductEventAndRoute() {
        CaseSeriesOnsets onsets = new CaseSeriesOnsets();
        LocalDate day = LocalDate.of(2017, 1, 1);
        onsets.add("VARZOS", "Herpes zoster", "SC", day, day.plusDays(5));
        onsets.add("VARZOS", "Herpes zoster", "SC", day, day.plusDays(9));
        onsets.add("VARZOS", "Herpes zoster", null, day, day.plusDays(300));
        onsets.add("ZOSTAVAX ü", "帯状疱疹", "SC", null, day);

        var summaries = onsets.summaries();

        assertThat(summaries.keySet())
                .containsExactly(
                        new CaseSeriesOnsets.Key("VARZOS", "Herpes zoster", ""),
                        new CaseSeriesOnsets.Key("VARZOS", "Herpes zoster", "SC"),
                        new CaseSeriesOnsets.Key("ZOSTAVAX ü", "帯状疱疹", "SC"));
        assertThat(summaries
                        .get(new CaseSeriesOnsets.Key("VARZOS", "Herpes zoster", "SC"))
                        .days())
                .containsExactly(5, 9);
        assertThat(summaries
                        .get(new CaseSeriesOnsets.Key("ZOSTAVAX ü", "帯状疱疹", "SC"))
                        .excludedCount())
                .isEqualTo(1);
    }
}
