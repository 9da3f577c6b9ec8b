package org.exovigil.app.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.exovigil.app.plans.PlanReview.Decision;
import org.exovigil.app.plans.PlanReview.Pending;
import org.exovigil.app.plans.ReviewerPolicy.Declaration;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
import org.junit.jupiter.api.Test;

/** The rules of a plan's review, step by step, without a database. */
class PlanReviewTest {

    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String STAFF = "clinic-staff";
    private static final String FILER = "clinic-filer";
    private static final String MEMBER = "committee-member";
    private static final List<ChecklistItem> CHECKLIST = List.of(
            new ChecklistItem("product_characterised", true, Set.of("product"), Map.of("en", "Product"), "ASRM", "law"),
            new ChecklistItem(
                    "indication_evidence", false, Set.of("indication"), Map.of("en", "Evidence"), "ISCT", "guide"));
    private static final Map<String, String> ALL_MET =
            Map.of("product_characterised", "met", "indication_evidence", "met");

    @Test
    void aPlanAsFiledStandsWhereItsFirstVersionDoesFromQuestionsToAcceptance() {
        PlanReview filed = review(PlanStatus.SUBMITTED, new Pending(1, VersionStatus.SUBMITTED), cleared(1));

        PlanReview questioned = filed.ask(MEMBER, "How is the dose measured?").value();
        PlanReview answered = questioned.answer(STAFF, "By NTA").value();
        PlanReview accepted = answered.decide(MEMBER, new Decision(true, ALL_MET, "Complete."), CHECKLIST)
                .value();

        assertThat(questioned.status()).isEqualTo(PlanStatus.QUESTIONS);
        assertThat(questioned.pending()).isEqualTo(new Pending(1, VersionStatus.QUESTIONS));
        assertThat(answered.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(answered.pending()).isEqualTo(new Pending(1, VersionStatus.SUBMITTED));
        assertThat(accepted.status()).isEqualTo(PlanStatus.ACCEPTED);
        assertThat(accepted.pending()).isNull();
    }

    @Test
    void nothingIsDeclaredAskedOrDecidedWhenNothingAwaitsReview() {
        PlanReview inForce = review(PlanStatus.ACCEPTED, null, cleared(1));

        assertThat(inForce.declareConflict(MEMBER, "").refusal().code()).isEqualTo(PlanRefusal.NOTHING_UNDER_REVIEW);
        assertThat(inForce.ask(MEMBER, "Why?").refusal().code()).isEqualTo(PlanRefusal.NOTHING_UNDER_REVIEW);
        assertThat(inForce.decide(MEMBER, new Decision(true, ALL_MET, "ok"), CHECKLIST)
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.NOTHING_UNDER_REVIEW);
    }

    @Test
    void aProvidersOwnPeopleAndWhoeverFiledThePlanNeverReviewIt() {
        PlanReview filed = review(PlanStatus.SUBMITTED, new Pending(1, VersionStatus.SUBMITTED), cleared(1));
        PlanReview inForce = review(PlanStatus.ACCEPTED, null, cleared(1));

        assertThat(filed.declareConflict(STAFF, "").refusal().code()).isEqualTo(PlanRefusal.REVIEWER_OF_OWN_PROVIDER);
        assertThat(filed.declareConflict(FILER, "").refusal().code()).isEqualTo(PlanRefusal.REVIEWER_OF_OWN_PROVIDER);
        assertThat(filed.ask(FILER, "Why?").refusal().code()).isEqualTo(PlanRefusal.REVIEWER_OF_OWN_PROVIDER);
        assertThat(inForce.oversee(STAFF, Oversight.SUSPEND, "no").refusal().code())
                .isEqualTo(PlanRefusal.REVIEWER_OF_OWN_PROVIDER);
    }

    @Test
    void aReviewerDeclaresConflictsOnEachVersionBeforeAskingOrDeciding() {
        PlanReview change = review(PlanStatus.ACCEPTED, new Pending(2, VersionStatus.SUBMITTED), cleared(1));

        assertThat(change.ask(MEMBER, "Why the higher dose?").refusal().code())
                .isEqualTo(PlanRefusal.CONFLICTS_NOT_DECLARED);
        assertThat(change.decide(MEMBER, new Decision(true, ALL_MET, "ok"), CHECKLIST)
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.CONFLICTS_NOT_DECLARED);
        assertThat(change.declareConflict(MEMBER, "").isDone()).isTrue();
    }

    @Test
    void aDeclaredConflictStandsOnEveryVersionAndCannotBeWithdrawn() {
        var conflicted =
                policy(new Declaration(MEMBER, 1, "I hold shares in the maker"), new Declaration(MEMBER, 2, ""));
        PlanReview change = review(PlanStatus.ACCEPTED, new Pending(2, VersionStatus.SUBMITTED), conflicted);

        assertThat(change.declareConflict(MEMBER, " ").refusal().code()).isEqualTo(PlanRefusal.CONFLICT_STANDS);
        assertThat(change.declareConflict(MEMBER, "I also advise it").isDone()).isTrue();
        assertThat(change.ask(MEMBER, "Which lot?").refusal().code()).isEqualTo(PlanRefusal.REVIEWER_CONFLICTED);
        assertThat(change.decide(MEMBER, new Decision(false, ALL_MET, "no"), CHECKLIST)
                        .refusal()
                        .code())
                .isEqualTo(PlanRefusal.REVIEWER_CONFLICTED);
    }

    @Test
    void aDecisionWaitsForTheAnswerJudgesEveryItemAndGivesItsReasons() {
        PlanReview questioned = review(PlanStatus.QUESTIONS, new Pending(1, VersionStatus.QUESTIONS), cleared(1));
        PlanReview filed = review(PlanStatus.SUBMITTED, new Pending(1, VersionStatus.SUBMITTED), cleared(1));
        var unsure = Map.of("product_characterised", "met", "indication_evidence", "maybe");
        var notCharacterised = Map.of("product_characterised", "not_met", "indication_evidence", "met");

        assertThat(refusal(questioned.decide(MEMBER, new Decision(true, ALL_MET, "ok"), CHECKLIST))
                        .code())
                .isEqualTo(PlanRefusal.QUESTION_OPEN);
        assertThat(refusal(filed.decide(MEMBER, new Decision(true, unsure, "ok"), CHECKLIST)))
                .isEqualTo(Refusal.of(PlanRefusal.CHECKLIST_ITEM_NOT_JUDGED, "indication_evidence"));
        assertThat(refusal(filed.decide(MEMBER, new Decision(true, notCharacterised, "ok"), CHECKLIST)))
                .isEqualTo(Refusal.of(PlanRefusal.REQUIRED_ITEM_NOT_MET, "product_characterised"));
        assertThat(refusal(filed.decide(MEMBER, new Decision(true, ALL_MET, " "), CHECKLIST))
                        .code())
                .isEqualTo(PlanRefusal.TEXT_MISSING);
        assertThat(filed.decide(MEMBER, new Decision(false, notCharacterised, "Not characterised"), CHECKLIST)
                        .value()
                        .status())
                .isEqualTo(PlanStatus.REJECTED);
    }

    @Test
    void onlyTheProvidersOwnPeopleAnswerAndOnlyAnOpenQuestion() {
        PlanReview questioned = review(PlanStatus.QUESTIONS, new Pending(1, VersionStatus.QUESTIONS), cleared(1));
        PlanReview filed = review(PlanStatus.SUBMITTED, new Pending(1, VersionStatus.SUBMITTED), cleared(1));

        assertThat(questioned.answer(FILER, "By NTA").refusal().code()).isEqualTo(PlanRefusal.NOT_THE_PROVIDERS_OWN);
        assertThat(questioned.answer(STAFF, "").refusal().code()).isEqualTo(PlanRefusal.TEXT_MISSING);
        assertThat(filed.answer(STAFF, "By NTA").refusal().code()).isEqualTo(PlanRefusal.NO_OPEN_QUESTION);
    }

    @Test
    void aChangeIsFiledToAPlanInForceOneAtATimeAndMustChangeSomething() {
        var fields = List.of("product", "dose");
        PlanReview suspended = review(PlanStatus.SUSPENDED, null, cleared(1));

        assertThat(refusal(review(PlanStatus.SUBMITTED, new Pending(1, VersionStatus.SUBMITTED), cleared(1))
                        .fileChange(STAFF, "why", List.of("dose"), fields, 2)))
                .isEqualTo(Refusal.of(PlanRefusal.PLAN_NOT_IN_FORCE, "submitted"));
        assertThat(refusal(review(PlanStatus.ACCEPTED, new Pending(2, VersionStatus.QUESTIONS), cleared(1))
                        .fileChange(STAFF, "why", List.of("dose"), fields, 3)))
                .isEqualTo(Refusal.of(PlanRefusal.CHANGE_UNDER_REVIEW, 2));
        assertThat(refusal(suspended.fileChange(FILER, "why", List.of("dose"), fields, 2))
                        .code())
                .isEqualTo(PlanRefusal.NOT_THE_PROVIDERS_OWN);
        assertThat(refusal(suspended.fileChange(STAFF, " ", List.of("dose"), fields, 2))
                        .code())
                .isEqualTo(PlanRefusal.TEXT_MISSING);
        assertThat(refusal(suspended.fileChange(STAFF, "why", List.of(), fields, 2)))
                .isEqualTo(Refusal.of(PlanRefusal.CHANGE_CHANGES_NOTHING, "product, dose"));

        PlanReview filed = suspended
                .fileChange(STAFF, "Put right", List.of("dose"), fields, 3)
                .value();
        assertThat(filed.status()).isEqualTo(PlanStatus.SUSPENDED);
        assertThat(filed.pending()).isEqualTo(new Pending(3, VersionStatus.SUBMITTED));
    }

    @Test
    void aDecidedChangeLeavesWhereThePlanStandsAndAnAcceptedOneKeepsTheConditionsInForce() {
        PlanReview change = review(PlanStatus.ACCEPTED, new Pending(2, VersionStatus.SUBMITTED), cleared(2));
        var accept = new Decision(true, ALL_MET, "The dose rests on data.");
        var reject = new Decision(false, ALL_MET, "No data.");

        assertThat(change.decide(MEMBER, accept, CHECKLIST).value())
                .isEqualTo(review(PlanStatus.ACCEPTED, null, cleared(2)));
        assertThat(change.decide(MEMBER, reject, CHECKLIST).value().status()).isEqualTo(PlanStatus.ACCEPTED);
        assertThat(accept.conditions(2, " ", "Report infections.")).isEqualTo("Report infections.");
        assertThat(accept.conditions(2, " Report sepsis. ", "Report infections."))
                .isEqualTo("Report sepsis.");
        assertThat(accept.conditions(1, "", "Report infections.")).isNull();
        assertThat(reject.conditions(2, "", "Report infections.")).isNull();
    }

    @Test
    void aPlanIsWithdrawnWithItsReasonOnADayFromItsFilingToToday() {
        PlanReview inForce = review(PlanStatus.ACCEPTED, new Pending(2, VersionStatus.SUBMITTED), cleared(1));

        assertThat(refusal(inForce.withdraw(STAFF, "closing", TODAY.plusDays(1), TODAY)))
                .isEqualTo(Refusal.of(PlanRefusal.STOPPED_ON_OUT_OF_RANGE, "2026-03-02", "2026-06-01"));
        assertThat(refusal(inForce.withdraw(STAFF, "closing", FILED.minusDays(1), TODAY))
                        .code())
                .isEqualTo(PlanRefusal.STOPPED_ON_OUT_OF_RANGE);
        assertThat(refusal(inForce.withdraw(STAFF, "closing", null, TODAY)).code())
                .isEqualTo(PlanRefusal.STOPPED_ON_OUT_OF_RANGE);
        assertThat(refusal(inForce.withdraw(STAFF, "", TODAY, TODAY)).code()).isEqualTo(PlanRefusal.TEXT_MISSING);
        assertThat(refusal(inForce.withdraw(FILER, "closing", TODAY, TODAY)).code())
                .isEqualTo(PlanRefusal.NOT_THE_PROVIDERS_OWN);
        assertThat(refusal(review(PlanStatus.REJECTED, null, cleared(1)).withdraw(STAFF, "closing", TODAY, TODAY)))
                .isEqualTo(Refusal.of(PlanRefusal.PLAN_NOT_WITHDRAWABLE, "rejected"));

        assertThat(inForce.withdraw(STAFF, "The clinic stops.", FILED, TODAY).value())
                .isEqualTo(review(PlanStatus.WITHDRAWN, null, cleared(1)));
    }

    @Test
    void aCommitteeOrRegulatorSuspendsReinstatesAndRevokesOnlyFromTheStatusesThatAllowIt() {
        Pending change = new Pending(2, VersionStatus.SUBMITTED);
        PlanReview inForce = review(PlanStatus.ACCEPTED, change, cleared(1));

        assertThat(refusal(inForce.oversee(MEMBER, Oversight.REINSTATE, "why")))
                .isEqualTo(Refusal.of(PlanRefusal.OVERSIGHT_NOT_FROM_STATUS, "reinstated", "accepted", "suspended"));
        assertThat(refusal(review(PlanStatus.WITHDRAWN, null, cleared(1)).oversee(MEMBER, Oversight.REVOKE, "why")))
                .isEqualTo(Refusal.of(
                        PlanRefusal.OVERSIGHT_NOT_FROM_STATUS, "revoked", "withdrawn", "accepted or suspended"));
        assertThat(refusal(inForce.oversee(MEMBER, Oversight.SUSPEND, " ")).code())
                .isEqualTo(PlanRefusal.TEXT_MISSING);

        PlanReview suspended =
                inForce.oversee(MEMBER, Oversight.SUSPEND, "Sepsis reports").value();
        assertThat(suspended).isEqualTo(review(PlanStatus.SUSPENDED, change, cleared(1)));
        assertThat(suspended
                        .oversee(MEMBER, Oversight.REINSTATE, "Closed")
                        .value()
                        .status())
                .isEqualTo(PlanStatus.ACCEPTED);
        assertThat(suspended
                        .oversee(MEMBER, Oversight.REVOKE, "Falsified records")
                        .value())
                .isEqualTo(review(PlanStatus.REVOKED, null, cleared(1)));
    }

    private static PlanReview review(PlanStatus status, Pending pending, ReviewerPolicy reviewers) {
        return new PlanReview(status, pending, FILED, reviewers);
    }

    /** The member declared no conflict on each version up to {@code versions}. */
    private static ReviewerPolicy cleared(int versions) {
        return policy(IntStream.rangeClosed(1, versions)
                .mapToObj(version -> new Declaration(MEMBER, version, ""))
                .toArray(Declaration[]::new));
    }

    private static ReviewerPolicy policy(Declaration... declarations) {
        return new ReviewerPolicy(Set.of(STAFF), FILER, List.of(declarations));
    }

    private static Refusal refusal(Outcome<PlanReview> outcome) {
        return outcome.refusal();
    }
}
