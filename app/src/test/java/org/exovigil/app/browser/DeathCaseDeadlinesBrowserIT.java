package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The deadlines of a death say which duties are not due and why, each reason true of the case (issue 18, item 4). */
class DeathCaseDeadlinesBrowserIT extends InBrowser {

    private static final String PASSWORD = "a regulator's long passphrase";

    @Autowired
    Accounts accounts;

    @Test
    void theRegulatorReadsWhyTheOtherDutiesOfADeathAreNotDueWithoutContradiction() {
        browser.get(url("/report?lang=en"));
        browser.findElement(By.id("problem")).sendKeys("Death after a stem cell infusion");
        browser.findElement(By.id("whatHappened")).sendKeys("My father died two days after the infusion.");
        browser.findElement(By.cssSelector("input[name=seriousness][value=death]"))
                .click();
        new Select(browser.findElement(By.id("outcome"))).selectByValue("fatal");
        new Select(browser.findElement(By.id("productType"))).selectByValue("stem_cell");
        new Select(browser.findElement(By.id("country"))).selectByValue("JP");
        browser.findElement(By.id("clinic")).sendKeys("Shinjuku Regenerative Clinic, Tokyo");
        browser.findElement(By.id("age")).sendKeys("71");
        new Select(browser.findElement(By.id("sex"))).selectByValue("male");
        clickAndWait(By.id("send-report"));
        String reference = browser.findElement(By.id("reference")).getText();

        signInAsRegulator();
        browser.get(url("/regulator/queue?lang=en"));
        clickAndWait(By.linkText(reference));

        var notDue = browser.findElements(By.xpath("//li[contains(., 'not due')]")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(notDue)
                .isNotEmpty()
                .allSatisfy(note -> assertThat(note)
                        .doesNotContain("the case is not serious")
                        .doesNotContain("not non-serious")
                        .containsAnyOf("the case is serious", "the case is fatal or life-threatening"));
    }

    private void signInAsRegulator() {
        browser.manage().deleteAllCookies();
        String name = "deadline-regulator";
        if (accounts.find(name).isEmpty()) {
            accounts.completeSetup(accounts.invite(name, Role.REGULATOR).token(), PASSWORD);
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }
}
