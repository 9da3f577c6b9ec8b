package org.exovigil.app.caseseries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.exovigil.signals.onset.OnsetBand;
import org.exovigil.signals.onset.WeibullFit.Reading;
import org.junit.jupiter.api.Test;

class CaseSeriesPageTest {

    private static final LocalDate GIVEN = LocalDate.of(2026, 3, 2);

    private static SeriesCase one(String route, Integer onsetDay, Double age, String sex, String country) {
        return new SeriesCase(
                UUID.randomUUID(),
                "EXO-1",
                route,
                GIVEN,
                onsetDay == null ? null : GIVEN.plusDays(onsetDay),
                age,
                sex,
                onsetDay != null && onsetDay == 0,
                "recovered",
                country,
                Challenge.NOT_REPORTED,
                Challenge.POSITIVE);
    }

    private final List<SeriesCase> series = List.of(
            one("iv", 0, 30.0, "female", "JP"),
            one("iv", 0, 70.0, "female", "JP"),
            one("iv", 1, 17.9, "male", "US"),
            one("iv", 3, null, null, null),
            one("iv", null, 45.0, "female", "JP"),
            one(null, 10, 64.9, "male", "KR"),
            one(null, -2, 65.0, "female", "KR"));

    @Test
    void everyRouteHasItsOwnTimeToOnsetAndAllRoutesTogetherAreTheDefault() {
        CaseSeriesPage page = CaseSeriesPage.of("Amnion EV", "sepsis", "", series, Locale.ENGLISH);

        assertThat(page.routes())
                .extracting(CaseSeriesPage.RouteRow::route)
                .containsExactly("iv", CaseSeriesPage.NO_ROUTE);
        assertThat(page.routes().getFirst().onset().days()).containsExactly(0, 0, 1, 3);
        assertThat(page.routes().get(1).routeKey()).isEqualTo("series.route.none");
        assertThat(page.onset().days()).containsExactly(0, 0, 1, 3, 10);
        assertThat(page.quartiles()).isEqualTo("1 (0–3)");
        assertThat(page.cases()).isEqualTo(7);
        assertThat(page.exclusions())
                .extracting(CaseSeriesPage.Count::key)
                .containsExactly("series.excluded.NO_ONSET_DATE", "series.excluded.ONSET_BEFORE_ADMINISTRATION");
    }

    @Test
    void choosingARouteNarrowsTheOnsetsAndThePanels() {
        CaseSeriesPage page = CaseSeriesPage.of("Amnion EV", "sepsis", "none", series, Locale.ENGLISH);

        assertThat(page.onset().days()).containsExactly(10);
        assertThat(page.onset().weibull().reading()).isEqualTo(Reading.ONE_ONSET_DAY);
        assertThat(page.shape()).isEqualTo("–");
        assertThat(page.cases()).isEqualTo(2);
        assertThat(CaseSeriesPage.caseIds(series, "none")).hasSize(2);
        assertThat(CaseSeriesPage.caseIds(series, "")).hasSize(7);
    }

    @Test
    void thePanelsCountAgeBandsSexCountriesByNameAndChallenges() {
        CaseSeriesPage page = CaseSeriesPage.of("Amnion EV", "sepsis", "", series, Locale.JAPANESE);

        assertThat(panel(page, "series-age"))
                .containsExactly(
                        new CaseSeriesPage.Count("series.age.18to44", null, 1),
                        new CaseSeriesPage.Count("series.age.45to64", null, 2),
                        new CaseSeriesPage.Count("series.age.65plus", null, 2),
                        new CaseSeriesPage.Count("series.age.under18", null, 1),
                        new CaseSeriesPage.Count("series.age.unknown", null, 1));
        assertThat(panel(page, "series-sex"))
                .contains(new CaseSeriesPage.Count("report.sex.unknown", null, 1))
                .contains(new CaseSeriesPage.Count("report.sex.female", null, 4));
        assertThat(panel(page, "series-country"))
                .containsExactly(
                        new CaseSeriesPage.Count(null, "日本", 3),
                        new CaseSeriesPage.Count(null, "韓国", 2),
                        new CaseSeriesPage.Count(null, "アメリカ合衆国", 1),
                        new CaseSeriesPage.Count("series.notReported", null, 1));
        assertThat(panel(page, "series-rechallenge"))
                .containsExactly(new CaseSeriesPage.Count("series.challenge.POSITIVE", null, 7));
    }

    @Test
    void anEmptySeriesShowsDashesAndAnEmptyChart() {
        CaseSeriesPage page = CaseSeriesPage.of("Amnion EV", "sepsis", "", List.of(), Locale.ENGLISH);

        assertThat(page.quartiles()).isEqualTo("–");
        assertThat(page.shape()).isEqualTo("–");
        assertThat(page.readingKey()).isEqualTo("series.weibull.NO_ONSETS");
        assertThat(page.chart().bars())
                .hasSize(OnsetBand.values().length)
                .allSatisfy(bar -> assertThat(bar.height()).isZero());
        assertThat(page.routes()).isEmpty();
    }

    @Test
    void theChartsBarsStandOnTheAxisAndTheTallestReachesTheTop() {
        CaseSeriesPage page = CaseSeriesPage.of("Amnion EV", "sepsis", "", series, Locale.ENGLISH);

        var bars = page.chart().bars();
        assertThat(bars).allSatisfy(bar -> assertThat(bar.y() + bar.height()).isEqualTo(OnsetChart.BOTTOM));
        assertThat(bars.getFirst().y()).isEqualTo(OnsetChart.TOP);
        assertThat(bars.getFirst().days()).isEqualTo("0");
        assertThat(bars.get(3).days()).isEqualTo("3–7");
        assertThat(bars.getLast().days()).isEqualTo("366+");
        assertThat(page.chart().largest()).isEqualTo(2);
    }

    @Test
    void aReviewersNaranjoAnswerOutranksTheSendersData() {
        assertThat(Challenge.dechallenge("NO", "withdrawn", "recovered")).isEqualTo(Challenge.NEGATIVE);
        assertThat(Challenge.dechallenge("DO_NOT_KNOW", "withdrawn", "recovered"))
                .isEqualTo(Challenge.POSITIVE);
        assertThat(Challenge.dechallenge(null, "withdrawn", "fatal")).isEqualTo(Challenge.NEGATIVE);
        assertThat(Challenge.dechallenge(null, "dose_not_changed", "recovered")).isEqualTo(Challenge.NOT_REPORTED);
        assertThat(Challenge.dechallenge(null, "withdrawn", null)).isEqualTo(Challenge.NOT_REPORTED);
        assertThat(Challenge.rechallenge("YES", "2")).isEqualTo(Challenge.POSITIVE);
        assertThat(Challenge.rechallenge(null, "1")).isEqualTo(Challenge.POSITIVE);
        assertThat(Challenge.rechallenge(null, "2")).isEqualTo(Challenge.NEGATIVE);
        assertThat(Challenge.rechallenge(null, "4")).isEqualTo(Challenge.NOT_REPORTED);
    }

    private static List<CaseSeriesPage.Count> panel(CaseSeriesPage page, String id) {
        return page.panels().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow()
                .counts();
    }
}
