package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.exovigil.app.registry.ProviderStaff;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A report names a new clinic: the regulator confirms it in the register, and the clinic's staff see the case. */
class RegistryBrowserIT extends InBrowser {

    private static final String PASSWORD = "a long enough passphrase for tests";

    @Autowired
    ReportIntake intake;

    @Autowired
    Accounts accounts;

    @Autowired
    ProviderStaff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClinicNamedByAReportIsReviewedAndItsStaffSeeTheCase() {
        receive("BROWSER-REG-1", "Marina Bay Exosome Suite", "facial burning");
        long provider = jdbc.sql("select id from provider where name = 'Marina Bay Exosome Suite'")
                .query(Long.class)
                .single();

        signIn("registry-regulator", Role.REGULATOR, null);
        browser.get(url("/regulator/registry?lang=en"));
        assertThat(browser.findElement(By.id("pending-provider")).getText()).contains("Marina Bay Exosome Suite");
        clickAndWait(By.id("confirm-provider-" + provider));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Marina Bay Exosome Suite");

        signIn("marina-bay-nurse", Role.PROVIDER, provider);
        browser.get(url("/provider/cases?lang=en"));
        assertThat(browser.findElement(By.id("provider-cases")).getText())
                .contains("facial burning", "serious")
                .doesNotContain("Reporter");
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

    private void receive(String id, String clinic, String term) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "SG",
                 "reporter": {"qualification": "consumer", "country": "SG", "name": "Tan Mei Ling"},
                 "patient": {"ageYears": 41},
                 "products": [{"role": "suspect", "name": "Marina Glow EV", "type": "exosome", "provider": "%s"}],
                 "reactions": [{"term": "%s", "seriousness": ["other_medically_important"]}]}""".formatted(id, LocalDate.now(), clinic, term);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(
                new SenderPrincipal("test:patient-form", "patient-form"), null, Channel.PUBLIC_FORM, report.value()));
    }
}
