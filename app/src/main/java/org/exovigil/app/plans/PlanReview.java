package org.exovigil.app.plans;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;

/**
 * The life of one provision plan as a state machine, in the manner of the vigilance core's {@code Verification}. The
 * provider files the plan and answers questions; a committee member, cleared by the {@link ReviewerPolicy}, asks and
 * decides with reasons against the checklist. The plan as filed stands where its first version does. An accepted plan
 * changes the same way: the provider files a change, a committee reviews it, and only an accepted change becomes the
 * version in force (ASRM Art 5, see provision-plans.yaml). The provider withdraws a plan; a committee or regulator
 * suspends, reinstates or revokes it. Immutable: each step returns the review as it stands after, or the refusal
 * that forbids it; the caller keeps the step and audits it.
 *
 * @param status    where the plan stands
 * @param pending   the version a committee is reviewing (the plan as filed, or a change), or null
 * @param filedOn   the day the plan was filed, the earliest on which provision can have stopped
 * @param reviewers who may review the plan, and who speaks for its provider
 */
record PlanReview(PlanStatus status, Pending pending, LocalDate filedOn, ReviewerPolicy reviewers) {

    private static final Set<String> JUDGEMENTS = Set.of("met", "not_met", "not_applicable");
    private static final Set<PlanStatus> WITHDRAWABLE =
            EnumSet.of(PlanStatus.SUBMITTED, PlanStatus.QUESTIONS, PlanStatus.ACCEPTED, PlanStatus.SUSPENDED);

    /** A version under review: its number, and where it stands. */
    record Pending(int version, VersionStatus status) {}

    /**
     * A committee's decision on the version under review: accept or reject, each checklist item judged, and the
     * reasons.
     */
    record Decision(boolean accept, Map<String, String> checklist, String reasons) {

        VersionStatus verdict() {
            return accept ? VersionStatus.ACCEPTED : VersionStatus.REJECTED;
        }

        /**
         * The conditions the decided version carries: those given, or, when an accepted change gives none, the
         * conditions of the version it replaces.
         */
        String conditions(int version, String given, String inForce) {
            if (accept && blank(given) && version > 1) {
                return inForce;
            }
            return blank(given) ? null : given.strip();
        }
    }

    static PlanReview of(ProvisionPlan plan, Optional<PlanVersion> underReview, ReviewerPolicy reviewers) {
        return new PlanReview(
                plan.state(),
                underReview
                        .map(version -> new Pending(version.version(), version.state()))
                        .orElse(null),
                plan.filedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                reviewers);
    }

    /** The provider files a change to a plan in force, as version {@code number}; one change at a time. */
    Outcome<PlanReview> fileChange(
            String principal, String reasons, List<String> changed, List<String> changeFields, int number) {
        if (!reviewers.speaksForProvider(principal)) {
            return refused(PlanRefusal.NOT_THE_PROVIDERS_OWN);
        }
        if (!status.inForce()) {
            return refused(PlanRefusal.PLAN_NOT_IN_FORCE, status.code());
        }
        if (pending != null) {
            return refused(PlanRefusal.CHANGE_UNDER_REVIEW, pending.version());
        }
        if (blank(reasons)) {
            return refused(PlanRefusal.TEXT_MISSING);
        }
        if (changed.isEmpty()) {
            return refused(PlanRefusal.CHANGE_CHANGES_NOTHING, String.join(", ", changeFields));
        }
        return Outcome.done(new PlanReview(status, new Pending(number, VersionStatus.SUBMITTED), filedOn, reviewers));
    }

    /** A committee member declares conflicts of interest ("" for none) on the version under review, first. */
    Outcome<PlanReview> declareConflict(String reviewer, String conflict) {
        if (pending == null) {
            return refused(PlanRefusal.NOTHING_UNDER_REVIEW);
        }
        return reviewers.mayDeclare(reviewer, conflict).map(PlanReview::refused).orElseGet(() -> Outcome.done(this));
    }

    /** A cleared committee member asks the provider a question; the version awaits the answer. */
    Outcome<PlanReview> ask(String reviewer, String question) {
        if (pending == null) {
            return refused(PlanRefusal.NOTHING_UNDER_REVIEW);
        }
        Optional<Refusal> notCleared = reviewers.mayAskOrDecide(reviewer, pending.version());
        if (notCleared.isPresent()) {
            return refused(notCleared.get());
        }
        if (blank(question)) {
            return refused(PlanRefusal.TEXT_MISSING);
        }
        return Outcome.done(moved(VersionStatus.QUESTIONS));
    }

