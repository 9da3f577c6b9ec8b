package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A plan goes from the clinic's filing through the committee's review to the public register; a product's
 * specification judges its lots.
 */
class PlanBrowserIT extends InBrowser {

    private static final String PASSWORD = "a long enough passphrase for tests";

    @Autowired
    Accounts accounts;

    @Autowired
    ProviderStaff staff;

    @Autowired
    Providers providers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProvisionPlans plans;

    @Test
    void aPlanIsFiledReviewedAcceptedAndPublished() {
        long clinic = providers.add(new Provider(0, "Kyoto Cell Clinic (test)", "JP", "Kyoto", null, null, false));

        signIn("kyoto-doctor", Role.PROVIDER, clinic);
        browser.get(url("/provider/plans?lang=en"));
        clickAndWait(By.id("file-plan"));
        browser.findElement(By.id("productName")).sendKeys("Autologous adipose MSC, knee");
        new Select(browser.findElement(By.id("productType"))).selectByValue("stem_cell");
        new Select(browser.findElement(By.id("source"))).selectByValue("adipose");
        new Select(browser.findElement(By.id("donor"))).selectByValue("autologous");
        new Select(browser.findElement(By.id("indication"))).selectByValue("orthopedic_joint");
        new Select(browser.findElement(By.id("route"))).selectByValue("intra_articular");
        browser.findElement(By.id("dose")).sendKeys("1e7 cells in 3 mL, once");
        new Select(browser.findElement(By.id("riskClass"))).selectByValue("2");
        browser.findElement(By.id("consent"))
                .sendKeys("Unapproved; risks: infection, swelling; cost 800,000 yen; you may refuse.");
        clickAndWait(By.id("submit-plan"));
        assertThat(browser.findElement(By.id("plan-required")).getText()).startsWith("Yes");
        String planPage = browser.getCurrentUrl();
        String id = planPage.substring(planPage.lastIndexOf('/') + 1);

        signIn("kyoto-committee", Role.COMMITTEE, null);
        browser.get(url("/committee/plans/" + id + "?lang=en"));
        browser.findElement(By.id("no-conflict")).click();
        clickAndWait(By.id("declare"));
        for (WebElement met : browser.findElements(By.cssSelector("input[type=radio][value=met]"))) {
            met.click();
        }
        new Select(browser.findElement(By.id("decision"))).selectByValue("accept");
        browser.findElement(By.id("reasons")).sendKeys("Complete dossier; consent explains risks and cost.");
        browser.findElement(By.id("conditions")).sendKeys("Report every infection within 7 days.");
        clickAndWait(By.id("decide"));
        String number = browser.findElement(By.id("plan-number")).getText();
        assertThat(number).matches("EXO-PLAN-\\d{4}-\\d{5}");
        assertThat(browser.findElement(By.id("plan-steps")).getText()).contains("Conflicts declared", "Decision");

        browser.manage().deleteAllCookies();
        browser.get(url("/check/register?lang=en"));
        assertThat(browser.findElement(By.id("register")).getText())
                .contains(number, "Kyoto Cell Clinic (test)", "Report every infection within 7 days.");
        clickAndWait(By.linkText("Kyoto Cell Clinic (test)"));
        assertThat(browser.findElement(By.id("clinic-plans")).getText()).contains(number);
    }

