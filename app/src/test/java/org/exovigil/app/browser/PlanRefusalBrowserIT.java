package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.exovigil.app.plans.PlanFiling;
import org.exovigil.app.plans.ProvisionPlans;
import org.exovigil.app.registry.Provider;
import org.exovigil.app.registry.Providers;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A refused step on a plan page shows its code and its text in the reader's language, after the redirect. */
class PlanRefusalBrowserIT extends InBrowser {

    private static final String PASSWORD = "a long enough passphrase for tests";

    @Autowired
    Accounts accounts;

    @Autowired
    Providers providers;

    @Autowired
    ProvisionPlans plans;

    @Test
    void aRefusedStepIsShownWithItsCodeInEnglishOrJapanese() {
        long clinic = providers.add(new Provider(0, "Sendai Refusal Clinic (test)", "JP", "Sendai", null, null, false));
        long id = plans.file(
                clinic,
                new PlanFiling(
                        "JP",
                        "Sendai EV (test)",
                        "exosome",
                        "",
                        "",
                        "orthopedic_joint",
                        "iv",
                        "1e10 particles, once",
                        "3",
                        "Unapproved; risks: infection; cost 100,000 yen; you may refuse."),
                "sendai-doctor");
        signIn("sendai-committee");

        browser.get(url("/committee/plans/" + id + "?lang=en"));
        clickAndWait(By.id("declare"));
        assertThat(browser.findElement(By.id("plan-refusal")).getText())
                .isEqualTo("EXO-1619: declare either no conflict, or the conflict you have");

        browser.get(url("/committee/plans/" + id + "?lang=ja"));
        browser.findElement(By.id("question")).sendKeys("用量はどう測定しますか？");
        clickAndWait(By.id("ask"));
        assertThat(browser.findElement(By.id("plan-refusal")).getText())
                .isEqualTo("EXO-1602: まず、この計画についての利益相反を申告してください");
    }

    private void signIn(String name) {
        browser.manage().deleteAllCookies();
        if (accounts.find(name).isEmpty()) {
            accounts.completeSetup(accounts.invite(name, Role.COMMITTEE).token(), PASSWORD);
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }
}
