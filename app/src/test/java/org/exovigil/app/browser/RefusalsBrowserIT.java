package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A refusal reads in the reader's language: its code first, then its text in English or in Japanese. */
class RefusalsBrowserIT extends InBrowser {

    private static final String PASSWORD = "a refused regulator's passphrase";

    @Autowired
    Accounts accounts;

    @Autowired
    ReportIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJapaneseReaderReadsTheAppsRefusalInJapaneseWithItsParticulars() {
        long product = jdbc.sql(
                        "insert into product (name, type) values ('Refusal Spec EV (test)', 'exosome') returning id")
                .query(Long.class)
                .single();
        signInAsRegulator();

        browser.get(url("/registry/products/" + product + "?lang=ja"));
        type("particleConcentrationMin", "1e11");
        type("particleConcentrationMax", "1e9");
        type("specReason", "逆にした規格");
        clickAndWait(By.id("save-specification"));

        assertThat(browser.findElement(By.id("product-refusal")).getText())
                .isEqualTo("EXO-1714: particle_concentration: 最小値 1e11 が最大値 1e9 を上回っています");
    }

    @Test
    void aRefusalOfTheVigilanceCoreKeepsItsDetailAndGivesAJapaneseReaderItsMeaning() {
        UUID id = receive("REFUSAL-JA-1");
        signInAsRegulator();

        confirmBeforeTheSourceIsContacted(id, "ja");
        String japanese = browser.findElement(By.id("verification-refusal")).getText();
        confirmBeforeTheSourceIsContacted(id, "en");
        String english = browser.findElement(By.id("verification-refusal")).getText();

        assertThat(english).startsWith("EXO-1411: ").doesNotContain("（");
        assertThat(japanese).isEqualTo(english + "（検証の状態はその向きには進めません）");
    }

    @Test
    void aFormTheCoreRefusesIsMarkedWithTheProblemsMeaningInJapanese() {
        browser.get(url("/report/professional?lang=ja"));
        browser.findElement(By.id("reactions1.term")).sendKeys("発疹");
        browser.findElement(By.id("reactions1.onset"))
                .sendKeys(LocalDate.now().plusDays(5).format(DateTimeFormatter.ofPattern("MMddyyyy")));
        browser.findElement(By.id("products0.name")).sendKeys("エクソソームクリーム");
        clickAndWait(By.id("send-professional"));

        assertThat(browser.findElement(By.id("pro-errors")).getText()).contains("EXO-1207", "（報告の二つの日付が矛盾しています）");
    }

    private void confirmBeforeTheSourceIsContacted(UUID id, String language) {
        browser.get(url("/regulator/reports/" + id + "?lang=" + language));
        new Select(browser.findElement(By.id("action"))).selectByValue("CONFIRM");
        browser.findElement(By.id("reason")).sendKeys("looks right");
        clickAndWait(By.id("record-step"));
    }

    private static void type(String field, String text) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private UUID receive(String senderReportId) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": 61},
                 "products": [{"role": "suspect", "name": "Refusal Pulp EV", "type": "exosome"}],
                 "reactions": [{"term": "fever", "seriousness": ["hospitalisation"]}]}""".formatted(senderReportId, LocalDate.now());
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(
                        new SenderPrincipal("test:refusals", "refusals"), null, Channel.API, report.value()))
                .id();
    }

    private void signInAsRegulator() {
        String name = "refusal-regulator";
        if (accounts.find(name).isEmpty()) {
            accounts.completeSetup(accounts.invite(name, Role.REGULATOR).token(), PASSWORD);
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }
}
