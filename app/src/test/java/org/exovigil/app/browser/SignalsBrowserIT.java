package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A researcher reads the signal table, narrows it, and opens the reports behind a pair. */
class SignalsBrowserIT extends InBrowser {

    private static final String PASSWORD = "a researcher's long passphrase";

    @Autowired
    ReportIntake intake;

    @Autowired
    Accounts accounts;

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
                .contains("Plotted Amnion EV", "plotted endophthalmitis", "4");

        clickAndWait(By.linkText("plotted endophthalmitis"));
        assertThat(browser.findElements(By.cssSelector("#pair-cases li"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("#pair-cases a"))).isEmpty();
    }

    private void signIn() {
        String name = "signals-researcher";
        if (accounts.find(name).isEmpty()) {
            accounts.completeSetup(accounts.invite(name, Role.RESEARCHER).token(), PASSWORD);
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }

    private void receive(String id, String product, String term) {
        String body =
                """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "US",
                 "reporter": {"qualification": "physician", "country": "US"},
                 "patient": {"ageYears": 66},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "injection_local"}],
                 "reactions": [{"term": "%s", "seriousness": ["disability"]}]}"""
                        .formatted(id, LocalDate.now(), product, term);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission("signals-browser-test", null, Channel.API, report.value()));
    }
}
