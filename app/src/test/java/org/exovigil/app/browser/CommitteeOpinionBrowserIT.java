package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.exovigil.app.committees.CertifiedCommittees;
import org.exovigil.app.plans.AnnualReports;
import org.exovigil.app.plans.PlanFiling;
import org.exovigil.app.plans.ProvisionPlans;
import org.exovigil.app.registry.Provider;
import org.exovigil.app.registry.ProviderMembers;
import org.exovigil.app.registry.Providers;
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

/**
 * A member of the certified committee that reviewed a plan records, in Japanese, the committee's opinion on a
 * report under it, and the regulator reads it on the case; the regulator's plan page flags a clinic whose own
 * count of serious events exceeds the reports about it.
 */
class CommitteeOpinionBrowserIT extends InBrowser {

    private static final String PASSWORD = "a committee member's long passphrase";

    @Autowired
    Accounts accounts;

    @Autowired
    CertifiedCommittees committees;

    @Autowired
    ProvisionPlans plans;

    @Autowired
    AnnualReports annualReports;

    @Autowired
    Providers providers;

    @Autowired
    ProviderMembers members;

    @Autowired
    ReportIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommitteeMemberRecordsAnOpinionInJapaneseAndTheRegulatorReadsItOnTheCase() {
        account("kyoto-committee-member", Role.COMMITTEE);
        account("kyoto-regulator", Role.REGULATOR);
        long committee =
                committees.register("京都再生医療等委員会", null, "kyoto-regulator").value();
        committees.seat(committee, "kyoto-committee-member", "kyoto-regulator");
        accepted("kyoto-committee-member", "Kyoto Opinion Clinic", "Kyoto Opinion EV", "kyoto-opinion-staff");
        String reference = receive("KYOTO-OPINION-1", "Kyoto Opinion EV", "Kyoto Opinion Clinic");
        String opinion = "委員会の意見：因果関係は否定できません。提供を一時停止し、無菌試験の結果を報告してください。";

        signIn("kyoto-committee-member");
        browser.get(url("/committee/reports?lang=ja"));
        assertThat(browser.findElement(By.id("committee-name")).getText()).contains("京都再生医療等委員会");
        clickAndWait(By.linkText(reference));
        assertThat(browser.findElement(By.id("committee-deadlines")).getText()).isNotBlank();
        browser.findElement(By.id("opinion")).sendKeys(opinion);
        clickAndWait(By.id("record-opinion"));
        assertThat(browser.findElement(By.id("committee-opinions")).getText())
                .contains(opinion, "京都再生医療等委員会", "kyoto-committee-member");

        browser.manage().deleteAllCookies();
        signIn("kyoto-regulator");
        String id = jdbc.sql("select id::text from report_case where reference = ?")
                .param(reference)
                .query(String.class)
                .single();
        browser.get(url("/regulator/reports/" + id + "?lang=ja"));
        assertThat(browser.findElement(By.id("committee-opinions")).getText()).contains(opinion, "京都再生医療等委員会");
    }

    @Test
    void theRegulatorSeesAClinicThatCountedSeriousEventsNoOneReportedFlagged() {
        account("osaka-regulator", Role.REGULATOR);
        long plan = accepted("osaka-reviewer", "Osaka Undercount Clinic", "Osaka Undercount EV", "osaka-staff");
        jdbc.sql("update provision_plan set decided_at = now() - interval '400 days' where id = ?")
                .param(plan)
                .update();
        var due = annualReports.nextAnnualReport(plans.find(plan).orElseThrow()).orElseThrow();
        annualReports.fileAnnualReport(plan, "osaka-staff", due.periodEnd(), 80, 2, 240);

        signIn("osaka-regulator");
        browser.get(url("/registry/plans/" + plan + "?lang=ja"));
        String row = browser.findElement(By.id("reconciliation")).getText();
        assertThat(row).contains("報告不足");
        assertThat(browser.findElement(By.id("clinic-rate-administrations")).getText())
                .contains("投与1,000回あたり");

        browser.get(url("/registry/plans?lang=ja"));
        clickAndWait(By.id("to-reconciliation"));
        assertThat(browser.findElement(By.id("disagreements")).getText()).contains("Osaka Undercount Clinic", "報告不足");
    }

    private void account(String name, Role role) {
        if (accounts.find(name).isEmpty()) {
            accounts.completeSetup(accounts.invite(name, role).token(), PASSWORD);
        }
    }

    private void signIn(String name) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }

    private long accepted(String reviewer, String clinicName, String product, String staff) {
        long clinic = providers.add(new Provider(0, clinicName, "JP", "Kyoto", null, null, false));
        members.link(staff, clinic);
        long plan = plans.file(
                clinic,
                new PlanFiling(
                        "JP",
                        product,
                        "exosome",
                        "",
                        "",
                        "orthopedic_joint",
                        "iv",
                        "1e10 particles, once",
                        "3",
                        "Unapproved; risks: infection; cost 100,000 yen; you may refuse."),
                staff);
        plans.declareConflict(plan, reviewer, "");
        Map<String, String> all = new HashMap<>();
        plans.rules().checklist().forEach(item -> all.put(item.id(), "met"));
        plans.decide(plan, reviewer, true, all, "Complete.", "");
        return plan;
    }

    private String receive(String id, String product, String clinic) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": 58},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv", "provider": "%s"}],
                 "reactions": [{"term": "sepsis", "seriousness": ["hospitalisation"]}]}""".formatted(id, LocalDate.now(), product, clinic);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(
                        new SenderPrincipal("test:committee-opinion", "committee-opinion-test"),
                        null,
                        Channel.API,
                        report.value()))
                .reference();
    }
}