    @Test
    void anAcceptedPlanIsChangedThroughReviewToVersionTwoAndThenWithdrawn() {
        long clinic = providers.add(new Provider(0, "Osaka Change Clinic (test)", "JP", "Osaka", null, null, false));
        signIn("osaka-doctor", Role.PROVIDER, clinic);
        long id = plans.file(
                clinic,
                new PlanFiling(
                        "JP",
                        "Osaka adipose EV (test)",
                        "exosome",
                        "adipose",
                        "autologous",
                        "orthopedic_joint",
                        "intra_articular",
                        "2 mL, 1e10 particles/mL by NTA, once",
                        "3",
                        "Unapproved; risks: infection, swelling; cost 300,000 yen; you may refuse."),
                "osaka-doctor");
        plans.declareConflict(id, "osaka-committee", "");
        Map<String, String> all = new HashMap<>();
        plans.rules().checklist().forEach(item -> all.put(item.id(), "met"));
        plans.decide(id, "osaka-committee", true, all, "Complete.", "");
        String number = plans.find(id).orElseThrow().publicNumber();

        browser.get(url("/provider/plans/" + id + "?lang=en"));
        clickAndWait(By.id("file-change"));
        WebElement dose = browser.findElement(By.id("dose"));
        dose.clear();
        dose.sendKeys("4 mL, 1e10 particles/mL by NTA, twice a month apart");
        browser.findElement(By.id("reasons")).sendKeys("Second injection after the pilot's results.");
        clickAndWait(By.id("submit-change"));
        assertThat(browser.findElement(By.id("change-under-review")).getText())
                .contains("Version 2 is under review", "version 1 stays in force");
        assertThat(browser.findElement(By.id("plan-dose")).getText()).isEqualTo("2 mL, 1e10 particles/mL by NTA, once");
        assertThat(browser.findElement(By.id("change-diff")).getText()).contains("Dose", "twice a month apart");
        browser.get(url("/committee/plans/" + id));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .as("a provider's people never open the committee's review")
                .doesNotContain("Record the decision");

        signIn("osaka-committee", Role.COMMITTEE, null);
        browser.get(url("/committee/plans?lang=en"));
        assertThat(browser.findElement(By.id("committee-plans")).getText()).contains("change: version 2 of " + number);
        browser.get(url("/committee/plans/" + id + "?lang=en"));
        browser.findElement(By.id("no-conflict")).click();
        clickAndWait(By.id("declare"));
        assertThat(browser.findElement(By.id("change-checklist")).getText()).contains("items it concerns");
        List<WebElement> items = browser.findElements(By.cssSelector("input[type=radio][value=met]"));
        assertThat(items).hasSize(3);
        items.forEach(WebElement::click);
        browser.findElement(By.id("reasons")).sendKeys("The second dose is supported by the pilot data.");
        clickAndWait(By.id("decide"));
        assertThat(browser.findElement(By.id("plan-version")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("plan-versions")).getText()).contains("The plan as filed", "Dose");

        browser.manage().deleteAllCookies();
        browser.get(url("/check/register?lang=en"));
        WebElement row = browser.findElement(By.id("register-" + number));
        assertThat(row.findElement(By.className("plan-status")).getText()).isEqualTo("accepted");
        assertThat(row.findElements(By.tagName("td")).get(2).getText()).isEqualTo("2");
        long product = plans.find(id).orElseThrow().productId();
        assertThat(browser.findElement(By.id("product-rate-" + product)).getText())
                .contains("Osaka adipose EV (test)", "No denominator yet");
        clickAndWait(By.linkText(number));
        assertThat(browser.findElement(By.id("plan-history")).getText())
                .contains("Version 1, accepted on", "Version 2, accepted on", "Second injection");

        signIn("osaka-doctor", Role.PROVIDER, clinic);
        browser.get(url("/provider/plans/" + id + "?lang=en"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        browser.findElement(By.id("stoppedOn")),
                        LocalDate.now().toString());
        browser.findElement(By.id("withdrawReason")).sendKeys("The clinic stops offering injections.");
        clickAndWait(By.id("withdraw"));
        assertThat(browser.findElement(By.id("plan-status")).getText()).isEqualTo("withdrawn");
        assertThat(browser.findElement(By.id("withdrawal-notice")).getText()).contains("within the 10 days");
        assertThat(browser.findElements(By.id("annual-due"))).isEmpty();

        browser.manage().deleteAllCookies();
        browser.get(url("/check/register?lang=en"));
        row = browser.findElement(By.id("register-" + number));
        assertThat(row.getAttribute("class")).isEqualTo("plan-withdrawn");
        assertThat(row.findElement(By.className("plan-status")).getText())
                .startsWith("withdrawn since "
                        + DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH)
                                .format(LocalDate.now()));
    }

