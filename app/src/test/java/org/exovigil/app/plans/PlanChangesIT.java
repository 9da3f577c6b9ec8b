package org.exovigil.app.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.registry.Provider;
import org.exovigil.app.registry.ProviderMembers;
import org.exovigil.app.registry.Providers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An accepted plan changes only through a committee's review, version by version, while the version in
 * force stays in force; a provider withdraws its plan, a committee or regulator suspends, reinstates or
 * revokes it, and an ended plan stays in the register, marked, owing no report for after its end.
 */
class PlanChangesIT extends RunningExovigil {

    private static final String COMMITTEE = "change-committee";

    @Autowired
    ProvisionPlans plans;

    @Autowired
    AnnualReports annualReports;

    @Autowired
    Providers providers;

    @Autowired
    ProviderMembers members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeIsReviewedWhileTheAcceptedVersionStaysInForceAndThenBecomesVersionTwo() {
        long clinic = clinic("Change Clinic A");
        members.link("change-a-staff", clinic);
        members.link("change-a-director", clinic);
        long id = accepted(clinic, "change-a-staff", "Report infections within 7 days.");
        String number = plans.find(id).orElseThrow().publicNumber();
        ProvisionPlan v1 = plans.find(id).orElseThrow();

        assertThat(plans.fileChange(id, "someone-else", withDose(v1, "4 mL", "why"))
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.NOT_THE_PROVIDERS_OWN);
        assertThat(plans.fileChange(
                                id, "change-a-staff", withDose(v1, v1.content().dose(), "nothing"))
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.CHANGE_CHANGES_NOTHING);
        assertThat(plans.fileChange(id, "change-a-staff", withDose(v1, "4 mL", " "))
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.TEXT_MISSING);
        assertThat(plans.fileChange(
                                id,
                                "change-a-staff",
                                withDose(v1, "4 mL, 2e10 particles/mL by NTA, once", "Dose-finding results"))
                        .isDone())
                .isTrue();

        var underReview = plans.find(id).orElseThrow();
        assertThat(underReview.version()).isEqualTo(1);
        assertThat(underReview.versionUnderReview()).isEqualTo(2);
        assertThat(underReview.status()).isEqualTo("accepted");
        assertThat(underReview.content().dose()).isEqualTo(v1.content().dose());
        assertThat(plans.underReview(id).orElseThrow().changed()).containsExactly("dose");
        assertThat(plans.awaitingReview()).extracting(ProvisionPlan::id).contains(id);
        assertThat(plans.fileChange(id, "change-a-staff", withDose(v1, "5 mL", "again"))
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.CHANGE_UNDER_REVIEW);

        assertThat(plans.declareConflict(id, "change-a-director", "").refusal().code())
                .isEqualTo(PlanRefusal.REVIEWER_OF_OWN_PROVIDER);
        assertThat(plans.declareConflict(id, "change-a-staff", "").refusal().code())
                .isEqualTo(PlanRefusal.REVIEWER_OF_OWN_PROVIDER);
        assertThat(plans.ask(id, COMMITTEE, "Why the higher dose?").refusal().code())
                .as("conflicts are declared again for each version")
                .isEqualTo(PlanRefusal.CONFLICTS_NOT_DECLARED);
        plans.declareConflict(id, COMMITTEE, "");
        assertThat(plans.decide(id, COMMITTEE, true, Map.of(), "fine", "")
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.CHECKLIST_ITEM_NOT_JUDGED);
        Map<String, String> relevant = new HashMap<>();
        plans.rules().checklistFor(plans.underReview(id).orElseThrow()).forEach(item -> relevant.put(item.id(), "met"));
        assertThat(relevant).containsOnlyKeys("release_tests", "consent_states_unproven", "dose_rationale");
        assertThat(plans.decide(id, COMMITTEE, true, relevant, "The dose rests on the dose-finding data.", "")
                        .isDone())
                .isTrue();

        var v2 = plans.find(id).orElseThrow();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.versionUnderReview()).isNull();
        assertThat(v2.content().dose()).isEqualTo("4 mL, 2e10 particles/mL by NTA, once");
        assertThat(v2.publicNumber()).isEqualTo(number);
        assertThat(v2.conditions()).as("kept from the version before").isEqualTo("Report infections within 7 days.");
        assertThat(plans.versions(id)).extracting(PlanVersion::status).containsExactly("accepted", "accepted");
        assertThat(plans.registered(clinic)).extracting(ProvisionPlan::version).containsExactly(2);
        assertThat(plans.steps(id))
                .filteredOn(step -> step.version() == 2)
                .extracting(ReviewStep::kind)
                .containsExactly("change_filed", "conflict_declared", "decision");
    }

    @Test
    void aRejectedChangeLeavesTheVersionInForceAndAChangeOfProductNamesTheNewProduct() {
        long clinic = clinic("Change Clinic B");
        members.link("change-b-staff", clinic);
        long id = accepted(clinic, "change-b-staff", "");
        ProvisionPlan v1 = plans.find(id).orElseThrow();
        var change = new PlanChange(
                "Another Cord EV (test)",
                "exosome",
                "umbilical_cord",
                "allogeneic",
                v1.indication(),
                v1.content().route(),
                v1.content().dose(),
                v1.content().consent(),
                "New supplier");

        assertThat(plans.fileChange(id, "change-b-staff", change).isDone()).isTrue();
        var proposed = plans.underReview(id).orElseThrow();
        assertThat(proposed.changed()).containsExactly("product");
        assertThat(proposed.productId()).isNotNull().isNotEqualTo(v1.productId());
        plans.declareConflict(id, COMMITTEE, "");
        assertThat(plans.decide(
                                id,
                                COMMITTEE,
                                false,
                                Map.of(
                                        "product_characterised",
                                        "not_met",
                                        "release_tests",
                                        "not_met",
                                        "donor_eligibility",
                                        "not_met",
                                        "consent_states_unproven",
                                        "met",
                                        "dose_rationale",
                                        "met",
                                        "adverse_event_plan",
                                        "met",
                                        "indication_evidence",
                                        "not_applicable"),
                                "No characterisation of the new product",
                                "")
                        .isDone())
                .isTrue();

        var after = plans.find(id).orElseThrow();
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.status()).isEqualTo("accepted");
        assertThat(after.productId()).isEqualTo(v1.productId());
        assertThat(plans.versions(id)).extracting(PlanVersion::status).containsExactly("accepted", "rejected");
    }

    @Test
    void plansNamingTheSameProductShareItsRecord() {
        long clinic = clinic("Change Clinic C");
        long first = plans.file(clinic, filing("Shared Name EV (test)"), "change-c");
        long second = plans.file(clinic, filing("shared name ev (TEST)"), "change-c");

        assertThat(plans.find(first).orElseThrow().productId())
                .isNotNull()
                .isEqualTo(plans.find(second).orElseThrow().productId());
    }

    @Test
    void aWithdrawnPlanStaysInTheRegisterMarkedAndOwesNoYearlyReport() {
        long clinic = clinic("Change Clinic D");
        members.link("change-d-staff", clinic);
        long id = accepted(clinic, "change-d-staff", "");
        LocalDate today = LocalDate.now();

        assertThat(plans.withdraw(id, "someone-else", "closing", today)
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.NOT_THE_PROVIDERS_OWN);
        assertThat(plans.withdraw(id, "change-d-staff", "closing", today.plusDays(1))
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.STOPPED_ON_OUT_OF_RANGE);
        assertThat(plans.withdraw(id, "change-d-staff", "", today).refusal().code())
                .isEqualTo(PlanRefusal.TEXT_MISSING);
        plans.fileChange(id, "change-d-staff", withDose(plans.find(id).orElseThrow(), "3 mL", "smaller"));
        assertThat(plans.withdraw(id, "change-d-staff", "The clinic stops offering it.", today)
                        .isDone())
                .isTrue();

        var withdrawn = plans.find(id).orElseThrow();
        assertThat(withdrawn.status()).isEqualTo("withdrawn");
        assertThat(withdrawn.endedOn()).isEqualTo(today);
        assertThat(withdrawn.versionUnderReview())
                .as("the change under review is closed")
                .isNull();
        assertThat(plans.versions(id)).extracting(PlanVersion::status).containsExactly("accepted", "closed");
        assertThat(plans.registered(clinic)).extracting(ProvisionPlan::status).containsExactly("withdrawn");
        assertThat(annualReports.nextAnnualReport(withdrawn)).isEmpty();
        assertThat(plans.withdrawalNotice(withdrawn).orElseThrow().late()).isFalse();
        assertThat(plans.withdraw(id, "change-d-staff", "again", today)
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.PLAN_NOT_WITHDRAWABLE);
        assertThat(plans.fileChange(id, "change-d-staff", withDose(withdrawn, "1 mL", "x"))
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.PLAN_NOT_IN_FORCE);
        assertThat(plans.declareConflict(id, COMMITTEE, "").refusal().code())
                .isEqualTo(PlanRefusal.NOTHING_UNDER_REVIEW);
    }

    @Test
    void aLateWithdrawalIsMarkedAndOnlyThePeriodsEndedBeforeTheEndAreOwed() {
        long clinic = clinic("Change Clinic E");
        members.link("change-e-staff", clinic);
        long id = accepted(clinic, "change-e-staff", "");
        jdbc.sql(
                        "update provision_plan set decided_at = now() - interval '400 days', filed_at = now() - interval '430 days'"
                                + " where id = ?")
                .param(id)
                .update();
        LocalDate stopped = LocalDate.now().minusDays(20);

        assertThat(plans.withdraw(id, "change-e-staff", "Supplier stopped", stopped)
                        .isDone())
                .isTrue();

        var withdrawn = plans.find(id).orElseThrow();
        var notice = plans.withdrawalNotice(withdrawn).orElseThrow();
        assertThat(notice.late()).isTrue();
        assertThat(notice.days()).isEqualTo(20);
        var owed = annualReports.nextAnnualReport(withdrawn).orElseThrow();
        assertThat(owed.periodEnd()).isBefore(stopped);
        assertThat(annualReports
                        .fileAnnualReport(id, "change-e-staff", owed.periodEnd(), 30, 0, null)
                        .isDone())
                .isTrue();
        assertThat(annualReports.nextAnnualReport(plans.find(id).orElseThrow())).isEmpty();
    }

    @Test
    void aCommitteeOrRegulatorSuspendsReinstatesAndRevokesWithReasonsButNeverTheProvidersOwnPeople() {
        long clinic = clinic("Change Clinic F");
        members.link("change-f-staff", clinic);
        long id = accepted(clinic, "change-f-staff", "");

        assertThat(plans.oversee(id, "change-f-staff", Oversight.SUSPEND, "no")
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.REVIEWER_OF_OWN_PROVIDER);
        assertThat(plans.oversee(id, "regulator-f", Oversight.REINSTATE, "why")
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.OVERSIGHT_NOT_FROM_STATUS);
        assertThat(plans.oversee(id, "regulator-f", Oversight.SUSPEND, " ")
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.TEXT_MISSING);
        assertThat(plans.oversee(id, "regulator-f", Oversight.SUSPEND, "Two sepsis reports under review")
                        .isDone())
                .isTrue();
        assertThat(plans.find(id).orElseThrow().status()).isEqualTo("suspended");
        assertThat(plans.oversee(id, COMMITTEE, Oversight.REINSTATE, "Sterility investigation closed")
                        .isDone())
                .isTrue();
        assertThat(plans.find(id).orElseThrow().status()).isEqualTo("accepted");
        assertThat(plans.oversee(id, "regulator-f", Oversight.REVOKE, "Falsified release records")
                        .isDone())
                .isTrue();

        var revoked = plans.find(id).orElseThrow();
        assertThat(revoked.status()).isEqualTo("revoked");
        assertThat(revoked.endedOn()).isEqualTo(LocalDate.now());
        assertThat(revoked.statusReason()).isEqualTo("Falsified release records");
        assertThat(annualReports.nextAnnualReport(revoked)).isEmpty();
        assertThat(plans.registered(clinic)).extracting(ProvisionPlan::status).containsExactly("revoked");
        assertThat(plans.steps(id))
                .extracting(ReviewStep::kind)
                .containsSubsequence("suspended", "reinstated", "revoked");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where subject = ? and action in ('plan.suspended', 'plan.reinstated', 'plan.revoked')")
                        .param("plan:" + id)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    private long accepted(long clinic, String by, String conditions) {
        long id = plans.file(clinic, filing("Change Test EV " + clinic), by);
        plans.declareConflict(id, COMMITTEE, "");
        Map<String, String> all = new HashMap<>();
        plans.rules().checklist().forEach(item -> all.put(item.id(), "met"));
        assertThat(plans.decide(id, COMMITTEE, true, all, "Complete.", conditions)
                        .isDone())
                .isTrue();
        return id;
    }

    private static PlanChange withDose(ProvisionPlan plan, String dose, String reasons) {
        var same = PlanChange.of(plan);
        return new PlanChange(
                same.productName(),
                same.productType(),
                same.source(),
                same.donor(),
                same.indication(),
                same.route(),
                dose,
                same.consent(),
                reasons);
    }

    private long clinic(String name) {
        return providers.add(new Provider(0, name, "JP", "Osaka", null, null, false));
    }

    private static PlanFiling filing(String product) {
        return new PlanFiling(
                "JP",
                product,
                "exosome",
                "adipose",
                "autologous",
                "orthopedic_joint",
                "intra_articular",
                "2 mL, 1e10 particles/mL by NTA, once",
                "3",
                "This treatment is not approved; known risks are infection and swelling; the cost is 500,000 yen.");
    }
}
