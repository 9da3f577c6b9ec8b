package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A reporter sends a report, presses Back, and sends the form again: the same submission, answered with
 * the first receipt, not a second case (issue 18, item 11), on the patient's and the professional's form.
 */
class BackAndSendAgainBrowserIT extends InBrowser {

    @Test
    void sendingTheSameReportAgainAfterBackGivesTheFirstReferenceAndAnotherReportIsANewCase() {
        browser.get(url("/report?lang=en"));
        fillIn();
        clickAndWait(By.id("send-report"));
        String first = browser.findElement(By.id("reference")).getText();

        browser.navigate().back();
        // The form page is no-store: Chrome fetches it again, with a new one-time key. Whether it restores the
        // typed answers or the reporter types them again, the report is the same.
        if (browser.findElement(By.id("problem")).getAttribute("value").isEmpty()) {
            fillIn();
        }
        clickAndWait(By.id("send-report"));

        assertThat(browser.findElement(By.id("reference")).getText()).isEqualTo(first);

        // Another report from the same browser is a new case.
        browser.get(url("/report?lang=en"));
        browser.findElement(By.id("problem")).sendKeys("Headache after the second infusion");
        browser.findElement(By.id("whatHappened")).sendKeys("A severe headache the day after the second drip.");
        new Select(browser.findElement(By.id("country"))).selectByValue("JP");
        clickAndWait(By.id("send-report"));

        assertThat(browser.findElement(By.id("reference")).getText()).isNotEqualTo(first);
    }

    @Test
    void theProfessionalFormSentAgainAfterBackGivesTheFirstReference() {
        browser.get(url("/report/professional?lang=en"));
        fillInProfessional();
        clickAndWait(By.id("send-professional"));
        String first = browser.findElement(By.id("reference")).getText();

        browser.navigate().back();
        // Chrome may restore this page from its back-forward cache with the first key; a reload fetches it again
        // with a new one, as a browser that keeps no such copy does.
        browser.navigate().refresh();
        if (browser.findElement(By.id("reactions0.term")).getAttribute("value").isEmpty()) {
            fillInProfessional();
        }
        clickAndWait(By.id("send-professional"));

        assertThat(browser.findElement(By.id("reference")).getText()).isEqualTo(first);

        browser.get(url("/report/professional?lang=en"));
        browser.findElement(By.id("reactions0.term")).sendKeys("Urticaria");
        browser.findElement(By.id("products0.name")).sendKeys("Exosome facial serum");
        clickAndWait(By.id("send-professional"));

        assertThat(browser.findElement(By.id("reference")).getText()).isNotEqualTo(first);
    }

    private static void fillInProfessional() {
        browser.findElement(By.id("reactions0.term")).sendKeys("Septic arthritis");
        browser.findElement(By.id("products0.name")).sendKeys("Exo knee injection");
        browser.findElement(By.id("narrative")).sendKeys("Fever and a hot knee two days after the injection.");
    }

    private static void fillIn() {
        browser.findElement(By.id("problem")).sendKeys("Swollen knee after an exosome injection");
        browser.findElement(By.id("whatHappened"))
                .sendKeys("Two days after the knee injection it swelled and became hot.");
        new Select(browser.findElement(By.id("country"))).selectByValue("JP");
    }
}
