package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A regulator records a rumour of a death, asks a clinic for the facts citing ASRM Art 24, keeps its letter as
 * evidence and proposes a refutation; deciding alone is refused; a second regulator countersigns and closes it; the
 * public reads the answer in Japanese (issue 20).
 */
class EventsBrowserIT extends InBrowser {

    private static final String PASSWORD = "a regulator's long passphrase";

    @Autowired
    Accounts accounts;

    @Test
    void aRumourOfADeathIsFollowedToACountersignedDecisionAndItsPublicPageInJapanese() throws Exception {
        signIn("events-regulator-a");
        browser.get(url("/regulator/events?lang=en"));
        new Select(browser.findElement(By.id("source"))).selectByValue("rumour");
        browser.findElement(By.id("sourceName")).sendKeys("a caller to the ministry");
        date("sourceDate", LocalDate.now().minusDays(2));
        browser.findElement(By.id("text")).sendKeys("A patient is said to have died after an exosome drip in Sapporo.");
        new Select(browser.findElement(By.id("outcome"))).selectByValue("death");
        browser.findElement(By.id("product")).sendKeys("exosome");
        browser.findElement(By.id("place")).sendKeys("Sapporo");
        browser.findElement(By.id("country")).sendKeys("JP");
        clickAndWait(By.id("record-event"));
        String eventPage = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("event-status")).getText()).isEqualTo("open");

        new Select(browser.findElement(By.id("addresseeKind"))).selectByValue("clinic");
        browser.findElement(By.id("addressee")).sendKeys("Sapporo Exosome Clinic");
        browser.findElement(By.id("asked")).sendKeys("Did a patient die after a drip? Send the treatment record.");
        date("dueOn", LocalDate.now().plusDays(10));
        new Select(browser.findElement(By.id("power"))).selectByValue("jp.asrm_24");
        clickAndWait(By.id("send-request"));
        assertThat(browser.findElement(By.id("evidence-requests")).getText()).contains("ASRM Art 24");

        Path letter = Files.createTempFile("clinic-letter", ".txt");
        Files.writeString(letter, "The patient was treated on 2 October and is alive.\n", StandardCharsets.UTF_8);
        new Select(browser.findElement(By.id("request"))).selectByIndex(1);
        browser.findElement(By.id("description")).sendKeys("Clinic's letter: the patient is alive");
        browser.findElement(By.id("suppliedBy")).sendKeys("Sapporo Exosome Clinic");
        date("suppliedOn", LocalDate.now());
        browser.findElement(By.id("document")).sendKeys(letter.toAbsolutePath().toString());
        clickAndWait(By.id("record-evidence"));
        assertThat(browser.findElement(By.id("evidence-items")).getText()).contains("Clinic's letter", "clinic-letter");

        new Select(browser.findElement(By.id("decision-choice"))).selectByValue("refuted");
        browser.findElement(By.id("decision-reason")).sendKeys("The clinic's letter shows the patient alive.");
        clickAndWait(By.id("propose-decision"));
        assertThat(browser.findElement(By.id("event-refusal")).getText()).startsWith("EXO-1415");
        new Select(browser.findElement(By.id("decision-choice"))).selectByValue("refuted");
        browser.findElement(By.cssSelector("input[name=evidence]")).click();
        browser.findElement(By.id("decision-reason")).sendKeys("The clinic's letter shows the patient alive.");
        clickAndWait(By.id("propose-decision"));
        assertThat(browser.findElement(By.id("pending-proposal")).getText()).contains("second regulator");
        browser.findElement(By.id("countersign-reason")).sendKeys("I agree with myself");
        clickAndWait(By.id("countersign"));
        assertThat(browser.findElement(By.id("event-refusal")).getText()).startsWith("EXO-1418");

        signIn("events-regulator-b");
        browser.get(eventPage + "?lang=ja");
        browser.findElement(By.id("countersign-reason")).sendKeys("書簡を確認しました");
        clickAndWait(By.id("countersign"));
        assertThat(browser.findElement(By.id("event-decision")).getText()).contains("否定", "events-regulator-b");
        browser.findElement(By.id("close-reason")).sendKeys("否定：報告すべき症例なし");
        assertThat(browser.findElement(By.id("public-statement-warning")).getText())
                .contains("公開ページ", "個人");
        browser.findElement(By.id("public-statement")).sendKeys("診療所の書面により、患者は治療後に生存していることが確認されました。");
        clickAndWait(By.id("close-event"));
        clickAndWait(By.id("public-page"));

        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(browser.findElement(By.id("public-decision")).getText()).startsWith("否定");
        assertThat(browser.findElement(By.id("public-countersigned")).getText()).contains("副署");
        assertThat(browser.findElement(By.id("public-statement")).getText()).contains("生存していることが確認されました");
        assertThat(browser.findElement(By.id("public-statement")).getAttribute("lang"))
                .isEqualTo("ja");
        assertThat(browser.findElement(By.id("checks")).getText()).contains("クリニック");
        assertThat(page)
                .contains("死亡", "Sapporo")
                .doesNotContain("a caller to the ministry", "Sapporo Exosome Clinic", "events-regulator-a");
        browser.get(url("/check/events?lang=ja"));
        assertThat(browser.findElement(By.id("public-events")).getText()).contains("死亡が申し立てられました");

        browser.get(url("/regulator/decisions?lang=en"));
        assertThat(browser.findElement(By.id("time-to-decision")).getText()).contains("Event");
    }

    /** Date inputs take their value in ISO form whatever the browser's locale shows. */
    private static void date(String id, LocalDate day) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), day.toString());
    }

    private void signIn(String name) {
        browser.manage().deleteAllCookies();
        if (accounts.find(name).isEmpty()) {
            accounts.completeSetup(accounts.invite(name, Role.REGULATOR).token(), PASSWORD);
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }
}