    @Test
    void aRegulatorSuspendsAPlanWithAReasonAndTheRegisterSaysSo() {
        long clinic =
                providers.add(new Provider(0, "Nagoya Suspended Clinic (test)", "JP", "Nagoya", null, null, false));
        long id = plans.file(
                clinic,
                new PlanFiling(
                        "JP",
                        "Nagoya cord EV (test)",
                        "exosome",
                        "",
                        "",
                        "orthopedic_joint",
                        "iv",
                        "1e10 particles in 10 mL, once",
                        "3",
                        "Unapproved; risks: infection, fever; cost 200,000 yen; you may refuse."),
                "nagoya-doctor");
        plans.declareConflict(id, "nagoya-committee", "");
        Map<String, String> all = new HashMap<>();
        plans.rules().checklist().forEach(item -> all.put(item.id(), "met"));
        plans.decide(id, "nagoya-committee", true, all, "Complete.", "");
        String number = plans.find(id).orElseThrow().publicNumber();

        signIn("nagoya-regulator", Role.REGULATOR, null);
        browser.get(url("/registry/plans?lang=en"));
        clickAndWait(By.linkText(number));
        browser.findElement(By.id("standingReason")).sendKeys("Two sepsis reports under investigation.");
        clickAndWait(By.id("set-standing"));
        assertThat(browser.findElement(By.id("plan-standing")).getText())
                .startsWith("Suspended")
                .contains("Two sepsis reports under investigation.");
        assertThat(browser.findElement(By.id("plan-steps")).getText()).contains("Suspended");

        browser.manage().deleteAllCookies();
        browser.get(url("/check/register/" + number + "?lang=en"));
        assertThat(browser.findElement(By.id("plan-status")).getText()).isEqualTo("suspended");
        assertThat(browser.findElement(By.id("plan-history")).getText()).contains("Suspended", "sepsis");
    }

    @Test
    void aCommitteeMemberReadsAProductsDossierScore() {
        signIn("dossier-committee", Role.COMMITTEE, null);
        browser.get(url("/registry/products?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Products and lots");
    }

    @Test
    void aRegulatorSetsAProductsSpecificationAndALotIsJudgedAgainstIt() {
        long product = jdbc.sql(
                        "insert into product (name, type) values ('Browser Spec EV (test)', 'exosome') returning id")
                .query(Long.class)
                .single();

        signIn("spec-regulator", Role.REGULATOR, null);
        browser.get(url("/registry/products/" + product + "?lang=en"));
        assertThat(browser.findElement(By.id("spec-defaults")).getText()).contains("not limits set by any law");
        assertThat(browser.findElement(By.id("spec-particle_size")).getText()).contains("50–200 nm mode");
        assertThat(browser.findElement(By.id("product-rate-none")).getText()).startsWith("No denominator");
        setConcentration("1e11", "1e9", "inverted on purpose");
        assertThat(browser.findElement(By.id("product-refusal")).getText())
                .startsWith("EXO-1714: particle_concentration: the minimum 1e11 is above the maximum 1e9");
        setConcentration("1e9", "1e11", "validated process, 2026");
        assertThat(browser.findElement(By.xpath("//h2[contains(., 'Specification')]"))
                        .getText())
                .isEqualTo("Specification, version 1");
        assertThat(browser.findElement(By.id("spec-particle_concentration")).getText())
                .contains("1e9–1e11 particles/mL");

        browser.findElement(By.id("lotNumber")).sendKeys("BS-01");
        new Select(browser.findElement(By.id("route"))).selectByValue("iv");
        browser.findElement(By.id("doseMl")).sendKeys("2");
        clickAndWait(By.id("add-lot"));
        new Select(browser.findElement(By.id("test"))).selectByValue("particle_concentration");
        browser.findElement(By.id("value")).sendKeys("2e11");
        clickAndWait(By.id("record-test"));
        assertThat(browser.findElement(By.id("lot-status")).getText()).isEqualTo("rejected");
        assertThat(browser.findElement(By.id("lot-tests")).getText())
                .contains("Particle concentration", "2e11 particles/mL (spec 1e9–1e11 particles/mL)");
        String lotPage = browser.getCurrentUrl();

        browser.get(url("/registry/products/" + product + "?lang=en"));
        setConcentration("1e9", "1e12", "wider range after the comparability study");
        browser.get(lotPage);
        assertThat(browser.findElement(By.id("lot-status")).getText()).isEqualTo("rejected");
        assertThat(browser.findElement(By.id("lot-spec-earlier")).getText())
                .contains("earlier specification (version 1)", "now version 2");
    }

    private void setConcentration(String min, String max, String reason) {
        for (var field : java.util.Map.of(
                        "particleConcentrationMin", min, "particleConcentrationMax", max, "specReason", reason)
                .entrySet()) {
            WebElement input = browser.findElement(By.id(field.getKey()));
            input.clear();
            input.sendKeys(field.getValue());
        }
        clickAndWait(By.id("save-specification"));
    }

    private void signIn(String name, Role role, Long provider) {
        browser.manage().deleteAllCookies();
        if (accounts.find(name).isEmpty()) {
            var invitation = provider == null ? accounts.invite(name, role) : staff.invite(name, role, provider);
            accounts.completeSetup(invitation.token(), PASSWORD);
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }
}
