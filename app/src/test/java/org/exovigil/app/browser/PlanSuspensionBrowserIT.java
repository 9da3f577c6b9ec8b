package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.exovigil.app.plans.PlanFiling;
import org.exovigil.app.plans.ProvisionPlans;
import org.exovigil.app.registry.Provider;
import org.exovigil.app.registry.ProviderStaff;
import org.exovigil.app.registry.Providers;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.app.signalmanagement.SignalManagement;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.signal.PriorityLevel;
import org.exovigil.vigilance.signal.SignalSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A regulator suspends a provision plan as a signal's action: the public register, the plan's public page, the
 * clinic's public page and the clinic's own plan page say it is suspended; lifting the action reinstates it
 * everywhere.
 */
class PlanSuspensionBrowserIT extends InBrowser {

    private static final String PASSWORD = "a regulator's long passphrase";
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String REGULATOR = "suspension-regulator";

    @Autowired
    ProvisionPlans plans;

    @Autowired
    Providers providers;

    @Autowired
    ProviderStaff staff;

    @Autowired
    Accounts accounts;

    @Autowired
    ReportIntake intake;

    @Autowired
    SignalManagement signals;

    @Test
    void aSignalsPlanSuspensionShowsOnTheRegisterAndTheClinicsPagesUntilLifted() {
        long clinic = providers.add(new Provider(0, "Suspended Plan Clinic " + RUN, "JP", "Kobe", null, null, false));
        long plan = acceptedPlan(clinic);
        String number = plans.find(plan).orElseThrow().publicNumber();
        long signal = recommendedSignal();

        signIn(REGULATOR, Role.REGULATOR, null);
        browser.get(url("/regulator/signals/" + signal + "?lang=en"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("plan_suspension");
        browser.findElement(By.id("plan")).sendKeys(number);
        browser.findElement(By.id("owner")).sendKeys("certified committee");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.getElementById('dueOn').value = arguments[0]",
                        LocalDate.now().plusDays(30).toString());
        browser.findElement(By.id("action-reason")).sendKeys("Sepsis after an infusion under this plan");
        clickAndWait(By.id("take-action"));
        assertThat(browser.findElements(By.id("signal-refusal"))).isEmpty();
        assertThat(browser.findElement(By.id("action-1")).getText()).contains("plan suspension", number, "open");
        assertThat(browser.findElement(By.id("signal-history")).getText()).contains("plan suspended");

        browser.manage().deleteAllCookies();
        browser.get(url("/check/register?lang=en"));
        var row = browser.findElement(By.id("register-" + number));
        assertThat(row.getAttribute("class")).isEqualTo("plan-suspended");
        assertThat(row.findElement(By.className("plan-status")).getText()).startsWith("suspended");
        browser.get(url("/check/register/" + number + "?lang=en"));
        assertThat(browser.findElement(By.id("plan-standing")).getText())
                .startsWith("Suspended: nobody may be treated under this plan")
                .contains("Sepsis after an infusion under this plan");
        browser.get(url("/check/clinic/" + clinic + "?lang=ja"));
        assertThat(browser.findElement(By.id("clinic-plans")).getText()).contains(number, "一時停止");

        signIn("suspended-clinic-doctor-" + RUN, Role.PROVIDER, clinic);
        browser.get(url("/provider/plans/" + plan + "?lang=en"));
        assertThat(browser.findElement(By.id("plan-status")).getText()).isEqualTo("suspended");
        assertThat(browser.findElement(By.id("plan-standing")).getText())
                .startsWith("Suspended: nobody may be treated under this plan");

        signIn(REGULATOR, Role.REGULATOR, null);
        browser.get(url("/regulator/signals/" + signal + "?lang=en"));
        browser.findElement(By.id("end-reason-1")).sendKeys("The clinic changed its supplier; retest clean");
        clickAndWait(By.id("end-1"));
        assertThat(browser.findElement(By.id("action-1")).getText()).contains("lifted");

        browser.manage().deleteAllCookies();
        browser.get(url("/check/register?lang=en"));
        assertThat(browser.findElement(By.id("register-" + number)).getAttribute("class"))
                .isEqualTo("plan-accepted");
        browser.get(url("/check/register/" + number + "?lang=en"));
        assertThat(browser.findElements(By.id("plan-standing"))).isEmpty();
        assertThat(browser.findElement(By.id("plan-history")).getText()).contains("Suspended", "Reinstated");
        browser.get(url("/check/clinic/" + clinic + "?lang=en"));
        assertThat(browser.findElement(By.id("clinic-plans")).getText())
                .contains(number)
                .doesNotContain("suspended");
    }

    private long acceptedPlan(long clinic) {
        long id = plans.file(
                clinic,
                new PlanFiling(
                        "JP",
                        "Suspended Cord EV " + RUN,
                        "exosome",
                        "umbilical_cord",
                        "allogeneic",
                        "orthopedic_joint",
                        "iv",
                        "1e10 particles in 10 mL, once",
                        "3",
                        "Unapproved; risks: infection, fever; cost 200,000 yen; you may refuse."),
                "suspended-filer-" + RUN);
        plans.declareConflict(id, "suspension-browser-committee", "");
        Map<String, String> all = new HashMap<>();
        plans.rules().checklist().forEach(item -> all.put(item.id(), "met"));
        assertThat(plans.decide(id, "suspension-browser-committee", true, all, "Complete.", "")
                        .isDone())
                .isTrue();
        return id;
    }

    /** A single case's signal, taken to its recommendation by the service: the browser takes the action. */
    private long recommendedSignal() {
        var report = (Checked.Accepted<IndividualCaseSafetyReport>)
                ReportJson.read("""
                {"senderReportId": "SUSPEND-%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": 63, "sex": "male"},
                 "products": [{"role": "suspect", "name": "Suspended Cord EV %s", "type": "exosome", "route": "iv"}],
                 "reactions": [{"term": "sepsis", "seriousness": ["hospitalisation"]}]}""".formatted(RUN, LocalDate.now(), RUN));
        UUID caseId = intake.receive(new Submission(
                        new SenderPrincipal("test:suspension-browser", "suspension-browser"),
                        null,
                        Channel.API,
                        report.value()))
                .id();
        long id = signals.raise(SignalSource.Kind.SINGLE_CASE, caseId.toString(), REGULATOR)
                .value();
        for (var step : new Object[][] {
            {SignalManagement.Step.VALIDATE, null, "sepsis after an infusion", "blood culture"},
            {SignalManagement.Step.PRIORITISE, PriorityLevel.HIGH, "serious", ""},
            {SignalManagement.Step.ASSESS, null, "the plan's product is the likely cause", "case narrative"},
            {SignalManagement.Step.RECOMMEND, null, "suspend the plan", ""}
        }) {
            assertThat(signals.record(
                                    id,
                                    (SignalManagement.Step) step[0],
                                    (PriorityLevel) step[1],
                                    (String) step[2],
                                    (String) step[3],
                                    REGULATOR)
                            .isDone())
                    .isTrue();
        }
        return id;
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
