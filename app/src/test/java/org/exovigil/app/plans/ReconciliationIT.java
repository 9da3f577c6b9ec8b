package org.exovigil.app.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.plans.Reconciliation.Disagreement;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.registry.Provider;
import org.exovigil.app.registry.ProviderMembers;
import org.exovigil.app.registry.Providers;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clinic's yearly count of serious events is set beside the serious reports of the same year naming it and the
 * plan's product; a count above the reports is flagged as under-reporting, reports above the count as
 * over-counting, and both appear on the plan's oversight page and in the list of disagreements.
 */
class ReconciliationIT extends RunningExovigil {

    @Autowired
    ProvisionPlans plans;

    @Autowired
    AnnualReports annualReports;

    @Autowired
    Reconciliations reconciliations;

    @Autowired
    Providers providers;

    @Autowired
    ProviderMembers members;

    @Autowired
    ReportIntake intake;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClinicThatCountedMoreSeriousEventsThanWereReportedIsFlaggedForUnderReporting() throws Exception {
        long plan = acceptedYearAgo("Reconcile Under Clinic", "Reconcile Under EV", "reconcile-under-staff");
        var due = annualReports.nextAnnualReport(plans.find(plan).orElseThrow()).orElseThrow();
        assertThat(annualReports
                        .fileAnnualReport(plan, "reconcile-under-staff", due.periodEnd(), 40, 3, 30)
                        .refusal())
                .as("fewer administrations than patients is a slip")
                .isEqualTo(Refusal.of(PlanRefusal.ADMINISTRATIONS_BELOW_PATIENTS));
        assertThat(annualReports
                        .fileAnnualReport(plan, "reconcile-under-staff", due.periodEnd(), 40, 3, 120)
                        .isDone())
                .isTrue();
        receiveInYear("RECONCILE-UNDER-1", "Reconcile Under EV", "Reconcile Under Clinic", true, due.periodEnd());
        receiveInYear("RECONCILE-UNDER-2", "Reconcile Under EV", "Reconcile Under Clinic", false, due.periodEnd());
        receiveInYear("RECONCILE-UNDER-3", "Other Product EV", "Reconcile Under Clinic", true, due.periodEnd());
        receive("RECONCILE-UNDER-LATE", "Reconcile Under EV", "Reconcile Under Clinic", true);

        var years = reconciliations.ofPlan(plans.find(plan).orElseThrow());

        assertThat(years).singleElement().satisfies(year -> {
            assertThat(year.periodEnd()).isEqualTo(due.periodEnd());
            assertThat(year.counted()).isEqualTo(3);
            assertThat(year.filedAboutClinic())
                    .as("only the serious report of the year naming the plan's product; not the non-serious one, the"
                            + " other product's or the one received after the year ended")
                    .isEqualTo(1);
            assertThat(year.filedByClinic()).isZero();
            assertThat(year.disagreement()).isEqualTo(Disagreement.UNDER_REPORTING);
        });
        assertThat(reconciliations.disagreements())
                .anySatisfy(flagged -> assertThat(flagged.planId()).isEqualTo(plan));

        var clinic = reconciliations.ofClinic(plans.find(plan).orElseThrow().providerId());
        assertThat(clinic.patients()).isEqualTo(40);
        assertThat(clinic.reports()).isEqualTo(4);
        assertThat(clinic.all().perThousand()).isEqualTo(100.0);
        assertThat(clinic.perAdministration().rated()).isTrue();
        assertThat(clinic.perAdministration().all().perThousand())
                .isCloseTo(4000.0 / 120, org.assertj.core.data.Offset.offset(1e-9));

        String page = get("/registry/plans/" + plan + "?lang=en");
        assertThat(page).contains("Under-reporting: fewer reports than counted events", "per 1,000 administrations");
        assertThat(get("/registry/plans/reconciliation?lang=en")).contains("Reconcile Under Clinic", "Under-reporting");
    }

    @Test
    void reportsTheClinicsCountLeavesOutAreFlaggedAsOverCountingAndAgreementIsNotFlagged() throws Exception {
        long over = acceptedYearAgo("Reconcile Over Clinic", "Reconcile Over EV", "reconcile-over-staff");
        var due = annualReports.nextAnnualReport(plans.find(over).orElseThrow()).orElseThrow();
        annualReports.fileAnnualReport(over, "reconcile-over-staff", due.periodEnd(), 25, 0, null);
        receiveInYear("RECONCILE-OVER-1", "Reconcile Over EV", "Reconcile Over Clinic", true, due.periodEnd());

        long even = acceptedYearAgo("Reconcile Even Clinic", "Reconcile Even EV", "reconcile-even-staff");
        var evenDue =
                annualReports.nextAnnualReport(plans.find(even).orElseThrow()).orElseThrow();
        annualReports.fileAnnualReport(even, "reconcile-even-staff", evenDue.periodEnd(), 25, 1, null);
        receiveInYear("RECONCILE-EVEN-1", "Reconcile Even EV", "Reconcile Even Clinic", true, evenDue.periodEnd());

        assertThat(reconciliations.ofPlan(plans.find(over).orElseThrow()))
                .singleElement()
                .satisfies(year -> assertThat(year.disagreement()).isEqualTo(Disagreement.OVER_COUNTING));
        assertThat(reconciliations.ofPlan(plans.find(even).orElseThrow()))
                .singleElement()
                .satisfies(year -> assertThat(year.flagged()).isFalse());
        assertThat(reconciliations.disagreements())
                .anySatisfy(flagged -> assertThat(flagged.planId()).isEqualTo(over))
                .noneSatisfy(flagged -> assertThat(flagged.planId()).isEqualTo(even));
        assertThat(reconciliations
                        .ofClinic(plans.find(over).orElseThrow().providerId())
                        .perAdministration()
                        .rated())
                .as("no administrations were given, so no rate per administration")
                .isFalse();
    }

    private long acceptedYearAgo(String clinicName, String product, String staff) {
        long clinic = providers.add(new Provider(0, clinicName, "JP", "Osaka", null, null, false));
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
        plans.declareConflict(plan, "reconcile-committee", "");
        Map<String, String> all = new HashMap<>();
        plans.rules().checklist().forEach(item -> all.put(item.id(), "met"));
        plans.decide(plan, "reconcile-committee", true, all, "Complete.", "");
        jdbc.sql("update provision_plan set decided_at = now() - interval '400 days' where id = ?")
                .param(plan)
                .update();
        return plan;
    }

    /** A report received a month before the year ended. */
    private void receiveInYear(String id, String product, String clinic, boolean serious, LocalDate yearEnds) {
        receive(id, product, clinic, serious);
        jdbc.sql("update report_case set received_at = ? where sender_report_id = ?")
                .params(yearEnds.minusMonths(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC), id)
                .update();
    }

    private void receive(String id, String product, String clinic, boolean serious) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": 52},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv", "provider": "%s"}],
                 "reactions": [{"term": "fever"%s}]}""".formatted(
                id, LocalDate.now(), product, clinic, serious ? ", \"seriousness\": [\"hospitalisation\"]" : "");
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(
                new SenderPrincipal("test:reconcile", "reconcile-test"), null, Channel.API, report.value()));
    }

    private String get(String path) throws Exception {
        String token = tokens.issue("reconcile-regulator-" + System.nanoTime(), Role.REGULATOR);
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
