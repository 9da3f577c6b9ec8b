package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A researcher stratifies the signals by sex over a period, opens a pair and reads its quarterly trend, then
 * reads the same in Japanese (issue 19). The reports were received in 2014, a year no other test uses.
 */
class SubgroupsBrowserIT extends InBrowser {

    private static final String PASSWORD = "a researcher's long passphrase";
    private static final String PRODUCT = "Trend Serum";
    private static final String EVENT = "trend hives";

    @Autowired
    ReportIntake intake;

    @Autowired
    Accounts accounts;

    @Test
    void aResearcherChoosesAStratumAndAPeriodAndReadsAPairsTrend() {
        receive("SG-BROWSER-1", PRODUCT, EVENT, "female", 29, "2014-02-03");
        receive("SG-BROWSER-2", PRODUCT, EVENT, "male", 52, "2014-05-06");
        receive("SG-BROWSER-3", PRODUCT, EVENT, "female", 71, "2014-08-09");
        receive("SG-BROWSER-4", "Trend Other Serum", "trend cough", "male", 40, "2014-05-07");

        signIn();
        browser.get(url("/research/signals?lang=en"));
        new Select(browser.findElement(By.id("by"))).selectByValue("sex");
        setDate("from", "2014-01-01");
        setDate("to", "2014-12-31");
        browser.findElement(By.id("words")).sendKeys(EVENT);
        clickAndWait(By.id("apply-signals"));

        assertThat(browser.findElement(By.id("signals-period")).getText())
                .isEqualTo("Period: reports received from Jan 1, 2014 to Dec 31, 2014.");
        assertThat(browser.findElement(By.id("signals-strata-lead")).getText()).contains("2 strata of Sex");
        assertThat(browser.findElement(By.id("signals-strata")).getText())
                .contains("Female: 2 reports", "Male: 2 reports");
        // Female: 2 reports, both of the pair; male: 2, one of the pair; E = 2 x 2 / 2 + 1 x 1 / 2 = 2.5.
        assertThat(browser.findElement(By.cssSelector("#signals tbody tr")).getText())
                .contains(PRODUCT, "3", "2.5");

        clickAndWait(By.linkText(EVENT));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Trend by quarter");
        assertThat(browser.findElement(By.id("trend-why")).getText()).contains("Quarters");
        assertThat(browser.findElement(By.id("trend-strata")).getText()).contains("stratified by Sex");
        assertThat(browser.findElements(By.cssSelector("#trend-table tbody tr")))
                .extracting(row -> row.findElement(By.cssSelector("td:nth-child(1)"))
                                .getText() + " "
                        + row.findElement(By.cssSelector("td:nth-child(3)")).getText())
                .containsExactly("2014 Q1 1", "2014 Q2 2", "2014 Q3 3");
        // Up to the end of Q1 the store of the period holds one report, female, of the pair: E = 1 x 1 / 1.
        assertThat(browser.findElement(By.cssSelector("#trend-table tbody tr td:nth-child(4)"))
                        .getText())
                .isEqualTo("1");
        assertThat(browser.findElements(By.cssSelector("#trend-chart .trend-point")))
                .hasSize(3);
        assertThat(browser.findElement(By.id("trend-ebgm"))
                        .getAttribute("points")
                        .split(" "))
                .hasSize(3);
        assertThat(browser.findElement(By.id("trend-y-title")).getText()).isEqualTo("EBGM and EB05");
        assertThat(browser.findElement(By.id("trend-x-title")).getText()).startsWith("Quarter");
        assertThat(browser.findElement(By.id("trend-periods")).getText()).contains("2014 Q1", "2014 Q3");

        browser.get(browser.getCurrentUrl().replace("lang=en", "") + "&lang=ja");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("四半期ごとの推移");
        assertThat(browser.findElement(By.id("trend-y-title")).getText()).isEqualTo("EBGM と EB05");
        assertThat(browser.findElement(By.id("trend-x-title")).getText()).startsWith("四半期");
        assertThat(browser.findElement(By.cssSelector("#trend-table tbody tr td"))
                        .getText())
                .isEqualTo("2014年第1四半期");
        assertThat(browser.findElement(By.id("signals-strata")).getText()).contains("女性", "2 件");

        browser.get(url("/research/signals?lang=ja&by=sex&from=2014-12-31&to=2014-01-01"));
        assertThat(browser.findElement(By.id("signals-refusal")).getText()).startsWith("EXO-1853: 期間の終了日");
        assertThat(browser.findElement(By.id("from")).getAttribute("value")).isEqualTo("2014-12-31");
    }

    private static void setDate(String id, String day) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), day);
    }

    private void signIn() {
        browser.manage().deleteAllCookies();
        if (accounts.find("subgroups-researcher").isEmpty()) {
            accounts.completeSetup(
                    accounts.invite("subgroups-researcher", Role.RESEARCHER).token(), PASSWORD);
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("subgroups-researcher");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }

    private void receive(String id, String product, String term, String sex, int age, String receivedOn) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": %d, "sex": "%s"},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv"}],
                 "reactions": [{"term": "%s"}]}""".formatted(id, receivedOn, age, sex, product, term);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(
                new SenderPrincipal("test:subgroups-browser", "subgroups-browser"), null, Channel.API, report.value()));
    }
}
