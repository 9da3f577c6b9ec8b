package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.exovigil.app.CaseCounting;
import org.exovigil.app.registry.Provider;
import org.exovigil.app.registry.Providers;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.app.signals.ClusterAlerts;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A regulator takes a signal from a cluster alert through the steps of GVP Module IX to a lot hold; a patient
 * checking the clinic sees the hold; a regulator who reads Japanese reads the signal's page in Japanese.
 */
class SignalManagementBrowserIT extends InBrowser {

    private static final String PASSWORD = "a regulator's long passphrase";
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String CLINIC = "Held Lot Clinic " + RUN;
    private static final String LOT = "HB-" + RUN;

    /** Words that stay as they are in Japanese text: the method's names and codes. */
    private static final Pattern ALLOWED =
            Pattern.compile("Exovigil|English|EMA|GVP|Module|IX|IC025|vigiRank|docs|signal-management|md");

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}0-9-]*");

    @Autowired
    ReportIntake intake;

    @Autowired
    Accounts accounts;

    @Autowired
    Providers providers;

    @Autowired
    ClusterAlerts alerts;

    @Autowired
    CaseCounting watch;

    @Test
    void aRegulatorTakesAClusterToALotHoldAndThePublicSeesItThenAJapaneseReaderReadsTheSignal() {
        long clinic = providers.add(new Provider(0, CLINIC, "US", "Lincoln", null, null, false));
        receive("HB-1", "sepsis");
        receive("HB-2", "bacteraemia");
        watch.follow();

        signIn("signal-regulator", "en");
        browser.get(url("/regulator/alerts?lang=en"));
        var alert = browser.findElement(By.xpath("//article[contains(., 'Held Amnion EV, lot " + LOT + "')]"));
        String alertId = alert.getAttribute("id").substring("alert-".length());
        clickAndWait(By.id("raise-alert-" + alertId + "-button"));

        assertThat(browser.findElement(By.id("signal-status")).getText()).isEqualTo("detected, to be validated");
        assertThat(browser.findElement(By.id("signal-description")).getText()).contains(LOT);
        String signalUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");

        step("validate", "two serious infections, one lot, within days", "blood cultures of both cases");
        assertThat(browser.findElement(By.id("signal-status")).getText()).isEqualTo("validated");
        step("prioritise", "serious, recent, sepsis", "");
        assertThat(browser.findElement(By.id("signal-priority")).getText()).isEqualTo("high");
        step("assess", "contamination of the lot is likely", "the lot's release tests");
        step("recommend", "hold the lot until sterility is retested", "");
        assertThat(browser.findElement(By.id("signal-status")).getText()).isEqualTo("recommendation made");

        new Select(browser.findElement(By.id("kind"))).selectByValue("lot_hold");
        assertThat(new Select(browser.findElement(By.id("lot")))
                        .getFirstSelectedOption()
                        .getText())
                .as("the alert's lot is chosen")
                .endsWith(LOT);
        browser.findElement(By.id("owner")).sendKeys("quality team");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.getElementById('dueOn').value = arguments[0]",
                        LocalDate.now().plusDays(14).toString());
        browser.findElement(By.id("action-reason")).sendKeys("pending a sterility retest");
        clickAndWait(By.id("take-action"));
        assertThat(browser.findElements(By.id("signal-refusal"))).isEmpty();
        assertThat(browser.findElement(By.id("action-1")).getText()).contains("lot hold", LOT, "quality team", "open");
        assertThat(browser.findElement(By.id("signal-lot-restrictions")).getText())
                .contains("On hold", LOT);
        assertThat(browser.findElement(By.id("signal-history")).getText()).contains("raised", "lot held");

        browser.manage().deleteAllCookies();
        browser.get(url("/check?lang=en"));
        browser.findElement(By.id("q")).sendKeys(CLINIC);
        clickAndWait(By.cssSelector("form.search button"));
        assertThat(browser.findElement(By.id("held-lots-" + clinic)).getText())
                .contains("On hold: Held Amnion EV, lot " + LOT, "Do not use this lot");
        clickAndWait(By.cssSelector(".clinic-details"));
        assertThat(browser.findElement(By.id("clinic-lot-restrictions")).getText())
                .contains("On hold: Held Amnion EV, lot " + LOT);

        signIn("signal-regulator-ja", "ja");
        browser.get(signalUrl + "?lang=ja");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("シグナル");
        assertThat(browser.findElement(By.id("signal-status")).getText()).isEqualTo("勧告済み");
        assertThat(browser.findElement(By.id("action-1")).getText()).contains("ロットの保留", "実施中");
        assertThat(browser.findElement(By.id("signal-lot-restrictions")).getText())
                .contains("保留中");
        // What people wrote and the register's names are data, not the interface; the audit detail is marked English.
        for (String data : List.of(
                "#signal-description",
                "#signal-steps li > span",
                "#signal-steps ul",
                // Last column first: removing a cell shifts the ones after it.
                "#signal-actions td:nth-child(6) > span",
                "#signal-actions td:nth-child(3)",
                "#signal-actions td:nth-child(2)",
                "#signal-facts dd:last-of-type",
                "#signal-history li > span:nth-child(2)",
                "#signal-lot-restrictions",
                "#lot option",
                "main [lang=\"en\"]",
                "header",
                "footer")) {
            forget(data);
        }
        assertThat(englishOn()).isEmpty();
    }

    private void step(String step, String reason, String evidence) {
        new Select(browser.findElement(By.id("step"))).selectByValue(step);
        browser.findElement(By.id("reason")).sendKeys(reason);
        browser.findElement(By.id("evidence")).sendKeys(evidence);
        clickAndWait(By.id("record-step"));
        assertThat(browser.findElements(By.id("signal-refusal"))).as(step).isEmpty();
    }

    private static List<String> englishOn() {
        String text = browser.findElement(By.tagName("main")).getText();
        Set<String> words = new LinkedHashSet<>();
        var matcher = LATIN_WORD.matcher(text);
        while (matcher.find()) {
            if (!ALLOWED.matcher(matcher.group()).matches()) {
                words.add(matcher.group());
            }
        }
        return List.copyOf(words);
    }

    private static void forget(String selector) {
        ((JavascriptExecutor) browser)
                .executeScript("document.querySelectorAll(arguments[0]).forEach(e => e.remove())", selector);
    }

    private void signIn(String name, String language) {
        browser.manage().deleteAllCookies();
        if (accounts.find(name).isEmpty()) {
            accounts.completeSetup(accounts.invite(name, Role.REGULATOR).token(), PASSWORD);
        }
        browser.get(url("/login?lang=" + language));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }

    private void receive(String id, String term) {
        String body = """
                {"senderReportId": "%s-%s", "receivedOn": "%s", "country": "US",
                 "reporter": {"qualification": "physician", "country": "US"},
                 "patient": {"ageYears": 47, "sex": "male"},
                 "products": [{"role": "suspect", "name": "Held Amnion EV", "type": "exosome", "route": "iv",
                               "lot": "%s", "provider": "%s"}],
                 "reactions": [{"term": "%s", "onset": "%s", "seriousness": ["hospitalisation"]}]}""".formatted(
                id, RUN, LocalDate.now(), LOT, CLINIC, term, LocalDate.now().minusDays(2));
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(
                new SenderPrincipal("test:signal-browser", "signal-browser"), null, Channel.API, report.value()));
    }
}
