package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The patient's form refuses a problem that started before the person was born, naming the field, and asks
 * the reporter to confirm a problem that started before the treatment rather than refusing it (issue 18,
 * item 5). The professional's form does the same by its reactions' onsets, the patient's birth date and each
 * suspect product's first dose.
 */
class ImplausibleDatesBrowserIT extends InBrowser {

    @Test
    void anOnsetBeforeBirthIsRefusedAtTheFieldAndAnOnsetBeforeTheTreatmentIsConfirmed() {
        browser.get(url("/report?lang=en"));
        browser.findElement(By.id("problem")).sendKeys("Joint pain");
        browser.findElement(By.id("whatHappened")).sendKeys("My knee hurt badly after the exosome injections.");
        browser.findElement(By.id("problemStarted")).sendKeys("01012001");
        browser.findElement(By.id("treatedOn")).sendKeys("03012001");
        new Select(browser.findElement(By.id("country"))).selectByValue("JP");
        browser.findElement(By.id("age")).sendKeys("20");
        clickAndWait(By.id("send-report"));

        assertThat(browser.findElement(By.id("problemStarted")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("problemStarted-error")).getText())
                .contains("before the person was born", "20");
        assertThat(browser.findElements(By.id("reference"))).isEmpty();

        browser.findElement(By.id("age")).clear();
        browser.findElement(By.id("age")).sendKeys("60");
        clickAndWait(By.id("send-report"));

        assertThat(browser.findElement(By.id("onset-confirm")).getText()).contains("Jan 1, 2001", "Mar 1, 2001");
        assertThat(browser.findElements(By.id("reference"))).isEmpty();

        browser.findElement(By.id("onsetBeforeTreatmentConfirmed")).click();
        clickAndWait(By.id("send-report"));

        assertThat(browser.findElement(By.id("reference")).getText()).matches("EXO-\\d{4}-\\d{7}");
    }

    @Test
    void theProfessionalFormRefusesAnOnsetBeforeTheBirthDateByReactionAndAsksToConfirmAnOnsetBeforeTheFirstDose() {
        browser.get(url("/report/professional?lang=en"));
        browser.findElement(By.id("birthDate")).sendKeys("06152001");
        browser.findElement(By.id("reactions0.term")).sendKeys("Knee effusion");
        browser.findElement(By.id("reactions0.onset")).sendKeys("03012024");
        browser.findElement(By.id("reactions1.term")).sendKeys("Arthralgia");
        browser.findElement(By.id("reactions1.onset")).sendKeys("01012001");
        browser.findElement(By.id("products0.name")).sendKeys("Exo knee injection");
        browser.findElement(By.id("products0.startedOn")).sendKeys("02012024");
        clickAndWait(By.id("send-professional"));

        assertThat(browser.findElement(By.id("reactions1.onset")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("reactions0.onset")).getAttribute("aria-invalid"))
                .isEqualTo("false");
        assertThat(browser.findElement(By.id("pro-errors")).getText())
                .contains("Reaction 2: the onset Jan 1, 2001 is before the patient was born (Jun 15, 2001)");
        assertThat(browser.findElements(By.id("reference"))).isEmpty();

        var onset = browser.findElement(By.id("reactions1.onset"));
        onset.clear();
        onset.sendKeys("01012024");
        clickAndWait(By.id("send-professional"));

        assertThat(browser.findElement(By.id("onset-confirm")).getText())
                .contains("Reaction 2 (Arthralgia) started on Jan 1, 2024, before the first dose of product 1")
                .doesNotContain("Reaction 1");
        assertThat(browser.findElements(By.id("reference"))).isEmpty();

        browser.findElement(By.id("onsetBeforeTreatmentConfirmed")).click();
        clickAndWait(By.id("send-professional"));

        assertThat(browser.findElement(By.id("reference")).getText()).matches("EXO-\\d{4}-\\d{7}");
    }

    @Test
    void theProfessionalFormIsInTheReadersLanguage() {
        browser.get(url("/report/professional?lang=ja"));
        browser.findElement(By.id("birthDate")).sendKeys("06152001");
        browser.findElement(By.id("reactions0.term")).sendKeys("関節痛");
        browser.findElement(By.id("reactions0.onset")).sendKeys("01012001");
        browser.findElement(By.id("products0.name")).sendKeys("エクソソーム注射");
        clickAndWait(By.id("send-professional"));

        assertThat(browser.findElement(By.id("pro-errors")).getText())
                .contains("有害事象 1：発現日 2001/01/01 が患者の生年月日（2001/06/15）より前");
    }
}
