package org.exovigil.app.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.signals.PairStatistics;
import org.exovigil.signals.PriorBound;
import org.exovigil.signals.Stratum;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Strata, periods, a pair's trend and the prior on a bound, on the case store (issue 19). Each test's reports
 * were received in a year of their own long past, so a period of that year holds them and nothing else in the
 * shared store.
 */
class SubgroupsIT extends RunningExovigil {

    @Autowired
    ReportIntake intake;

    @Autowired
    CaseSignals signals;

    @Autowired
    ApiTokens tokens;

    /**
     * Six reports of 2011. Female: 1 (A, rash), 2 (A, rash), 5 (B, fever); male: 3 (A, fever), 4 (B, rash),
     * 6 (B, fever). Unstratified E(A, rash) = 3 x 3 / 6 = 1.5; by sex E = 2 x 2 / 3 + 1 x 1 / 3 = 5/3, and
     * E(A, fever) = 2 x 1 / 3 + 1 x 2 / 3 = 4/3 (openEBGM's sum over strata, by hand).
     */
    @Test
    void expectedCountsAreSummedOverTheChosenStrataOfThePeriod() {
        receive("SG-1", "Subgroup A", "sg rash", "female", 30, "US", "iv", "2011-01-10");
        receive("SG-2", "Subgroup A", "sg rash", "female", 47, "JP", "iv", "2011-02-11");
        receive("SG-3", "Subgroup A", "sg fever", "male", 58, "US", "topical", "2011-04-12");
        receive("SG-4", "Subgroup B", "sg rash", "male", 69, "KR", "iv", "2011-05-13");
        receive("SG-5", "Subgroup B", "sg fever", "female", 24, "JP", "topical", "2011-07-14");
        receive("SG-6", "Subgroup B", "sg fever", "male", 36, "US", "iv", "2011-08-15");
        LocalDate from = LocalDate.of(2011, 1, 1);
        LocalDate to = LocalDate.of(2011, 12, 31);

        SignalTable plain = signals.current(new SignalQuery(Stratification.NONE, from, to));
        SignalTable bySex = signals.current(new SignalQuery(Stratification.SEX, from, to));
        SignalTable byRoute = signals.current(new SignalQuery(Stratification.ROUTE, from, to));
        SignalTable secondHalf = signals.current(new SignalQuery(Stratification.NONE, LocalDate.of(2011, 4, 1), to));

        assertThat(plain.reports()).isEqualTo(6);
        assertThat(row(plain, "Subgroup A", "sg rash").expected()).isCloseTo(1.5, within(1e-12));
        assertThat(row(bySex, "Subgroup A", "sg rash").expected()).isCloseTo(5.0 / 3, within(1e-12));
        assertThat(row(bySex, "Subgroup A", "sg fever").expected()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(row(bySex, "Subgroup A", "sg rash").prr())
                .isEqualTo(row(plain, "Subgroup A", "sg rash").prr());
        assertThat(bySex.strata()).containsExactly(new Stratum("female", 3), new Stratum("male", 3));
        assertThat(byRoute.strata()).containsExactly(new Stratum("iv", 4), new Stratum("topical", 2));
        assertThat(secondHalf.reports()).isEqualTo(4);
        assertThat(row(secondHalf, "Subgroup A", "sg fever").expected()).isCloseTo(0.75, within(1e-12));
        assertThat(secondHalf.row("Subgroup A", "sg rash")).isEmpty();

        PairTrend trend = signals.trend(new SignalQuery(Stratification.SEX, from, to), "Subgroup A", "sg rash");
        assertThat(trend.granularity()).isEqualTo(PairTrend.Granularity.QUARTER);
        assertThat(trend.points())
                .extracting(
                        point ->
                                point.period().yearText() + "Q" + point.period().number(),
                        PairTrend.Point::n)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2011Q1", 2L),
                        org.assertj.core.groups.Tuple.tuple("2011Q2", 2L),
                        org.assertj.core.groups.Tuple.tuple("2011Q3", 2L));
        // Up to the end of Q1 only reports 1 and 2 (both female, both A / rash): E = 2 x 2 / 2 = 2.
        assertThat(trend.points().getFirst().expected()).isCloseTo(2.0, within(1e-12));
        assertThat(trend.points().getLast().expected()).isCloseTo(5.0 / 3, within(1e-12));
    }

