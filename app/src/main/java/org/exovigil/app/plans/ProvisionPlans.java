package org.exovigil.app.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.plans.PlanReview.Decision;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.registry.ProviderMembers;
import org.exovigil.app.registry.ReportedEntities;
import org.exovigil.rulebook.Rulebook;
import org.exovigil.rulebook.RulebookException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The life of a provision plan, step by step, by the rules of {@link PlanReview}: each step locks the plan, asks the
 * review whether it may be taken, and keeps and audits it when it may. A provider's people file a plan and answer
 * questions; committee members declare their conflicts of interest, ask and decide; an accepted plan changes the same
 * way; the provider withdraws a plan and a committee or regulator suspends, reinstates or revokes it.
 */
@Service
public class ProvisionPlans {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlanStore store;
    private final ReportedEntities products;
    private final AuditLog audit;
    private final ProviderMembers members;
    private final Rulebook rulebook;
    private final Clock clock;
    private final PlanRules rules = PlanRules.bundled();

    ProvisionPlans(
            PlanStore store,
            ReportedEntities products,
            AuditLog audit,
            ProviderMembers members,
            Rulebook rulebook,
            Clock clock) {
        this.store = store;
        this.products = products;
        this.audit = audit;
        this.members = members;
        this.rulebook = rulebook;
        this.clock = clock;
    }

    public PlanRules rules() {
        return rules;
    }

    @Transactional
    public long file(long providerId, PlanFiling filing, String by) {
        long id = store.insertPlan(providerId, filing.jurisdiction(), filing.riskClass(), by);
        insertVersion(id, 1, filing.jurisdiction(), filing.content(), List.of(), null, by);
        audit.append(by, "plan.filed", "plan:" + id, "provider=" + providerId);
        return id;
    }

    /**
     * A provider's people file a change to a plan in force (accepted, or suspended and being put right). It goes to a
     * committee as a new version; until it is accepted the version in force stays in force (ASRM Art 5, see
     * provision-plans.yaml).
     */
    @Transactional
    public Outcome<Void> fileChange(long id, String principal, PlanChange change) {
        ProvisionPlan plan = store.locked(id);
        List<String> changed = change.content().changedFrom(plan.content());
        int number = store.nextVersion(id);
        var checked = review(plan).fileChange(principal, change.reasons(), changed, rules.changeFields(), number);
        return keep(checked, next -> {
            String reasons = change.reasons().strip();
            insertVersion(id, number, plan.jurisdiction(), change.content(), changed, reasons, principal);
            step(id, number, "change_filed", principal, String.join(", ", changed) + ": " + reasons, null);
        });
    }

    /** A committee member declares conflicts of interest ("" for none) on the version under review, first. */
    @Transactional
    public Outcome<Void> declareConflict(long id, String reviewer, String conflict) {
        PlanReview review = review(store.locked(id));
        String declared = conflict == null ? "" : conflict.strip();
        return keep(
                review.declareConflict(reviewer, conflict),
                next -> step(id, review.pending().version(), "conflict_declared", reviewer, declared, null));
    }

    @Transactional
    public Outcome<Void> ask(long id, String reviewer, String question) {
        return keep(review(store.locked(id)).ask(reviewer, question), next -> {
            step(id, next.pending().version(), "question", reviewer, question.strip(), null);
            store.moveReview(id, next);
        });
    }

    /** The provider answers the committee's questions; the version goes back to review. */
    @Transactional
    public Outcome<Void> answer(long id, String principal, String text) {
        return keep(review(store.locked(id)).answer(principal, text), next -> {
            step(id, next.pending().version(), "answer", principal, text.strip(), null);
            store.moveReview(id, next);
        });
    }

    /**
     * Accepts or rejects the version under review against the checklist items it concerns: all of them for the plan
     * as filed, those relevant to what a change changes. An accepted plan gets its public number; an accepted change
     * becomes the version in force, on the conditions given or, when none are, on those in force.
     */
    @Transactional
    public Outcome<Void> decide(
            long id,
            String reviewer,
            boolean accept,
            Map<String, String> checklist,
            String reasons,
            String conditions) {
        ProvisionPlan plan = store.locked(id);
        Optional<PlanVersion> underReview = store.underReview(id);
        var decision = new Decision(accept, checklist, reasons);
        var items = underReview.map(rules::checklistFor).orElse(List.of());
        var checked = PlanReview.of(plan, underReview, policy(plan)).decide(reviewer, decision, items);
        return keep(
                checked,
                next -> decided(plan, underReview.orElseThrow().version(), decision, conditions, reviewer, next));
    }

    private void decided(
            ProvisionPlan plan, int version, Decision decision, String conditions, String reviewer, PlanReview next) {
        var now = now();
        String reasons = decision.reasons().strip();
        String kept = decision.conditions(version, conditions, plan.conditions());
        store.decideVersion(plan.id(), version, decision.verdict(), reasons, kept, reviewer, now);
        if (version == 1) {
            String number = next.status() == PlanStatus.ACCEPTED ? publicNumber() : null;
            store.decidePlan(plan.id(), next.status(), number, now, reviewer);
        } else if (decision.accept()) {
            store.putInForce(plan.id(), version);
        }
        String text = decision.verdict().code() + ": " + reasons;
        step(plan.id(), version, "decision", reviewer, text, JSON.writeValueAsString(decision.checklist()));
    }

    /**
     * The provider withdraws its plan, saying why and the day provision stopped. A version under review is closed;
     * the plan stays in the register, marked withdrawn, and owes no yearly report for a period that ends after that
     * day.
     */
    @Transactional
    public Outcome<Void> withdraw(long id, String principal, String reason, LocalDate stoppedOn) {
        ProvisionPlan plan = store.locked(id);
        var checked = review(plan).withdraw(principal, reason, stoppedOn, LocalDate.now(clock));
        return keep(checked, next -> end(plan, next.status(), principal, reason, stoppedOn));
    }

