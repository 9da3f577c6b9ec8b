package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Invitation;
import org.exovigil.app.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A person in a real browser: the home page, the language switch, the setup link, signing in. */
class PortalBrowserIT extends InBrowser {

    @Autowired
    Accounts accounts;

    @Test
    void theHomePageSwitchesToJapaneseAndStaysThere() {
        browser.get(url("/?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check before you get it");

        clickAndWait(By.id("lang-ja"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("受ける前に調べる");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        clickAndWait(By.id("action-check"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("クリニック・治療を調べる");
    }

    @Test
    void aRegulatorSetsAPasswordThroughTheLinkAndSignsIn() {
        Invitation invitation = accounts.invite("regulator-in-browser", Role.REGULATOR);

        browser.get(url("/setup/" + invitation.token() + "?lang=en"));
        browser.findElement(By.id("password")).sendKeys("a passphrase for the browser");
        browser.findElement(By.id("confirmation")).sendKeys("a passphrase for the browser");
        clickAndWait(By.cssSelector("form.form button[type=submit]"));

        assertThat(browser.getCurrentUrl()).endsWith("/login?ready");
        browser.findElement(By.id("username")).sendKeys("regulator-in-browser");
        browser.findElement(By.id("password")).sendKeys("a passphrase for the browser");
        clickAndWait(By.id("sign-in-submit"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, regulator-in-browser");
        clickAndWait(By.linkText("Regulator"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Regulator");
        assertThat(browser.findElements(By.cssSelector(".tasks li"))).hasSize(10);
        assertThat(browser.findElement(By.linkText("Certified committees and their members"))
                        .getAttribute("href"))
                .endsWith("/regulator/committees");
        assertThat(browser.findElement(By.linkText(
                                "Products and lots: dossiers, specifications, release tests and consistency"))
                        .getAttribute("href"))
                .contains("/products");
        assertThat(browser.findElement(
                                By.linkText("Provision plans in the register: versions, suspension and revocation"))
                        .getAttribute("href"))
                .endsWith("/registry/plans");
    }

    @Test
    void aWrongPasswordIsSaidInThePersonsLanguage() {
        browser.get(url("/login?lang=ja"));
        browser.findElement(By.id("username")).sendKeys("nobody");
        browser.findElement(By.id("password")).sendKeys("not the password");
        clickAndWait(By.id("sign-in-submit"));

        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("名前またはパスワードが違います。");
    }
}
