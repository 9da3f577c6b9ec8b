package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The patient's form refuses a problem that started before the person was born, naming the field, and asks
 * the reporter to confirm a problem that started before the treatment rather than refusing it (issue 18,
 * item 5).
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

        assertThat(browser.findElement(By.id("onset-confirm")).getText()).contains("2001-01-01", "2001-03-01");
        assertThat(browser.findElements(By.id("reference"))).isEmpty();

        browser.findElement(By.id("onsetBeforeTreatmentConfirmed")).click();
        clickAndWait(By.id("send-report"));

        assertThat(browser.findElement(By.id("reference")).getText()).matches("EXO-\\d{4}-\\d{7}");
    }
}
