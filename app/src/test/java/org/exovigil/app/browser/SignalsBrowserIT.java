package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.app.signals.ExternalDataSets;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.external.FaersQuarter;
import org.exovigil.vigilance.external.FaersReader;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A researcher reads the signal table, narrows it, and opens the reports behind a pair. */
class SignalsBrowserIT extends InBrowser {

    private static final String PASSWORD = "a researcher's long passphrase";

    @Autowired
    ReportIntake intake;

    @Autowired
    Accounts accounts;

    @Autowired
    ExternalDataSets dataSets;

    @Test
    void aResearcherFindsAPairAndTheReportsBehindIt() {
        for (int i = 0; i < 4; i++) {
            receive("BROWSER-SIG-" + i, "Plotted Amnion EV", "plotted endophthalmitis");
        }
        receive("BROWSER-SIG-X", "Plotted Other EV", "plotted headache");

        signIn();
        browser.get(url("/research/signals?lang=en"));
        assertThat(browser.findElements(By.cssSelector("#ebgm-plot circle"))).isNotEmpty();
        browser.findElement(By.id("words")).sendKeys("plotted endophthalmitis");
        clickAndWait(By.id("apply-signals"));
        assertThat(browser.findElements(By.cssSelector("#signals tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#signals tbody tr")).getText())
                .contains("Plotted Amnion EV", "plotted endophthalmitis", "4")
                // No report of the event names another product: the PRR is infinite and its interval undefined.
                .contains("∞ (interval not defined)")
                .doesNotContain("––", "NaN");

        clickAndWait(By.linkText("plotted endophthalmitis"));
        assertThat(browser.findElements(By.cssSelector("#pair-cases li"))).hasSize(4);
        assertThat(browser.findElement(By.id("pair-statistics")).getText())
                .contains("∞ (interval not defined)")
                .doesNotContain("––", "NaN");
        assertThat(browser.findElements(By.cssSelector("#pair-cases a"))).isEmpty();
    }

    @Test
    void eachFilterOfTheSignalsPageStandsWithItsCaptionAndEachTickBoxBesideItsWords() {
        signIn();
        browser.get(url("/research/signals?lang=en"));

        for (var field : java.util.Map.of("dataset", "Data", "words", "Product or event", "sort", "Sort by")
                .entrySet()) {
            var control = browser.findElement(By.id(field.getKey()));
            var caption = control.findElement(By.xpath("ancestor::label"));
            assertThat(caption.getText()).startsWith(field.getValue());
            assertThat(control.getRect().getY())
                    .as("%s sits under its caption, not on another line of the box", field.getKey())
                    .isBetween(caption.getRect().getY(), caption.getRect().getY() + 40);
        }
        for (var box : browser.findElements(By.cssSelector("#signals-filter input[type=checkbox]"))) {
            var words = box.findElement(By.xpath("following-sibling::span"));
            assertThat(Math.abs(words.getRect().getY()
                            + words.getRect().getHeight() / 2
                            - box.getRect().getY()
                            - box.getRect().getHeight() / 2))
                    .as("the words of %s are beside it, not under it", box.getAttribute("id"))
                    .isLessThan(6);
            assertThat(words.getRect().getX()).isGreaterThan(box.getRect().getX());
        }
    }