    @Test
    void thePagesStateTheStrataAndPeriodAndRefuseBadChoicesInTheReadersLanguage() throws Exception {
        receive("SG-P-1", "Subgroup Page", "sg page itch", "female", 33, "JP", "iv", "2012-02-01");
        receive("SG-P-2", "Subgroup Page", "sg page itch", "male", 61, "JP", "iv", "2012-05-02");
        receive("SG-P-3", "Subgroup Page Other", "sg page cough", "female", 45, "US", "iv", "2012-05-03");
        String token = tokens.issue("subgroups-reader", Role.RESEARCHER);

        HttpResponse<String> page = get(token, "/research/signals?lang=en&by=country&from=2012-01-01&to=2012-12-31");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Period: reports received from <time datetime=\"2012-01-01\">Jan 1, 2012</time> to "
                        + "<time datetime=\"2012-12-31\">Dec 31, 2012</time>.")
                .contains("summed over 2 strata of Country")
                .contains("Japan: 2 reports", "United States: 1 report");

        HttpResponse<String> pair = get(
                token,
                "/research/signals/pair?lang=ja&product=" + encode("Subgroup Page") + "&event=" + encode("sg page itch")
                        + "&by=sex&from=2012-01-01&to=2012-12-31");
        assertThat(pair.statusCode()).isEqualTo(200);
        assertThat(pair.body()).contains("四半期ごとの推移", "2012年第1四半期", "2012年第2四半期", "id=\"trend-chart\"");

        HttpResponse<String> unknown = get(token, "/research/signals?lang=en&by=blood+group");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("EXO-1850: Expected counts can be stratified by sex");
        HttpResponse<String> notADate = get(token, "/research/signals?lang=ja&from=31%2F12%2F2012");
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(notADate.body()).contains("EXO-1851: 期間の開始日は", "「31/12/2012」");
        HttpResponse<String> backwards = get(token, "/research/signals?lang=en&from=2012-12-31&to=2012-01-01");
        assertThat(backwards.body())
                .contains("EXO-1853: The period ends (Jan 1, 2012) before it starts (Dec 31, 2012)");
        HttpResponse<String> csv = get(token, "/research/signals.csv?lang=en&to=soon");
        assertThat(csv.statusCode()).isEqualTo(400);
        assertThat(csv.body()).startsWith("EXO-1852: ");
        HttpResponse<String> stratifiedCsv = get(token, "/research/signals.csv?by=sex&from=2012-01-01&to=2012-12-31");
        assertThat(stratifiedCsv.body().lines()).hasSize(3);
    }

    /**
     * Two products and two events, each pair reported by exactly two reports of 2013 naming one product and one
     * event: every pair has n = 2 and E = 4 x 4 / 8 = 2, so no pair departs from its expected count. The
     * likelihood prefers a prior without spread, which a gamma reaches only as alpha and beta grow without end;
     * the fit stops at the box's upper bound 20 for beta, and the page says the prior is poorly determined.
     */
    @Test
    void aPriorOnABoundIsWarnedOfInEnglishAndJapanese() throws Exception {
        int age = 20;
        for (String product : new String[] {"Bound X", "Bound Y"}) {
            for (String event : new String[] {"bound ache", "bound chill"}) {
                for (int copy = 0; copy < 2; copy++) {
                    String id = "SG-B-" + product.charAt(6) + event.charAt(6) + copy;
                    receive(
                            id,
                            product,
                            event,
                            copy == 0 ? "female" : "male",
                            age,
                            "DE",
                            "iv",
                            "2013-03-0" + (age % 9 + 1));
                    age += 7;
                }
            }
        }
        SignalTable table = signals.current(
                new SignalQuery(Stratification.NONE, LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31)));
        assertThat(table.rows())
                .hasSize(4)
                .allSatisfy(row -> assertThat(row.expected()).isEqualTo(2.0));
        assertThat(table.priorOnBounds())
                .anySatisfy(bound -> assertThat(bound.side()).isEqualTo(PriorBound.Side.UPPER));

        String token = tokens.issue("subgroups-bound-reader", Role.RESEARCHER);
        assertThat(get(token, "/research/signals?lang=en&from=2013-01-01&to=2013-12-31")
                        .body())
                .contains("id=\"prior-bound\"", "The fitted prior is poorly determined", "on its upper bound 1000");
        assertThat(get(token, "/research/signals?lang=ja&from=2013-01-01&to=2013-12-31")
                        .body())
                .contains("推定した事前分布が十分に定まっていません", "上限 1000 に一致");
    }

    private static PairStatistics row(SignalTable table, String product, String event) {
        return table.row(product, event).orElseThrow();
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private void receive(
            String id,
            String product,
            String term,
            String sex,
            int age,
            String country,
            String route,
            String receivedOn) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "%s",
                 "reporter": {"qualification": "physician", "country": "%s"},
                 "patient": {"ageYears": %d, "sex": "%s"},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "%s"}],
                 "reactions": [{"term": "%s"}]}""".formatted(id, receivedOn, country, country, age, sex, product, route, term);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(
                new SenderPrincipal("test:subgroups-test", "subgroups-test"), null, Channel.API, report.value()));
    }
}
