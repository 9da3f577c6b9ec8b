package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** A patient reports harm in Japanese, with no account; a regulator finds it in the queue. */
class ReportingBrowserIT extends InBrowser {

    private static final String PASSWORD = "a regulator's long passphrase";

    @Autowired
    Accounts accounts;

    @Autowired
    ReportIntake intake;

    @Test
    void aPatientsJapaneseReportReachesTheRegulatorsQueue() {
        browser.get(url("/report?lang=ja"));
        browser.findElement(By.id("problem")).sendKeys("発熱と悪寒");
        browser.findElement(By.id("whatHappened")).sendKeys("幹細胞培養上清の点滴の2日後に39度の熱が出て、入院しました。");
        browser.findElement(By.id("problemStarted")).sendKeys("11182026");
        browser.findElement(By.cssSelector("input[name=seriousness][value=hospitalisation]"))
                .click();
        new Select(browser.findElement(By.id("productType"))).selectByValue("culture_supernatant");
        new Select(browser.findElement(By.id("route"))).selectByValue("iv");
        browser.findElement(By.id("clinic")).sendKeys("銀座エクソソーム美容クリニック 東京都中央区");
        assertThat(new Select(browser.findElement(By.id("country")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("JP");
        browser.findElement(By.id("age")).sendKeys("54");
        new Select(browser.findElement(By.id("sex"))).selectByValue("female");
        clickAndWait(By.id("send-report"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("報告を受け付けました");
        String reference = browser.findElement(By.id("reference")).getText();
        assertThat(reference).matches("EXO-\\d{4}-\\d{7}");

        signInAsRegulator();
        browser.get(url("/regulator/queue?lang=ja"));
        var row = browser.findElement(By.xpath("//table[@id='queue']//tr[td/a[text()='" + reference + "']]"));
        assertThat(row.getText()).contains("発熱と悪寒", "JP", "重篤", "一般からの報告", "未検証");

        browser.findElement(By.id("text")).sendKeys("銀座エクソソーム");
        clickAndWait(By.id("apply-filter"));
        assertThat(browser.findElements(By.cssSelector("#queue tbody tr"))).hasSize(1);

        clickAndWait(By.linkText(reference));
        assertThat(browser.findElement(By.id("versions")).getText()).contains("第1版");
        assertThat(browser.findElement(By.cssSelector("p.narrative")).getText()).contains("39度の熱");
        assertThat(browser.findElements(By.xpath("//main//form[following::p[@class='narrative']]")))
                .as("the facts of the case come before the forms that act on it")
                .isEmpty();

        new Select(browser.findElement(By.id("action"))).selectByValue("CONFIRM");
        browser.findElement(By.id("reason")).sendKeys("記録を確認");
        clickAndWait(By.id("record-step"));
        assertThat(browser.findElement(By.id("verification-refusal")).getText()).startsWith("EXO-1411");

        new Select(browser.findElement(By.id("action"))).selectByValue("CONTACT_SOURCE");
        browser.findElement(By.id("reason")).sendKeys("報告者に電話で照会");
        clickAndWait(By.id("record-step"));
        assertThat(browser.findElement(By.id("verification-steps")).getText()).contains("報告者に照会済み", "報告者に電話で照会");
    }

    @Test
    void aPatientAddsInformationLaterWithTheReferenceAndCodeAndTheRegulatorReadsIt() {
        browser.get(url("/report?lang=ja"));
        browser.findElement(By.id("problem")).sendKeys("腕の腫れ");
        browser.findElement(By.id("whatHappened")).sendKeys("注射した腕が赤く腫れました。");
        clickAndWait(By.id("send-report"));
        String reference = browser.findElement(By.id("reference")).getText();
        String code = browser.findElement(By.id("follow-up-code")).getText();

        clickAndWait(By.id("add-more"));
        assertThat(browser.findElement(By.id("reference")).getAttribute("value"))
                .isEqualTo(reference);
        browser.findElement(By.id("code")).sendKeys("WRONG-CODE-1234");
        browser.findElement(By.id("text")).sendKeys("クリニック名は青山スキンラボです。");
        clickAndWait(By.id("send-more"));
        assertThat(browser.findElement(By.id("more-problem")).getText()).contains("見つかりません");

        browser.findElement(By.id("code")).sendKeys(code.toLowerCase());
        clickAndWait(By.id("send-more"));
        assertThat(browser.findElement(By.id("more-added")).getText()).contains(reference);

        signInAsRegulator();
        browser.get(url("/regulator/queue?view=new_information&lang=ja"));
        clickAndWait(By.linkText(reference));
        assertThat(browser.findElement(By.id("additions")).getText()).contains("青山スキンラボ");

        new Select(browser.findElement(By.id("askedOf"))).selectByValue("clinic");
        browser.findElement(By.id("question")).sendKeys("使用した製品のロット番号を教えてください。");
        clickAndWait(By.id("ask"));
        assertThat(browser.findElement(By.id("follow-up-requests")).getText()).contains("医療機関", "ロット番号", "回答待ち");
    }

    @Test
    void aRegulatorClosesACaseAndItsHistorySaysWhy() {
        // Through the intake rather than the public form, whose hourly limit the other tests use up.
        var report = (Checked.Accepted<IndividualCaseSafetyReport>)
                ReportJson.read("""
                {"senderReportId": "BROWSER-CLOSE-%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": 41},
                 "products": [{"role": "suspect", "name": "Closed Case EV", "type": "exosome", "route": "injection_local"}],
                 "reactions": [{"term": "injection site itching"}]}""".formatted(UUID.randomUUID(), LocalDate.now()));
        var receipt = intake.receive(new Submission(
                new SenderPrincipal("test:reporting-browser-test", "reporting-browser-test"),
                null,
                Channel.API,
                report.value()));

        signInAsRegulator();
        browser.get(url("/regulator/reports/" + receipt.id() + "?lang=en"));
        new Select(browser.findElement(By.id("action"))).selectByValue("CLOSE");
        browser.findElement(By.id("reason")).sendKeys("Non-serious, resolved; nothing more to learn");
        clickAndWait(By.id("record-step"));

        assertThat(browser.findElement(By.id("case-closed")).getText())
                .startsWith("Closed on ")
                .endsWith("by queue-regulator: Non-serious, resolved; nothing more to learn");
    }

    @Test
    void aReportWithoutTheProblemIsSentBackWithTheFieldMarked() {
        browser.get(url("/report?lang=en"));
        browser.findElement(By.id("whatHappened")).sendKeys("Something went wrong.");
        clickAndWait(By.id("send-report"));

        assertThat(browser.findElement(By.id("problem")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("whatHappened")).getAttribute("value"))
                .isEqualTo("Something went wrong.");
    }

    private void signInAsRegulator() {
        browser.manage().deleteAllCookies();
        String name = "queue-regulator";
        if (accounts.find(name).isEmpty()) {
            accounts.completeSetup(accounts.invite(name, Role.REGULATOR).token(), PASSWORD);
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }
}
