package org.exovigil.app.browser;

import java.time.Duration;
import org.exovigil.app.RunningExovigil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The running application and one headless Chromium per test class (starting Chromium is the slow
 * part); each test starts as a new, signed-out visitor.
 */
abstract class InBrowser extends RunningExovigil {

    static WebDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Clicks what submits a form or follows a link, and waits until the old page is gone. */
    static void clickAndWait(By target) {
        WebElement element = browser.findElement(target);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> isGone(element));
    }

    /** Chrome may report an element of a page being replaced as "not in the document" rather than stale. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return String.valueOf(replaced.getMessage()).contains("does not belong to the document");
        }
    }

    @Autowired
    JdbcClient publicSubmissions;

    /**
     * Every visitor here comes from 127.0.0.1, where in life each would come from an address of their own: the
     * public forms' hourly count per address (PublicSubmissionLimitIT tests it) starts afresh for each test.
     */
    @BeforeEach
    void forgetTheLastVisitor() {
        if (browser != null) {
            browser.manage().deleteAllCookies();
        }
        publicSubmissions.sql("delete from public_submission").update();
    }
}
