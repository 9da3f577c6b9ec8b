package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21: a patient's words are coded after the report is in; a regulator confirms the suggested code on the case
 * page, which the audit log records; the patient reads their report back in lay words, never as a code.
 */
class CodingBrowserIT extends InBrowser {

    private static final String PASSWORD = "suggestions confirmed by a careful reader";
    private static final String REGULATOR = "coding-regulator";

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportIntake intake;

    @Test
    void aRegulatorConfirmsTheSuggestedCodeAndThePatientReadsItInLayWords() {
        browser.get(url("/report?lang=ja"));
        browser.findElement(By.id("problem")).sendKeys("発熱");
        browser.findElement(By.id("whatHappened")).sendKeys("点滴の翌日に熱が出ました。");
        clickAndWait(By.id("send-report"));
        String reference = browser.findElement(By.id("reference")).getText();
        String followUpCode = browser.findElement(By.id("follow-up-code")).getText();
        assertThat(browser.findElement(By.id("your-reactions")).getText()).contains("発熱");

        UUID id = jdbc.sql("select id from report_case where reference = ?")
                .param(reference)
                .query(UUID.class)
                .single();
        awaitCoded(id);

        signIn();
        browser.get(url("/regulator/reports/" + id + "?lang=en"));
        var code = browser.findElement(By.id("code-0"));
        assertThat(code.getText()).contains("suggested", "EXO:pyrexia", "Pyrexia", "score");
        assertThat(browser.findElement(By.cssSelector("#coding-0 .verbatim")).getDomAttribute("translate"))
                .isEqualTo("no");
        assertThat(browser.findElement(By.id("top-codes-0")).getText()).contains("EXO:pyrexia");

        browser.findElement(By.id("code-query-0")).sendKeys("頭痛");
        clickAndWait(By.cssSelector("#search-code-0 button"));
        assertThat(browser.findElement(By.id("found-codes-0")).getText()).contains("EXO:headache");

        clickAndWait(By.id("confirm-code-0"));
        assertThat(browser.findElement(By.id("code-0")).getText())
                .contains("confirmed", "EXO:pyrexia", "by " + REGULATOR);
        assertThat(browser.findElements(By.id("confirm-code-0"))).isEmpty();
        assertThat(jdbc.sql("select actor || ' ' || detail from audit_event where subject = ? and action = ?")
                        .params("report-id:" + id, "reaction.code.confirmed")
                        .query(String.class)
                        .single())
                .startsWith(REGULATOR + " reaction=0 code=EXO:pyrexia");

        browser.manage().deleteAllCookies();
        browser.get(url("/report/more?lang=ja&reference=" + reference));
        browser.findElement(By.id("code")).sendKeys(followUpCode);
        browser.findElement(By.id("text")).sendKeys("熱は三日で下がりました。");
        clickAndWait(By.id("send-more"));
        String readBack = browser.findElement(By.id("your-reactions")).getText();
        assertThat(readBack).contains("熱が出た").doesNotContain("EXO:").doesNotContainPattern("\\d{8}");
    }

    @Test
    void aRegulatorReviewsACodeAMeddraUpgradeChanged() {
        var report = (Checked.Accepted<IndividualCaseSafetyReport>)
                ReportJson.read("""
                {"senderReportId": "BROWSER-RECODE-%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "products": [{"role": "suspect", "name": "Recode EV", "type": "exosome", "route": "iv"}],
                 "reactions": [{"term": "hot blood"}]}""".formatted(UUID.randomUUID(), LocalDate.now()));
        UUID id = intake.receive(new Submission(
                        new SenderPrincipal("test:coding-browser", "coding-browser"),
                        null,
                        Channel.API,
                        report.value()))
                .id();
        long change = jdbc.sql("""
                        insert into reaction_recode (case_id, reaction, kind, old_version, old_llt_code, old_pt_code,
                            new_version, new_llt_code, new_pt_code)
                        values (?, 0, 'moved', '90.0', 83000003, 82000001, '90.1', 83000003, 82000003) returning id""").param(id).query(Long.class).single();

        signIn();
        browser.get(url("/regulator/coding?lang=ja"));
        var row = browser.findElement(By.id("change-" + change));
        assertThat(row.getText()).contains("別の PT に移動", "MedDRA 90.0 LLT 83000003（PT 82000001）", "MedDRA 90.1");
        clickAndWait(By.id("review-" + change));
        assertThat(browser.findElement(By.id("change-" + change)).getText()).contains(REGULATOR, "確認");
        assertThat(browser.findElements(By.id("review-" + change))).isEmpty();
        assertThat(jdbc.sql("select actor from audit_event where action = 'reaction.recode.reviewed' and subject = ?")
                        .param("reaction-recode:" + change)
                        .query(String.class)
                        .single())
                .isEqualTo(REGULATOR);
    }

    private void awaitCoded(UUID id) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> jdbc.sql("select count(*) from reaction_code where case_id = ?")
                                .param(id)
                                .query(Long.class)
                                .single()
                        > 0);
    }

    private void signIn() {
        browser.manage().deleteAllCookies();
        if (accounts.find(REGULATOR).isEmpty()) {
            accounts.completeSetup(accounts.invite(REGULATOR, Role.REGULATOR).token(), PASSWORD);
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(REGULATOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }
}
