package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.exovigil.app.registry.Provider;
import org.exovigil.app.registry.Providers;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator invites a clinic person from the administration page, then links the account to the
 * clinic there; the person then sees the clinic's cases (issue 18, item 1).
 */
class ClinicStaffBrowserIT extends InBrowser {

    private static final String PASSWORD = "a long enough passphrase for tests";

    @Autowired
    Accounts accounts;

    @Autowired
    Providers providers;

    @Test
    void aClinicPersonInvitedFromTheAdministrationPageIsLinkedToTheClinicThere() {
        long clinic = providers.add(new Provider(0, "Nagoya Linking Clinic (test)", "JP", "Nagoya", null, null, false));
        signIn("linking-admin", Role.ADMIN);
        browser.get(url("/admin?lang=en"));
        browser.findElement(By.id("account-name")).sendKeys("nagoya-nurse");
        new Select(browser.findElement(By.id("account-role"))).selectByValue("PROVIDER");
        clickAndWait(By.cssSelector("form[action$='/admin/accounts'] button"));
        String link = browser.findElement(By.id("invitation-link")).getText();

        browser.manage().deleteAllCookies();
        browser.get(url(link.substring(link.indexOf("/setup/"))));
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("confirmation")).sendKeys(PASSWORD);
        clickAndWait(By.cssSelector("form[action*='/setup/'] button"));
        signIn("nagoya-nurse", Role.PROVIDER);
        browser.get(url("/provider/cases?lang=en"));
        assertThat(browser.findElement(By.id("provider-unlinked")).getText())
                .contains("administration page")
                .doesNotContain("admin user --provider");

        signIn("linking-admin", Role.ADMIN);
        browser.get(url("/admin?lang=en"));
        new Select(browser.findElement(By.id("clinic-account"))).selectByValue("nagoya-nurse");
        browser.findElement(By.id("clinic-provider")).sendKeys("999999");
        clickAndWait(By.id("link-clinic"));
        assertThat(browser.findElement(By.id("admin-refusal")).getText())
                .isEqualTo("EXO-1434: no provider with id 999999 (see the register)");

        new Select(browser.findElement(By.id("clinic-account"))).selectByValue("nagoya-nurse");
        browser.findElement(By.id("clinic-provider")).sendKeys(String.valueOf(clinic));
        clickAndWait(By.id("link-clinic"));
        assertThat(browser.findElement(By.id("clinic-linked")).getText())
                .contains("nagoya-nurse", "Nagoya Linking Clinic (test)");

        signIn("nagoya-nurse", Role.PROVIDER);
        browser.get(url("/provider/cases?lang=en"));
        assertThat(browser.findElements(By.id("provider-unlinked"))).isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Nagoya Linking Clinic (test)");
    }

    private void signIn(String name, Role role) {
        browser.manage().deleteAllCookies();
        if (accounts.find(name).isEmpty()) {
            accounts.completeSetup(accounts.invite(name, role).token(), PASSWORD);
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }
}
