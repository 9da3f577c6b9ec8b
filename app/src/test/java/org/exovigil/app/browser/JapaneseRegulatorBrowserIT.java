package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
 * A regulator who reads Japanese works a case from the queue to the signals without meeting an English
 * word: every page of the walk is read whole, and any Latin-script word that is not a proper name, an
 * allowed code or the case's own data fails the walk, named with the page it was on.
 */
class JapaneseRegulatorBrowserIT extends InBrowser {

    private static final String NAME = "japanese-regulator";
    private static final String PASSWORD = "a regulator's long passphrase";

    private static final EnglishWords ENGLISH = new EnglishWords(NAME);

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    @Autowired
    ReportIntake intake;

    @Autowired
    Accounts accounts;

    @Test
    void aJapaneseRegulatorWorksACaseFromTheQueueToTheSignalsInJapanese() {
        String reference = receive();
        signIn();
        List<String> english = new ArrayList<>();

        browser.get(url("/regulator/queue?lang=ja"));
        // Other tests' cases share the database; their words are data, not the interface.
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.querySelectorAll('#queue tbody tr').forEach(r => { if (!r.textContent.includes(arguments[0])) r.remove(); })",
                        reference);
        english.addAll(englishOn("queue"));

        clickAndWait(By.linkText(reference));
        // The clock's notes are worded in Japanese like the rest of the page, not shown in English.
        assertThat(browser.findElements(By.cssSelector("#clock-notes li")))
                .isNotEmpty()
                .allSatisfy(note -> assertThat(note.getText()).containsPattern(JAPANESE));
        english.addAll(englishOn("case"));

        new Select(browser.findElement(By.id("action"))).selectByValue("CONTACT_SOURCE");
        browser.findElement(By.id("reason")).sendKeys("報告者に電話で照会");
        clickAndWait(By.id("record-step"));
        new Select(browser.findElement(By.id("whoUmc"))).selectByIndex(2);
        clickAndWait(By.id("record-causality"));
        english.addAll(englishOn("verification and causality"));

        browser.get(url("/research/signals?lang=ja"));
        browser.findElement(By.id("words")).sendKeys("敗血症");
        clickAndWait(By.id("apply-signals"));
        // Imported data sets and the plot's points are named by their data, not by the interface.
        forget("#dataset option:not([value=''])");
        forget("#ebgm-plot circle");
        english.addAll(englishOn("signals"));

        clickAndWait(By.cssSelector("#signals tbody tr td:nth-child(2) a"));
        english.addAll(englishOn("signal pair"));

        assertThat(english).isEmpty();
    }

    private static List<String> englishOn(String page) {
        return ENGLISH.on(browser, page);
    }

    private void signIn() {
        if (accounts.find(NAME).isEmpty()) {
            accounts.completeSetup(accounts.invite(NAME, Role.REGULATOR).token(), PASSWORD);
        }
        browser.get(url("/login?lang=ja"));
        browser.findElement(By.id("username")).sendKeys(NAME);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }

    private static void forget(String selector) {
        EnglishWords.forget(browser, selector);
    }

    /** A serious professional report, sent in Japanese with codes for everything coded. */
    private String receive() {
        String body = """
                {"senderReportId": "JA-WALK-1", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": 54, "sex": "female"},
                 "products": [{"role": "suspect", "name": "臍帯由来エクソソーム", "type": "culture_supernatant", "route": "iv"}],
                 "reactions": [{"term": "敗血症", "onset": "%s", "outcome": "not_recovered",
                                "seriousness": ["hospitalisation", "life_threatening"]}],
                 "narrative": "点滴の2日後に39度の熱が出て入院した。"}""".formatted(LocalDate.now(), LocalDate.now().minusDays(2));
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(
                        new SenderPrincipal("test:japanese-walk", "japanese-walk"), null, Channel.API, report.value()))
                .reference();
    }
}
