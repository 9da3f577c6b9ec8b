package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.exovigil.app.plans.PlanFiling;
import org.exovigil.app.plans.ProvisionPlans;
import org.exovigil.app.registry.Provider;
import org.exovigil.app.registry.ProviderStaff;
import org.exovigil.app.registry.Providers;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Right after acceptance, the clinic's plan page says when the first yearly report can be filed, in the
 * reader's language, instead of offering a form that is then refused (issue 18, item 2).
 */
class AnnualReportBrowserIT extends InBrowser {

    /** A day as a Japanese reader reads it, CLDR's medium date for ja. */
    private static final DateTimeFormatter JAPANESE_DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private static final String PASSWORD = "a long enough passphrase for tests";

    @Autowired
    Accounts accounts;

    @Autowired
    ProviderStaff staff;

    @Autowired
    Providers providers;

    @Autowired
    ProvisionPlans plans;

    @Test
    void aJustAcceptedPlanShowsWhenItsFirstYearlyReportOpensInsteadOfAFormThatIsRefused() {
        long clinic = providers.add(new Provider(0, "Kobe Yearly Clinic (test)", "JP", "Kobe", null, null, false));
        if (accounts.find("kobe-doctor").isEmpty()) {
            accounts.completeSetup(
                    staff.invite("kobe-doctor", Role.PROVIDER, clinic).token(), PASSWORD);
        }
        long id = plans.file(
                clinic,
                new PlanFiling(
                        "JP",
                        "Kobe EV (test)",
                        "exosome",
                        "",
                        "",
                        "orthopedic_joint",
                        "iv",
                        "1e10 particles, once",
                        "3",
                        "Unapproved; risks: infection; cost 100,000 yen; you may refuse."),
                "kobe-doctor");
        plans.declareConflict(id, "kobe-committee", "");
        Map<String, String> allMet = new HashMap<>();
        plans.rules().checklist().forEach(item -> allMet.put(item.id(), "met"));
        assertThat(plans.decide(id, "kobe-committee", true, allMet, "Complete.", "")
                        .isDone())
                .isTrue();
        LocalDate accepted = plans.find(id)
                .orElseThrow()
                .decidedAt()
                .atOffset(ZoneOffset.UTC)
                .toLocalDate();
        LocalDate yearEnds = accepted.plusYears(1);

        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("kobe-doctor");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
        browser.get(url("/provider/plans/" + id + "?lang=ja"));

        assertThat(browser.findElements(By.id("send-annual"))).isEmpty();
        assertThat(browser.findElement(By.id("annual-not-yet")).getText())
                .contains(JAPANESE_DAY.format(yearEnds), JAPANESE_DAY.format(yearEnds.plusDays(90)), "提出できます");
    }
}