    @Test
    void aResearcherSwitchesToAnImportedFaersQuarter() {
        var imported = dataSets.store(
                "FAERS",
                "browser-2022Q4",
                "test",
                "test",
                sink -> FaersReader.of(FaersQuarter.in(Path.of("/work/shared/data/reference/faers_2022q4_excerpt")))
                        .read(sink));

        signIn();
        browser.get(url("/research/signals?lang=en"));
        new Select(browser.findElement(By.id("dataset"))).selectByVisibleText("FAERS browser-2022Q4 (258 cases)");
        clickAndWait(By.id("apply-signals"));

        assertThat(browser.findElement(By.id("signals-external-lead")).getText())
                .contains("FAERS browser-2022Q4", "258 cases", "not incidence");
        clickAndWait(By.cssSelector("#signals tbody tr td:nth-child(2) a"));
        assertThat(browser.findElements(By.cssSelector("#pair-external-cases li")))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.getText()).startsWith("FAERS:"));
        assertThat(browser.getCurrentUrl())
                .contains("dataset=" + imported.dataSet().id());
    }

    @Test
    void aRegulatorIsToldOfAClusterAndDecidesIt() {
        receive("BROWSER-CLUSTER-1", "Alerted Amnion EV", "bacteraemia", "AL-77");
        receive("BROWSER-CLUSTER-2", "Alerted Amnion EV", "sepsis", "AL-77");

        signIn("alerts-regulator", Role.REGULATOR);
        // The rules run a moment after the reports are committed, not inside their intake.
        By raised = By.xpath("//article[contains(., 'Alerted Amnion EV, lot AL-77')]");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            driver.get(url("/regulator/alerts?lang=ja"));
            return !driver.findElements(raised).isEmpty();
        });
        var alert = browser.findElement(raised);
        assertThat(alert.getText()).contains("同一ロットによる30日以内の重篤な感染症", "bacteraemia", "sepsis");

        browser.get(url("/regulator/queue?lang=en"));
        assertThat(browser.findElement(By.id("open-alerts")).getText()).contains("open cluster alerts");

        browser.get(url("/regulator/alerts?lang=en"));
        String id = browser.findElement(By.xpath("//article[contains(., 'Alerted Amnion EV, lot AL-77')]"))
                .getAttribute("id")
                .substring("alert-".length());
        var decision = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("decision-" + id)));
        assertThat(decision.getFirstSelectedOption().getAttribute("value"))
                .as("no decision is made for the regulator")
                .isEmpty();
        browser.findElement(By.id("reason-" + id)).sendKeys("Same lot, both blood cultures positive; lot recalled.");
        browser.findElement(By.id("decide-" + id)).click();
        assertThat(browser.findElement(By.id("decision-" + id)).getAttribute("validationMessage"))
                .as("a reason alone records nothing")
                .isNotEmpty();
        decision.selectByValue("confirmed");
        clickAndWait(By.id("decide-" + id));
        assertThat(browser.findElements(By.id("alert-" + id))).isEmpty();

        browser.get(url("/regulator/alerts?status=confirmed&lang=en"));
        assertThat(browser.findElement(By.id("alert-" + id)).getText()).contains("lot recalled");

        for (String status : List.of("suspected", "confirmed", "rejected")) {
            browser.get(url("/regulator/duplicates?lang=en&status=" + status));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Suspected duplicates");
            assertThat(browser.findElements(By.cssSelector("#duplicates-empty, .duplicate-pair")))
                    .isNotEmpty();
        }
    }

    private void signIn() {
        signIn("signals-researcher", Role.RESEARCHER);
    }

    private void signIn(String name, Role role) {
        browser.manage().deleteAllCookies();
        if (accounts.find(name).isEmpty()) {
            accounts.completeSetup(accounts.invite(name, role).token(), PASSWORD);
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }

    private void receive(String id, String product, String term) {
        receive(id, product, term, null);
    }

    private void receive(String id, String product, String term, String lot) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "US",
                 "reporter": {"qualification": "physician", "country": "US"},
                 "patient": {"ageYears": %d},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "injection_local"%s}],
                 "reactions": [{"term": "%s", "seriousness": ["disability"]}]}""".formatted(
                        id,
                        LocalDate.now(),
                        18 + Math.floorMod(id.hashCode(), 70),
                        product,
                        lot == null ? "" : ", \"lot\": \"" + lot + "\"",
                        term);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(
                new SenderPrincipal("test:signals-browser-test", "signals-browser-test"),
                null,
                Channel.API,
                report.value()));
    }
}
