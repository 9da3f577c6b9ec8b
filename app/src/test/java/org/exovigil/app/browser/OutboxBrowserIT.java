package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator invites someone with an e-mail address and, with no SMTP server configured, finds the letter in
 * the outbox: the list, the letter as written in the invitee's language, and sending it again; then the page in
 * Japanese.
 */
class OutboxBrowserIT extends InBrowser {

    private static final String PASSWORD = "a long enough passphrase for tests";

    @Autowired
    Accounts accounts;

    @Test
    void anAdministratorFindsAnInvitationLetterInTheOutboxAndSendsItAgain() {
        signIn("outbox-browser-admin");
        browser.get(url("/admin?lang=en"));
        browser.findElement(By.id("account-name")).sendKeys("outbox-browser-invitee");
        browser.findElement(By.id("account-email")).sendKeys("taro.browser@example.jp");
        new Select(browser.findElement(By.id("account-language"))).selectByValue("ja");
        clickAndWait(By.cssSelector("form[action$='/admin/accounts'] button[type=submit]"));
        assertThat(browser.findElement(By.id("invitation-mailed")).getText())
                .isEqualTo("The link is also on its way by e-mail to the address given.");
        String link = browser.findElement(By.id("invitation-link")).getText();

        clickAndWait(By.id("outbox-link"));
        assertThat(browser.findElement(By.id("no-smtp")).getText()).startsWith("No SMTP server is configured");
        var row = browser.findElement(By.xpath("//tr[td[@class='recipient' and .='taro.browser@example.jp']]"));
        assertThat(row.findElement(By.className("state")).getText()).isEqualTo("queued");
        clickAndWait(By.xpath("//tr[td[@class='recipient' and .='taro.browser@example.jp']]//a"));

        assertThat(browser.findElement(By.id("letter-kind")).getText()).isEqualTo("Invitation");
        assertThat(browser.findElement(By.id("letter-about")).getText()).isEqualTo("account:outbox-browser-invitee");
        assertThat(browser.findElement(By.id("letter-subject")).getText())
                .isEqualTo("Exovigil：アカウント「outbox-browser-invitee」のご案内");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(browser.findElement(By.id("letter-body")).getText())
                .doesNotContain(token)
                .contains("［リンクは削除済み")
                .contains("役割：研究者");
        assertThat(browser.getPageSource()).doesNotContain(token);

        clickAndWait(By.id("resend"));
        assertThat(browser.findElement(By.id("letter-resent")).getText()).startsWith("Queued again");
        assertThat(browser.findElement(By.id("letter-state")).getText()).isEqualTo("queued");

        assertThat(browser.getPageSource()).doesNotContain(token);

        browser.get(url("/admin/outbox?lang=ja"));
        assertThat(browser.getPageSource()).doesNotContain(token);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("送信箱");
        assertThat(browser.findElement(By.id("no-smtp")).getText()).startsWith("SMTP サーバーが設定されていない");
        assertThat(browser.findElement(By.xpath("//tr[td[@class='recipient' and .='taro.browser@example.jp']]"))
                        .findElement(By.className("state"))
                        .getText())
                .isEqualTo("送信待ち");
    }

    /** The browser lets "name@localhost" through (HTML's e-mail pattern needs no dot); the server does not. */
    @Test
    void anAddressThatIsNotOneIsRefusedInTheAdministratorsLanguage() {
        signIn("outbox-browser-admin");
        browser.get(url("/admin?lang=ja"));
        browser.findElement(By.id("account-name")).sendKeys("outbox-browser-two");
        browser.findElement(By.id("account-email")).sendKeys("hanako@localhost");
        clickAndWait(By.cssSelector("form[action$='/admin/accounts'] button[type=submit]"));
        assertThat(browser.findElement(By.id("admin-refusal")).getText())
                .startsWith("EXO-1900: e-mail: 「hanako@localhost」は 1 つのメールアドレス");
        assertThat(accounts.find("outbox-browser-two")).isEmpty();
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
