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

    @Test
    void aRefusedDecisionKeepsTheMembersAnswersAndNamesTheUnmetItemByItsLabel() {
        long clinic =
                providers.add(new Provider(0, "Sapporo Decision Clinic (test)", "JP", "Sapporo", null, null, false));
        long id = plans.file(
                clinic,
                new PlanFiling(
                        "JP",
                        "Sapporo EV (test)",
                        "exosome",
                        "",
                        "",
                        "orthopedic_joint",
                        "iv",
                        "1e10 particles, once",
                        "3",
                        "Unapproved; risks: infection; cost 100,000 yen; you may refuse."),
                "sapporo-doctor");
        plans.declareConflict(id, "sapporo-committee", "");
        signIn("sapporo-committee");
        browser.get(url("/committee/plans/" + id + "?lang=en"));

        var items = plans.rules().checklist();
        for (var item : items) {
            String judgement = item.id().equals("release_tests") ? "not_met" : "met";
            browser.findElement(By.cssSelector("input[name='check." + item.id() + "'][value='" + judgement + "']"))
                    .click();
        }
        browser.findElement(By.id("reasons")).sendKeys("Lot release lacks a mycoplasma test.");
        browser.findElement(By.id("conditions")).sendKeys("Six-monthly lot data.");
        clickAndWait(By.id("decide"));

        String label = items.stream()
                .filter(item -> item.id().equals("release_tests"))
                .findFirst()
                .orElseThrow()
                .label(java.util.Locale.ENGLISH);
        assertThat(browser.findElement(By.id("plan-refusal")).getText())
                .isEqualTo("EXO-1606: a plan is accepted only when every required item is met, and \"" + label
                        + "\" is not");
        for (var item : items) {
            String judgement = item.id().equals("release_tests") ? "not_met" : "met";
            assertThat(browser.findElement(
                                    By.cssSelector("input[name='check." + item.id() + "'][value='" + judgement + "']"))
                            .isSelected())
                    .as(item.id())
                    .isTrue();
        }
        assertThat(browser.findElement(By.id("reasons")).getAttribute("value"))
                .isEqualTo("Lot release lacks a mycoplasma test.");
        assertThat(browser.findElement(By.id("conditions")).getAttribute("value"))
                .isEqualTo("Six-monthly lot data.");
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
