package org.exovigil.app.signalmanagement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.plans.Oversight;
import org.exovigil.app.plans.ProvisionPlan;
import org.exovigil.app.plans.ProvisionPlans;
import org.exovigil.app.products.LotRestrictions;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.watch.UnlawfulMarketing;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.signal.MarketingRiseRule;
import org.exovigil.vigilance.signal.PriorityLevel;
import org.exovigil.vigilance.signal.PriorityScore;
import org.exovigil.vigilance.signal.Signal;
import org.exovigil.vigilance.signal.SignalAction;
import org.exovigil.vigilance.signal.SignalSource;
import org.exovigil.vigilance.signal.SignalStatus;
import org.exovigil.vigilance.verification.Evidence;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a signal through the steps of GVP Module IX by the rules of the vigilance core, keeping every step
 * with its evidence, every action with its owner and due date, and an audit event for each. A lot hold or
 * recall is placed on the lot in the same transaction as the action, and a hold is lifted with it; a plan
 * suspension suspends the plan in the register by the plan's own rules (its review's state machine and audit),
 * and lifting it reinstates the plan. The signal row is locked while a step or action is added, so two
 * regulators cannot interleave.
 */
@Service
public class SignalManagement {

    private final SignalStore store;
    private final SignalSources sources;
    private final SignalPriority priority;
    private final MarketingRises marketing;
    private final LotRestrictions restrictions;
    private final ProvisionPlans plans;
    private final AuditLog audit;
    private final Clock clock;

