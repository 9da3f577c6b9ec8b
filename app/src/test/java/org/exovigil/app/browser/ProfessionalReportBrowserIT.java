package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.exovigil.app.security.Accounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A physician files the full E2B-shaped form; a problem in one row is shown at that row's field. */
class ProfessionalReportBrowserIT extends InBrowser {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MMddyyyy");

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPhysicianReportsTwoReactionsAndTwoProductsWithATest() {
        browser.get(url("/report/professional?lang=en"));
        new Select(browser.findElement(By.id("qualification"))).selectByValue("physician");
        browser.findElement(By.id("reporterName")).sendKeys("Dr Hana Kim");
        browser.findElement(By.id("organisation")).sendKeys("Severance Hospital");
        new Select(browser.findElement(By.id("reporterCountry"))).selectByValue("KR");
        new Select(browser.findElement(By.id("country"))).selectByValue("KR");
        browser.findElement(By.id("initials")).sendKeys("JS");
        browser.findElement(By.id("ageYears")).sendKeys("62");
        new Select(browser.findElement(By.id("sex"))).selectByValue("male");
        browser.findElement(By.id("reactions0.term")).sendKeys("Septic shock");
        browser.findElement(By.id("reactions0.onset"))
                .sendKeys(LocalDate.now().minusDays(3).format(TYPED));
        browser.findElement(By.cssSelector("input[name='reactions[0].seriousness'][value=life_threatening]"))
                .click();
        browser.findElement(By.id("reactions1.term")).sendKeys("Acute kidney injury");
        browser.findElement(By.cssSelector("input[name='reactions[1].seriousness'][value=hospitalisation]"))
                .click();
        browser.findElement(By.id("products0.name")).sendKeys("StemGlow Exosome IV");
        new Select(browser.findElement(By.id("products0.type"))).selectByValue("exosome");
        new Select(browser.findElement(By.id("products0.route"))).selectByValue("iv");
        browser.findElement(By.id("products0.lot")).sendKeys("SG-2026-11");
        browser.findElement(By.id("products0.provider")).sendKeys("Apgujeong Cell Clinic");
        new Select(browser.findElement(By.id("products1.role"))).selectByValue("concomitant");
        browser.findElement(By.id("products1.name")).sendKeys("NAD+ infusion");
        browser.findElement(By.id("tests0.name")).sendKeys("Blood culture");
        browser.findElement(By.id("tests0.result")).sendKeys("Klebsiella pneumoniae");
        browser.findElement(By.id("narrative")).sendKeys("Fever and hypotension 6 hours after an IV exosome infusion.");
        clickAndWait(By.id("send-professional"));

        String reference = browser.findElement(By.id("reference")).getText();
        var stored = jdbc.sql("""
                        select v.clinical::text from report_case c join report_version v on v.case_id = c.id
                        where c.reference = ? and c.channel = 'professional_form'""").param(reference).query(String.class).single();
        assertThat(stored)
                .contains("Septic shock", "Acute kidney injury", "concomitant", "Klebsiella pneumoniae", "SG-2026-11")
                .doesNotContain("Dr Hana Kim");
        assertThat(jdbc.sql("select fatal_or_life_threatening from report_case where reference = ?")
                        .param(reference)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aProblemInTheSecondRowIsMarkedOnThatRow() {
        browser.get(url("/report/professional?lang=en"));
        browser.findElement(By.id("reactions1.term")).sendKeys("Rash");
        browser.findElement(By.id("reactions1.onset"))
                .sendKeys(LocalDate.now().plusDays(5).format(TYPED));
        browser.findElement(By.id("products0.name")).sendKeys("Exo cream");
        clickAndWait(By.id("send-professional"));

        assertThat(browser.findElement(By.id("pro-errors")).getText()).contains("EXO-1207");
        assertThat(browser.findElement(By.id("reactions1.onset")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("reactions1.term")).getAttribute("value"))
                .isEqualTo("Rash");
    }
}
