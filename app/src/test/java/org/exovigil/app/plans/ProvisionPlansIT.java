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

/** A plan is filed, reviewed by a committee member without a conflict, and accepted with a public number. */
class ProvisionPlansIT extends RunningExovigil {

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
    void aPlanIsAcceptedOnlyAfterConflictsAreDeclaredAndEveryRequiredItemIsMet() {
        long clinic = clinic("Plan Test Clinic A", "JP");
        long id = plans.file(clinic, filing("JP", "stem_cell"), "clinic-a-doctor");

        assertThat(plans.decide(id, "committee-1", true, allMet(), "well documented", "")
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.CONFLICTS_NOT_DECLARED);
        assertThat(plans.declareConflict(id, "committee-1", "").isDone()).isTrue();
        assertThat(plans.decide(id, "committee-1", true, Map.of(), "well documented", "")
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.CHECKLIST_ITEM_NOT_JUDGED);
        var notCharacterised = allMet();
        notCharacterised.put("product_characterised", "not_met");
        assertThat(plans.decide(id, "committee-1", true, notCharacterised, "ok", "")
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.REQUIRED_ITEM_NOT_MET);
        assertThat(plans.decide(id, "committee-1", true, allMet(), "", "")
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.TEXT_MISSING);

        assertThat(plans.decide(
                                id,
                                "committee-1",
                                true,
                                allMet(),
                                "Complete dossier; risks explained.",
                                "Report every infection within 7 days.")
                        .isDone())
                .isTrue();

        var accepted = plans.find(id).orElseThrow();
        assertThat(accepted.status()).isEqualTo("accepted");
        assertThat(accepted.publicNumber()).matches("EXO-PLAN-\\d{4}-\\d{5}");
        assertThat(plans.registered(clinic)).extracting(ProvisionPlan::id).containsExactly(id);
        assertThat(plans.steps(id)).extracting(ReviewStep::kind).containsExactly("conflict_declared", "decision");
    }

    @Test
    void theRulebookSaysWhetherTheLawRequiresThePlan() {
        long clinic = clinic("Plan Test Clinic B", "JP");

        long cells = plans.file(clinic, filing("JP", "stem_cell"), "clinic-b");
        long supernatant = plans.file(clinic, filing("JP", "culture_supernatant"), "clinic-b");

        assertThat(plans.find(cells).orElseThrow().requiredByLaw()).isTrue();
        assertThat(plans.find(supernatant).orElseThrow().requiredByLaw()).isFalse();
    }

    @Test
    void aProvidersOwnPeopleNeverReviewItsPlanAndAConflictedReviewerDoesNotDecide() {
        long clinic = clinic("Plan Test Clinic C", "JP");
        members.link("clinic-c-director", clinic);
        long id = plans.file(clinic, filing("JP", "exosome"), "clinic-c-nurse");

        assertThat(plans.declareConflict(id, "clinic-c-director", "").refusal().code())
                .isEqualTo(PlanRefusal.REVIEWER_OF_OWN_PROVIDER);
        assertThat(plans.declareConflict(id, "clinic-c-nurse", "").refusal().code())
                .isEqualTo(PlanRefusal.REVIEWER_OF_OWN_PROVIDER);

        plans.declareConflict(id, "committee-2", "I advise the product's maker");
        assertThat(plans.ask(id, "committee-2", "Which lot release tests?")
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.REVIEWER_CONFLICTED);
    }

    /** Issue 15, finding 15: declaring "no conflict" after a conflict does not clear the member to review. */
    @Test
    void aDeclaredConflictOfInterestStandsAndCannotBeWithdrawn() {
        long clinic = clinic("Plan Test Clinic Conflict", "JP");
        long id = plans.file(clinic, filing("JP", "exosome"), "clinic-conflict-staff");
        assertThat(plans.declareConflict(id, "committee-conflicted", "I hold shares in the maker")
                        .isDone())
                .isTrue();

        assertThat(plans.declareConflict(id, "committee-conflicted", "")
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.CONFLICT_STANDS);
        assertThat(plans.ask(id, "committee-conflicted", "Which lot?").refusal().code())
                .isEqualTo(PlanRefusal.REVIEWER_CONFLICTED);
        assertThat(plans.decide(id, "committee-conflicted", true, allMet(), "fine", "")
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.REVIEWER_CONFLICTED);
        assertThat(plans.find(id).orElseThrow().status()).isEqualTo("submitted");
    }

