package org.exovigil.app.browser;

import org.exovigil.app.RunningExovigil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

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

    @BeforeEach
    void forgetTheLastVisitor() {
        if (browser != null) {
            browser.manage().deleteAllCookies();
        }
    }
}