    /** The provider answers the open questions; the version goes back to review. */
    Outcome<PlanReview> answer(String principal, String text) {
        if (!reviewers.speaksForProvider(principal)) {
            return refused(PlanRefusal.NOT_THE_PROVIDERS_OWN);
        }
        if (pending == null || pending.status() != VersionStatus.QUESTIONS) {
            return refused(PlanRefusal.NO_OPEN_QUESTION);
        }
        if (blank(text)) {
            return refused(PlanRefusal.TEXT_MISSING);
        }
        return Outcome.done(moved(VersionStatus.SUBMITTED));
    }

    /**
     * A cleared committee member accepts or rejects the version under review, once no question is open. Every item of
     * {@code checklist} (those the version concerns) must be judged met, not_met or not_applicable; a version is
     * accepted only when every required one is met, and the reasons are written down.
     */
    Outcome<PlanReview> decide(String reviewer, Decision decision, List<ChecklistItem> checklist) {
        if (pending == null) {
            return refused(PlanRefusal.NOTHING_UNDER_REVIEW);
        }
        Optional<Refusal> notCleared = reviewers.mayAskOrDecide(reviewer, pending.version());
        if (notCleared.isPresent()) {
            return refused(notCleared.get());
        }
        if (pending.status() != VersionStatus.SUBMITTED) {
            return refused(PlanRefusal.QUESTION_OPEN);
        }
        for (ChecklistItem item : checklist) {
            String judged = decision.checklist().get(item.id());
            if (judged == null || !JUDGEMENTS.contains(judged)) {
                return refused(PlanRefusal.CHECKLIST_ITEM_NOT_JUDGED, item.id());
            }
            if (decision.accept() && item.required() && !judged.equals("met")) {
                return refused(PlanRefusal.REQUIRED_ITEM_NOT_MET, item.id());
            }
        }
        if (blank(decision.reasons())) {
            return refused(PlanRefusal.TEXT_MISSING);
        }
        PlanStatus after = pending.version() == 1 ? decision.verdict().ofPlanAsFiled() : status;
        return Outcome.done(new PlanReview(after, null, filedOn, reviewers));
    }

    /**
     * The provider withdraws its plan, saying why and the day provision stopped: today or before, not before it was
     * filed. A version under review is closed.
     */
    Outcome<PlanReview> withdraw(String principal, String reason, LocalDate stoppedOn, LocalDate today) {
        if (!reviewers.speaksForProvider(principal)) {
            return refused(PlanRefusal.NOT_THE_PROVIDERS_OWN);
        }
        if (!WITHDRAWABLE.contains(status)) {
            return refused(PlanRefusal.PLAN_NOT_WITHDRAWABLE, status.code());
        }
        if (blank(reason)) {
            return refused(PlanRefusal.TEXT_MISSING);
        }
        if (stoppedOn == null || stoppedOn.isBefore(filedOn) || stoppedOn.isAfter(today)) {
            return refused(PlanRefusal.STOPPED_ON_OUT_OF_RANGE, filedOn, today);
        }
        return Outcome.done(new PlanReview(PlanStatus.WITHDRAWN, null, filedOn, reviewers));
    }

    /**
     * A committee member or regulator suspends, reinstates or revokes a plan in the register, always with the reason;
     * never the provider's own people. A revoked plan has ended, and a version under review is closed.
     */
    Outcome<PlanReview> oversee(String actor, Oversight action, String reason) {
        Optional<Refusal> notReviewer = reviewers.mayReview(actor);
        if (notReviewer.isPresent()) {
            return refused(notReviewer.get());
        }
        if (!action.from().contains(status)) {
            String from = action.from().stream().map(PlanStatus::code).collect(Collectors.joining(" or "));
            return refused(PlanRefusal.OVERSIGHT_NOT_FROM_STATUS, action.kind(), status.code(), from);
        }
        if (blank(reason)) {
            return refused(PlanRefusal.TEXT_MISSING);
        }
        Pending kept = action.to().ended() ? null : pending;
        return Outcome.done(new PlanReview(action.to(), kept, filedOn, reviewers));
    }

    /** The version under review moves; the plan as filed moves with it. */
    private PlanReview moved(VersionStatus to) {
        PlanStatus plan = pending.version() == 1 ? to.ofPlanAsFiled() : status;
        return new PlanReview(plan, new Pending(pending.version(), to), filedOn, reviewers);
    }

    private static Outcome<PlanReview> refused(PlanRefusal code, Object... particulars) {
        return Outcome.refused(code, particulars);
    }

    private static Outcome<PlanReview> refused(Refusal refusal) {
        return Outcome.refused(refusal);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
