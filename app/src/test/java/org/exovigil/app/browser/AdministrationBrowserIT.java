package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator invites people and issues tokens. */
class AdministrationBrowserIT extends InBrowser {

    private static final String PASSWORD = "a long enough passphrase for tests";

    @Autowired
    Accounts accounts;

    @Test
    void anInvitationOrATokenLeftAtItsRoleGetsTheLeastPrivilegedOne() {
        signIn("roles-admin");
        browser.get(url("/admin?lang=en"));
        assertThat(new Select(browser.findElement(By.id("account-role")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("RESEARCHER");
        assertThat(new Select(browser.findElement(By.id("token-role")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("RESEARCHER");

        browser.findElement(By.id("account-name")).sendKeys("invited-with-role-untouched");
        clickAndWait(By.cssSelector("form[action$='/admin/accounts'] button[type=submit]"));
        assertThat(accounts.find("invited-with-role-untouched").orElseThrow().role())
                .isEqualTo(Role.RESEARCHER);
    }

    private void signIn(String name) {
        browser.manage().deleteAllCookies();
        if (accounts.find(name).isEmpty()) {
            accounts.completeSetup(accounts.invite(name, Role.ADMIN).token(), PASSWORD);
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }
}