    /**
     * A committee member or regulator acts on a plan in the register: suspends an accepted plan, reinstates a
     * suspended one, or revokes either, always with the reason.
     */
    @Transactional
    public Outcome<Void> oversee(long id, String actor, Oversight action, String reason) {
        ProvisionPlan plan = store.locked(id);
        return keep(review(plan).oversee(actor, action, reason), next -> {
            if (next.status().ended()) {
                end(plan, next.status(), actor, reason, LocalDate.now(clock));
            } else {
                store.changeStanding(id, next.status(), reason.strip(), now());
                step(id, plan.version(), action.kind(), actor, reason.strip(), null);
            }
        });
    }

    /**
     * When a withdrawal was notified against the rule's days after provision stopped; empty unless the plan was
     * withdrawn.
     */
    public Optional<WithdrawalNotice> withdrawalNotice(ProvisionPlan plan) {
        if (plan.state() != PlanStatus.WITHDRAWN || plan.endedOn() == null || plan.statusChangedAt() == null) {
            return Optional.empty();
        }
        LocalDate notified = plan.statusChangedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        long days = ChronoUnit.DAYS.between(plan.endedOn(), notified);
        return Optional.of(new WithdrawalNotice(
                plan.endedOn(), notified, days, rules.withdrawalNoticeDays(), days > rules.withdrawalNoticeDays()));
    }

    /** A withdrawal: the day provision stopped, the day it was notified, and whether that was late. */
    public record WithdrawalNotice(
            LocalDate stoppedOn, LocalDate notifiedOn, long days, int allowedDays, boolean late) {}

    public Optional<ProvisionPlan> find(long id) {
        return store.find(id);
    }

    public List<ProvisionPlan> ofProvider(long providerId) {
        return store.ofProvider(providerId);
    }

    /** Plans with a version under review, the plan as filed or a change to it, the longest waiting first. */
    public List<ProvisionPlan> awaitingReview() {
        return store.awaitingReview();
    }

    /**
     * The plans in the register, newest first, of one provider or all when null: every plan once accepted, in force,
     * suspended, withdrawn or revoked; an ended plan stays, marked.
     */
    public List<ProvisionPlan> registered(Long providerId) {
        return store.registered(providerId);
    }

    /** A plan in the register by its public number. */
    public Optional<ProvisionPlan> byNumber(String publicNumber) {
        return store.byNumber(publicNumber);
    }

    /** Every version of a plan, the first first. */
    public List<PlanVersion> versions(long id) {
        return store.versions(id);
    }

    /** The version a committee is reviewing: the plan as filed, or a change to it. */
    public Optional<PlanVersion> underReview(long id) {
        return store.underReview(id);
    }

    public List<ReviewStep> steps(long id) {
        return store.steps(id);
    }

    private PlanReview review(ProvisionPlan plan) {
        return PlanReview.of(plan, store.underReview(plan.id()), policy(plan));
    }

    private ReviewerPolicy policy(ProvisionPlan plan) {
        return new ReviewerPolicy(
                members.principalsOf(plan.providerId()), plan.filedBy(), store.declarations(plan.id()));
    }

    /** Keeps the step when the review allows it; the review's refusal otherwise. */
    private static Outcome<Void> keep(Outcome<PlanReview> checked, Consumer<PlanReview> keep) {
        return switch (checked) {
            case Outcome.Refused<PlanReview>(Refusal refusal) -> Outcome.refused(refusal);
            case Outcome.Done<PlanReview>(PlanReview next) -> {
                keep.accept(next);
                yield Outcome.done();
            }
        };
    }

    /** One version of a plan's content, with the product it names and whether the law requires the plan for it. */
    private void insertVersion(
            long id,
            int version,
            String jurisdiction,
            PlanContent content,
            List<String> changed,
            String reasons,
            String by) {
        PlanContent stored = content.stored();
        long product = products.declaredProduct(stored.productName(), stored.productType());
        store.insertVersion(id, version, product, stored, requiredByLaw(jurisdiction, content), changed, reasons, by);
    }

    /**
     * Whether the law of the plan's jurisdiction requires a plan (or its equivalent) for this product and use, as the
     * rulebook says; null when the rulebook cannot tell.
     */
    private Boolean requiredByLaw(String jurisdiction, PlanContent content) {
        try {
            var assessment = rulebook.classify(content.offering(jurisdiction, LocalDate.now(clock)));
            if (assessment.classification() == null) {
                return null;
            }
            return assessment.requirements().stream()
                    .anyMatch(requirement -> rules.planRequirements().contains(requirement.code()));
        } catch (RulebookException notClassifiable) {
            return null;
        }
    }

    /** Ends a plan (withdrawn or revoked) on a day, closing a version under review. */
    private void end(ProvisionPlan plan, PlanStatus status, String by, String reason, LocalDate endedOn) {
        store.end(plan.id(), status, endedOn, reason.strip(), now());
        step(plan.id(), plan.version(), status.code(), by, "%s (%s)".formatted(reason.strip(), endedOn), null);
    }

    private void step(long id, int version, String kind, String by, String text, String data) {
        store.insertStep(id, version, kind, by, text, data);
        String detail = "version=%d %s".formatted(version, text);
        audit.append(
                by,
                "plan." + kind.replace('_', '-'),
                "plan:" + id,
                detail.length() > 200 ? detail.substring(0, 200) : detail);
    }

    private String publicNumber() {
        return "EXO-PLAN-%d-%05d".formatted(Year.now(clock).getValue(), store.nextPublicNumber());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
