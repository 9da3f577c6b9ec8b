package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A researcher opens the case series behind a pair (issue 19): the time to onset by route with its chart,
 * the panels, and the line listing of the series, in English and Japanese.
 */
class CaseSeriesBrowserIT extends InBrowser {

    private static final String PASSWORD = "a researcher's long passphrase";
    private static final String PRODUCT = "Onset Placenta EV";
    private static final String EVENT = "onset fever";
    private static final LocalDate GIVEN = LocalDate.now().minusDays(60);

    @org.springframework.beans.factory.annotation.Autowired
    ReportIntake intake;

    @org.springframework.beans.factory.annotation.Autowired
    Accounts accounts;

    @Test
    void aResearcherReadsTheTimeToOnsetAndPanelsAndDownloadsTheSeries() {
        // Intravenous: onsets on days 0, 0, 0, 1, 1, 2, 9 (median 1, quartiles 0 and 1.5); one without an onset date.
        int[] days = {0, 0, 0, 1, 1, 2, 9};
        for (int i = 0; i < days.length; i++) {
            receive("SERIES-IV-" + i, "iv", GIVEN.plusDays(days[i]), i % 2 == 0 ? "JP" : "US", i < 2);
        }
        receive("SERIES-IV-NO-ONSET", "iv", null, "JP", false);
        receive("SERIES-LOCAL-0", "injection_local", GIVEN.plusDays(20), "KR", false);
        receive("SERIES-OTHER-EVENT", "iv", GIVEN.plusDays(1), "JP", false, "onset headache");

        signIn();
        browser.get(url("/research/signals/pair?lang=en&product=" + PRODUCT + "&event=" + EVENT));
        clickAndWait(By.id("pair-series"));

        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Case series: " + PRODUCT + " / " + EVENT);
        assertThat(browser.findElement(By.id("series-lead")).getText()).startsWith("9 cases");
        assertThat(browser.findElements(By.cssSelector("#series-routes tbody tr")))
                .hasSize(2);
        assertThat(browser.findElement(By.cssSelector("#series-routes tbody tr"))
                        .getText())
                .contains("Injection into the skin, face or scalp", "1", "20 (20–20)");
        // All routes: 0 0 0 1 1 2 9 20 → h = 7p: Q1 = x[1.75] = 0, median x[3.5] = 1, Q3 = x[5.25] = 3.75.
        assertThat(browser.findElement(By.id("series-median")).getText()).isEqualTo("1 (0–3.8)");
        assertThat(browser.findElement(By.id("series-shape")).getText())
                .matches("\\d\\.\\d\\d \\(\\d\\.\\d\\d–\\d\\.\\d\\d\\)");
        assertThat(browser.findElement(By.id("series-reading")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("series-excluded")).getText())
                .contains("One case does not give the day of onset.");
        assertThat(browser.findElements(By.cssSelector("#onset-chart rect"))).hasSize(9);
        assertThat(browser.findElement(By.cssSelector("#onset-chart rect")).getAttribute("aria-label"))
                .isEqualTo("0: 3");
        assertThat(browser.findElement(By.id("onset-chart-x-title")).getText())
                .startsWith("Days from administration to onset");
        assertThat(browser.findElement(By.id("onset-chart-y-title")).getText()).isEqualTo("Cases");
        assertThat(browser.findElement(By.id("series-serious")).getText()).contains("Serious\n2", "Not serious\n7");
        assertThat(browser.findElement(By.id("series-country")).getText()).contains("Japan\n5", "South Korea\n1");
        assertThat(browser.findElement(By.id("series-dechallenge")).getText()).contains("Not reported");

        clickAndWait(By.linkText("Injection into the skin, face or scalp"));
        assertThat(browser.findElement(By.id("series-lead")).getText()).startsWith("One case");
        assertThat(browser.findElement(By.id("series-median")).getText()).isEqualTo("20 (20–20)");
        assertThat(browser.findElement(By.id("series-reading")).getText()).contains("same day");

        String csv = (String) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "fetch(document.getElementById('series-csv').href).then(r => r.text()).then(arguments[0])");
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("reference,received_on");
        assertThat(csv).contains("injection_local").doesNotContain("SERIES-IV");

        browser.get(url("/research/signals/pair/series?lang=ja&product=" + PRODUCT + "&event=" + EVENT));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("症例集積");
        assertThat(browser.findElement(By.id("onset-chart-x-title")).getText()).startsWith("投与から発現までの日数");
        assertThat(browser.findElement(By.id("series-country")).getText()).contains("日本");
    }

    private void signIn() {
        browser.manage().deleteAllCookies();
        if (accounts.find("series-researcher").isEmpty()) {
            accounts.completeSetup(
                    accounts.invite("series-researcher", Role.RESEARCHER).token(), PASSWORD);
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("series-researcher");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }

    private void receive(String id, String route, LocalDate onset, String country, boolean serious) {
        receive(id, route, onset, country, serious, EVENT);
    }

    private void receive(String id, String route, LocalDate onset, String country, boolean serious, String term) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "%s",
                 "reporter": {"qualification": "physician", "country": "%s"},
                 "patient": {"ageYears": 50, "sex": "female"},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "%s", "startedOn": "%s"}],
                 "reactions": [{"term": "%s"%s, "outcome": "recovered", "seriousness": [%s]}]}""".formatted(
                        id,
                        LocalDate.now(),
                        country,
                        country,
                        PRODUCT,
                        route,
                        GIVEN,
                        term,
                        onset == null ? "" : ", \"onset\": \"" + onset + "\"",
                        serious ? "\"hospitalisation\"" : "");
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(
                new SenderPrincipal("test:series-browser-test", "series-browser-test"),
                null,
                Channel.API,
                report.value()));
    }
}
