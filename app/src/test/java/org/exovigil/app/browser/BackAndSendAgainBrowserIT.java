package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A reporter sends a report, presses Back, and sends the form again: the same submission, answered with
 * the first receipt, not a second case (issue 18, item 11).
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

    private static void fillIn() {
        browser.findElement(By.id("problem")).sendKeys("Swollen knee after an exosome injection");
        browser.findElement(By.id("whatHappened"))
                .sendKeys("Two days after the knee injection it swelled and became hot.");
        new Select(browser.findElement(By.id("country"))).selectByValue("JP");
    }
}