    @Test
    void questionsAreAnsweredByTheProviderAndThePlanReturnsToReview() {
        long clinic = clinic("Plan Test Clinic D", "KR");
        members.link("clinic-d-staff", clinic);
        long id = plans.file(clinic, filing("KR", "exosome"), "clinic-d-staff");
        plans.declareConflict(id, "committee-3", "");

        assertThat(plans.ask(id, "committee-3", "How is the dose measured?").isDone())
                .isTrue();
        assertThat(plans.decide(id, "committee-3", true, allMet(), "ok", "")
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.QUESTION_OPEN);
        assertThat(plans.answer(id, "someone-else", "By NTA").refusal().code())
                .isEqualTo(PlanRefusal.NOT_THE_PROVIDERS_OWN);
        assertThat(plans.answer(id, "clinic-d-staff", "By NTA and BCA protein, ratio reported")
                        .isDone())
                .isTrue();

        assertThat(plans.find(id).orElseThrow().status()).isEqualTo("submitted");
        assertThat(plans.decide(id, "committee-3", false, allMet(), "Potency assay missing", "")
                        .isDone())
                .isTrue();
        assertThat(plans.find(id).orElseThrow().publicNumber()).isNull();
    }

    @Test
    void yearlyReportsAreOwedFromAcceptanceAndCountThePatientsTreated() {
        long clinic = clinic("Plan Test Clinic E", "JP");
        members.link("clinic-e-staff", clinic);
        long id = plans.file(clinic, filing("JP", "stem_cell"), "clinic-e-staff");
        plans.declareConflict(id, "committee-4", "");
        plans.decide(id, "committee-4", true, allMet(), "fine", "");
        jdbc.sql("update provision_plan set decided_at = now() - interval '400 days' where id = ?")
                .param(id)
                .update();
        var plan = plans.find(id).orElseThrow();
        var due = annualReports.nextAnnualReport(plan).orElseThrow();
        LocalDate accepted = plan.decidedAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate();

        assertThat(due.periodEnd()).isEqualTo(accepted.plusYears(1));
        assertThat(due.dueOn()).isEqualTo(accepted.plusYears(1).plusDays(90));
        assertThat(annualReports
                        .fileAnnualReport(id, "clinic-e-staff", due.periodEnd(), 10, 11, null)
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.COUNTS_INVALID);
        var early = annualReports
                .fileAnnualReport(id, "clinic-e-staff", due.periodEnd().plusDays(1), 10, 1, null)
                .refusal();
        assertThat(early.code()).isEqualTo(PlanRefusal.PERIOD_NOT_ENDED);
        assertThat(early.particulars())
                .containsExactly(due.periodEnd().toString(), due.dueOn().toString());
        assertThat(annualReports
                        .fileAnnualReport(id, "clinic-e-staff", due.periodEnd(), 42, 1, null)
                        .isDone())
                .isTrue();
        assertThat(annualReports
                        .fileAnnualReport(id, "clinic-e-staff", due.periodEnd(), 42, 1, null)
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.PERIOD_ALREADY_REPORTED);

        assertThat(annualReports.patientsTreated(clinic)).isEqualTo(42);
        assertThat(annualReports
                        .nextAnnualReport(plans.find(id).orElseThrow())
                        .orElseThrow()
                        .periodEnd())
                .isEqualTo(accepted.plusYears(2));
    }

    private Map<String, String> allMet() {
        Map<String, String> checklist = new HashMap<>();
        plans.rules().checklist().forEach(item -> checklist.put(item.id(), "met"));
        return checklist;
    }

    @Test
    void aPlanNamesTheProductRecordAReportMadeFollowingAMergeAndCreatesNoneOfItsOwn() {
        long survivor = jdbc.sql("insert into product (name, type, from_report, reviewed) values"
                        + " ('Plan Merge Survivor', 'exosome', false, true) returning id")
                .query(Long.class)
                .single();
        jdbc.sql("insert into product (name, type, from_report, reviewed, merged_into) values"
                        + " ('Plan Merge Source', 'exosome', true, false, ?)")
                .param(survivor)
                .update();
        long clinic = clinic("Plan Test Clinic Merge", "JP");

        long id = plans.file(clinic, filing("JP", "  plan merge   SOURCE ", "exosome"), "clinic-merge");

        assertThat(jdbc.sql("select product_id from plan_version where plan_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("the name, spaces collapsed and case ignored, leads to the record it was merged into")
                .isEqualTo(survivor);
        assertThat(jdbc.sql("select count(*) from product where lower(name) = 'plan merge source'")
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private long clinic(String name, String country) {
        return providers.add(new Provider(0, name, country, "City", null, null, false));
    }

    private static PlanFiling filing(String jurisdiction, String type) {
        return filing(jurisdiction, "Test " + type, type);
    }

    private static PlanFiling filing(String jurisdiction, String product, String type) {
        return new PlanFiling(
                jurisdiction,
                product,
                type,
                "adipose",
                "autologous",
                "orthopedic_joint",
                "intra_articular",
                "2 mL, 1e10 particles/mL by NTA, once",
                "2",
                "This treatment is not approved; known risks are infection and swelling; the cost is 500,000 yen.");
    }
}