    SignalManagement(
            SignalStore store,
            SignalSources sources,
            SignalPriority priority,
            MarketingRises marketing,
            LotRestrictions restrictions,
            ProvisionPlans plans,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.sources = sources;
        this.priority = priority;
        this.marketing = marketing;
        this.restrictions = restrictions;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    /** The steps a regulator can record, each with the status it leads to. */
    public enum Step implements Coded {
        VALIDATE(SignalStatus.VALIDATED),
        NOT_VALIDATE(SignalStatus.NOT_VALIDATED),
        REOPEN(SignalStatus.DETECTED),
        PRIORITISE(SignalStatus.PRIORITISED),
        ASSESS(SignalStatus.ASSESSED),
        RECOMMEND(SignalStatus.RECOMMENDED),
        CLOSE(SignalStatus.CLOSED);

        private final SignalStatus to;

        Step(SignalStatus to) {
            this.to = to;
        }

        /** The steps the core allows from a status, in this order. */
        public static List<Step> from(SignalStatus status) {
            return Arrays.stream(values())
                    .filter(step -> status.next().contains(step.to))
                    .toList();
        }

        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Raises a signal from its source, or leads to the one already open for it; refused when the source is
     * not in the register.
     */
    @Transactional
    public Outcome<Long> raise(SignalSource.Kind kind, String reference, String by) {
        Optional<RaisedSignal> raised = sources.resolve(kind, reference);
        if (raised.isEmpty() && kind == SignalSource.Kind.UNLAWFUL_MARKETING) {
            var rule = marketing.rule();
            return Outcome.refused(
                    SignalManagementRefusal.NO_MARKETING_RISE,
                    reference,
                    rule.minimumNew(),
                    rule.windowDays(),
                    SignalPage.scoreText(rule.ratio()));
        }
        if (raised.isEmpty()) {
            return Outcome.refused(SignalManagementRefusal.SOURCE_UNKNOWN, kind.code(), reference);
        }
        SignalSource source = raised.get().source();
        Optional<Long> open = store.openFor(source);
        if (open.isPresent()) {
            return Outcome.done(open.get());
        }
        Instant now = now();
        PriorityScore score =
                priority.score(raised.get().productName(), raised.get().cases());
        Optional<Long> inserted = store.insert(raised.get(), score, by, now);
        if (inserted.isEmpty()) {
            // Another regulator raised it at the same moment; theirs is the signal.
            return Outcome.done(store.openFor(source).orElseThrow());
        }
        long id = inserted.get();
        audit.append(
                by,
                "signal.raised",
                "signal:" + id,
                "source=%s:%s cases=%d pages=%d score=%.2f"
                        .formatted(
                                kind.code(),
                                source.reference(),
                                raised.get().cases().size(),
                                raised.get().pages().size(),
                                score.total()));
        return Outcome.done(id);
    }

    /** Records a step; refused by the first rule of the core the step breaks, with the core's code. */
    @Transactional
    public Outcome<Void> record(long id, Step step, PriorityLevel level, String reason, String evidence, String by) {
        SignalStore.Stored stored = store.forUpdate(id).orElseThrow();
        Signal current = stored.signal();
        Instant now = now();
        List<Evidence> proof = evidence == null || evidence.isBlank()
                ? List.of()
                : List.of(new Evidence(Evidence.Kind.DOCUMENT, evidence.strip(), null, by, now));
        Checked<Signal> next = switch (step) {
            case VALIDATE -> current.validate(true, reason, by, now, proof);
            case NOT_VALIDATE -> current.validate(false, reason, by, now, proof);
            case REOPEN -> current.reopen(reason, by, now, proof);
            case PRIORITISE -> current.prioritise(level, reason, by, now, proof);
            case ASSESS -> current.assess(reason, by, now, proof);
            case RECOMMEND -> current.recommend(reason, by, now, proof);
            case CLOSE -> current.close(reason, by, now);
        };
        return switch (next) {
            case Checked.Rejected<Signal> rejected ->
                Outcome.refused(Refusal.of(rejected.problems().getFirst()));
            case Checked.Accepted<Signal> accepted -> {
                var added = accepted.value().steps().getLast();
                store.addStep(id, added);
                store.rescore(id, priority.score(productName(stored), stored.cases()));
                audit.append(
                        by,
                        "signal." + step.code(),
                        "signal:" + id,
                        "from=%s to=%s%s"
                                .formatted(
                                        current.status().code(),
                                        added.to().code(),
                                        added.priority() == null
                                                ? ""
                                                : " priority="
                                                        + added.priority().code()));
                yield Outcome.done();
            }
        };
    }

    /**
     * Takes an action. A lot hold or recall names a lot of the register ({@code lotId}) and holds or recalls
     * it at once; a plan suspension names a plan of the register by its public number ({@code plan}) and
     * suspends it at once, refused as the plan's own review refuses it (a plan not accepted cannot be
     * suspended). The core is asked first, so nothing is written unless the action is taken whole.
     */
    @Transactional
    public Outcome<Void> act(
            long id,
            SignalAction.Kind kind,
            Long lotId,
            String plan,
            String owner,
            LocalDate dueOn,
            String reason,
            String by) {
        SignalStore.Stored stored = store.forUpdate(id).orElseThrow();
        boolean onLot = kind == SignalAction.Kind.LOT_HOLD || kind == SignalAction.Kind.LOT_RECALL;
        if (onLot && lotId != null && !restrictions.lotExists(lotId)) {
            return Outcome.refused(SignalManagementRefusal.LOT_UNKNOWN, lotId);
        }
        boolean onPlan = kind == SignalAction.Kind.PLAN_SUSPENSION && plan != null && !plan.isBlank();
        Optional<ProvisionPlan> suspended = onPlan ? plans.byNumber(plan.strip()) : Optional.empty();
        if (onPlan && suspended.isEmpty()) {
            return Outcome.refused(SignalManagementRefusal.PLAN_UNKNOWN, plan.strip());
        }
        String target = onLot
                ? (lotId == null ? null : "lot:" + lotId)
                : onPlan ? "plan:" + suspended.get().publicNumber() : null;
        Instant now = now();
        return switch (stored.signal().act(kind, target, owner, dueOn, reason, by, now)) {
            case Checked.Rejected<Signal> rejected ->
                Outcome.refused(Refusal.of(rejected.problems().getFirst()));
            case Checked.Accepted<Signal> accepted -> {
                SignalAction action = accepted.value().actions().getLast();
                if (onPlan) {
                    Outcome<Void> planSuspended =
                            plans.oversee(suspended.get().id(), by, Oversight.SUSPEND, action.reason());
                    if (!planSuspended.isDone()) {
                        yield planSuspended;
                    }
                }
                store.addAction(id, action);
                audit.append(
                        by,
                        "signal.action." + kind.code(),
                        "signal:" + id,
                        "action=%d target=%s owner=%s due=%s"
                                .formatted(action.number(), action.target(), action.owner(), action.dueOn()));
                if (onLot) {
                    restrictions.place(
                            lotId,
                            kind == SignalAction.Kind.LOT_HOLD ? "hold" : "recall",
                            origin(id, action.number()),
                            action.reason(),
                            by,
                            now);
                }
                yield Outcome.done();
            }
        };
    }

    /** Ends an action: lifts a hold or suspension (and the lot's hold with it), or marks any other done. */
    @Transactional
    public Outcome<Void> end(long id, int number, String reason, String by) {
        Signal current = store.forUpdate(id).orElseThrow().signal();
        Instant now = now();
        boolean lifts = number >= 1
                && number <= current.actions().size()
                && current.actions().get(number - 1).kind().isLifted();
        Checked<Signal> next =
                lifts ? current.lift(number, reason, by, now) : current.complete(number, reason, by, now);
        return switch (next) {
            case Checked.Rejected<Signal> rejected ->
                Outcome.refused(Refusal.of(rejected.problems().getFirst()));
            case Checked.Accepted<Signal> accepted -> {
                SignalAction ended = accepted.value().actions().get(number - 1);
                if (ended.kind() == SignalAction.Kind.PLAN_SUSPENSION && ended.target() != null) {
                    // The plan's own review decides first: if it refuses, the suspension stays in force, recorded so.
                    Optional<Refusal> refused = reinstate(ended.target(), ended.endReason(), by);
                    if (refused.isPresent()) {
                        yield Outcome.refused(refused.get());
                    }
                }
                store.endAction(id, ended);
                audit.append(
                        by,
                        "signal.action." + ended.status().code(),
                        "signal:" + id,
                        "action=%d kind=%s".formatted(number, ended.kind().code()));
                if (ended.kind() == SignalAction.Kind.LOT_HOLD) {
                    restrictions.lift(origin(id, number), ended.endReason(), by, now);
                }
                yield Outcome.done();
            }
        };
    }

    /** The signal with what its page shows. */
    @Transactional(readOnly = true)
    public Optional<SignalView> find(long id) {
        return store.find(id)
                .map(stored -> new SignalView(
                        stored,
                        store.history(id),
                        stored.lotId() == null ? List.of() : restrictions.ofLot(stored.lotId())));
    }

    /** Open signals, highest priority score first. */
    public List<SignalStore.Listed> open() {
        return store.open();
    }

    /** Product types whose unlawful marketing has risen by the rule now: sources a signal may be raised from. */
    public List<UnlawfulMarketing.Counts> marketingRises() {
        return marketing.now();
    }

    /** The reviewed rule a rise is judged by, for the list to state it. */
    public MarketingRiseRule marketingRule() {
        return marketing.rule();
    }

    /** A signal with its audit history and the restrictions in force on its lot. */
    public record SignalView(
            SignalStore.Stored stored,
            List<SignalStore.HistoryEvent> history,
            List<LotRestrictions.Restriction> restrictions) {}

    private String productName(SignalStore.Stored stored) {
        return stored.signal().source().kind() == SignalSource.Kind.DISPROPORTIONALITY
                ? stored.signal().source().reference().split(SignalSources.PAIR_SEPARATOR, -1)[0]
                : sources.productName(stored.productId());
    }

    /**
     * Reinstates the plan a lifted suspension named, if it is still suspended: one revoked or reinstated since, by
     * a decision on the plan's own record, is left as that decision put it. The plan's refusal, if it refuses.
     */
    private Optional<Refusal> reinstate(String target, String reason, String by) {
        return plans.byNumber(target.substring("plan:".length()))
                .filter(plan -> plan.status().equals("suspended"))
                .map(plan -> plans.oversee(plan.id(), by, Oversight.REINSTATE, reason))
                .filter(outcome -> !outcome.isDone())
                .map(Outcome::refusal);
    }

    private static String origin(long id, int number) {
        return "signal:" + id + "/action:" + number;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
