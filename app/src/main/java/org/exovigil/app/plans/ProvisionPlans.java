package org.exovigil.app.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.registry.ProviderMembers;
import org.exovigil.rulebook.Rulebook;
import org.exovigil.rulebook.RulebookException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The life of a provision plan. A provider's people file it and answer questions; committee members,
 * never from the provider that filed it, declare their conflicts of interest first, then ask, then
 * decide with reasons against the checklist. An accepted plan is changed the same way: the provider
 * files a change, a committee reviews it against the checklist items it concerns, and only an accepted
 * change becomes the version in force. The provider withdraws a plan; a committee or regulator suspends,
 * reinstates or revokes it. Each step is kept and audited.
 */
@Service
public class ProvisionPlans {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            select p.id, p.provider_id, o.name as provider_name, p.jurisdiction, v.product_id, v.product_name,
                   v.product_type, v.source, v.donor, v.indication, v.route, v.dose, p.risk_class, v.consent,
                   v.required_by_law, p.status, p.public_number, v.conditions, v.decision_reasons, v.decided_by,
                   p.decided_at, p.filed_by, p.filed_at, p.version,
                   (select u.version from plan_version u where u.plan_id = p.id and u.status in ('submitted', 'questions'))
                       as version_under_review,
                   p.ended_on, p.status_reason, p.status_changed_at
            from provision_plan p join provider o on o.id = p.provider_id
            join plan_version v on v.plan_id = p.id and v.version = p.version
            """;
    private static final String VERSIONS = """
            select plan_id, version, status, product_id, product_name, product_type, source, donor, indication, route,
                   dose, consent, required_by_law, changed, reasons, conditions, decision_reasons, decided_by, decided_at,
                   filed_by, filed_at
            from plan_version
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProviderMembers members;
    private final Rulebook rulebook;
    private final Clock clock;
    private final PlanRules rules = PlanRules.bundled();

    ProvisionPlans(JdbcClient jdbc, AuditLog audit, ProviderMembers members, Rulebook rulebook, Clock clock) {
        this.jdbc = jdbc;
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
        long id = jdbc.sql("""
                        insert into provision_plan (provider_id, jurisdiction, risk_class, filed_by)
                        values (?, ?, ?, ?) returning id""")
                .params(providerId, filing.jurisdiction(), filing.riskClass(), by)
                .query(Long.class)
                .single();
        insertVersion(id, 1, filing.jurisdiction(), filing.content(), new String[0], null, by);
        audit.append(by, "plan.filed", "plan:" + id, "provider=" + providerId);
        return id;
    }

    /** One version of a plan's content, with whether the law requires it for that content. */
    private void insertVersion(
            long id,
            int version,
            String jurisdiction,
            PlanContent content,
            String[] changed,
            String reasons,
            String by) {
        PlanContent stored = content.stored();
        jdbc.sql("""
                        insert into plan_version (plan_id, version, product_id, product_name, product_type, source, donor,
                            indication, route, dose, consent, required_by_law, changed, reasons, filed_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        version,
                        productFor(stored.productName(), stored.productType()),
                        stored.productName(),
                        stored.productType(),
                        stored.source(),
                        stored.donor(),
                        stored.indication(),
                        stored.route(),
                        stored.dose(),
                        stored.consent(),
                        requiredByLaw(jurisdiction, content),
                        changed,
                        reasons,
                        by)
                .update();
    }

    /**
     * The register's product a plan names: the record of that name (a reviewed one first), or a new, unreviewed
     * record a regulator confirms or merges as it does those reports create.
     */
    private long productFor(String name, String type) {
        String named = name.strip();
        java.util.function.Supplier<Optional<Long>> find =
                () -> jdbc.sql("""
                        select id from product where lower(name) = lower(?) and merged_into is null
                        order by reviewed desc, id limit 1""").param(named).query(Long.class).optional();
        return find.get().orElseGet(() -> {
            // the lock reports take before creating a product of this name (registry.ReportedEntities)
            jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                    .param("product:" + named.toLowerCase(java.util.Locale.ROOT))
                    .query()
                    .listOfRows();
            return find.get()
                    .orElseGet(() -> jdbc.sql(
                                    "insert into product (name, type, reviewed) values (?, ?, false) returning id")
                            .params(named, type)
                            .query(Long.class)
                            .single());
        });
    }

    /**
     * Whether the law of the plan's jurisdiction requires a plan (or its equivalent) for this product and
     * use, as the rulebook says; null when the rulebook cannot tell.
     */
    Boolean requiredByLaw(String jurisdiction, PlanContent content) {
        try {
            var assessment = rulebook.classify(content.offering(jurisdiction, LocalDate.now(clock)));
            if (assessment.classification() == null) {
                return null;
            }
            return assessment.requirements().stream()
                    .anyMatch(r -> rules.planRequirements().contains(r.code()));
        } catch (RulebookException notClassifiable) {
            return null;
        }
    }

    public Optional<ProvisionPlan> find(long id) {
        return jdbc.sql(SELECT + " where p.id = ?")
                .param(id)
                .query(ProvisionPlans::plan)
                .optional();
    }

    public List<ProvisionPlan> ofProvider(long providerId) {
        return jdbc.sql(SELECT + " where p.provider_id = ? order by p.filed_at desc")
                .param(providerId)
                .query(ProvisionPlans::plan)
                .list();
    }

    /** Plans with a version under review, the plan as filed or a change to it, the longest waiting first. */
    public List<ProvisionPlan> awaitingReview() {
        return jdbc.sql(SELECT + """
                         where exists (select 1 from plan_version u where u.plan_id = p.id and u.status in ('submitted', 'questions'))
                         order by (select u.filed_at from plan_version u where u.plan_id = p.id and u.status in ('submitted', 'questions'))""").query(ProvisionPlans::plan).list();
    }

    /**
     * The plans in the register, newest first, of one provider or all when null: every plan once
     * accepted, in force, suspended, withdrawn or revoked; an ended plan stays, marked.
     */
    public List<ProvisionPlan> registered(Long providerId) {
        return jdbc.sql(SELECT
                        + " where p.public_number is not null and (cast(? as bigint) is null or p.provider_id = ?)"
                        + " order by p.decided_at desc")
                .params(providerId, providerId)
                .query(ProvisionPlans::plan)
                .list();
    }

    /** A plan in the register by its public number. */
    public Optional<ProvisionPlan> byNumber(String publicNumber) {
        return jdbc.sql(SELECT + " where p.public_number = ?")
                .param(publicNumber)
                .query(ProvisionPlans::plan)
                .optional();
    }

    /** Every version of a plan, the first first. */
    public List<PlanVersion> versions(long id) {
        return jdbc.sql(VERSIONS + " where plan_id = ? order by version")
                .param(id)
                .query(ProvisionPlans::version)
                .list();
    }

    /** The version a committee is reviewing: the plan as filed, or a change to it. */
    public Optional<PlanVersion> underReview(long id) {
        return jdbc.sql(VERSIONS + " where plan_id = ? and status in ('submitted', 'questions')")
                .param(id)
                .query(ProvisionPlans::version)
                .optional();
    }

    public List<ReviewStep> steps(long id) {
        return jdbc.sql(
                        "select seq, version, kind, by_whom, at, text from plan_review_step where plan_id = ? order by seq")
                .param(id)
                .query((rs, row) -> new ReviewStep(
                        rs.getInt("seq"),
                        rs.getInt("version"),
                        rs.getString("kind"),
                        rs.getString("by_whom"),
                        instant(rs, "at"),
                        rs.getString("text")))
                .list();
    }

    /**
     * A provider's people file a change to a plan in force (accepted, or suspended and being put right).
     * It goes to a committee as a new version; until it is accepted the version in force stays in force
     * (ASRM Art 5, see provision-plans.yaml).
     */
    @Transactional
    public Outcome<Void> fileChange(long id, String principal, PlanChange change) {
        ProvisionPlan plan = locked(id);
        if (!members.principalsOf(plan.providerId()).contains(principal)) {
            return Outcome.refused(PlanRefusal.NOT_THE_PROVIDERS_OWN);
        }
        if (!plan.status().equals("accepted") && !plan.status().equals("suspended")) {
            return Outcome.refused(PlanRefusal.PLAN_NOT_IN_FORCE, plan.status());
        }
        if (plan.versionUnderReview() != null) {
            return Outcome.refused(PlanRefusal.CHANGE_UNDER_REVIEW, plan.versionUnderReview());
        }
        if (blank(change.reasons())) {
            return Outcome.refused(PlanRefusal.TEXT_MISSING);
        }
        List<String> changed = change.content().changedFrom(plan.content());
        if (changed.isEmpty()) {
            return Outcome.refused(PlanRefusal.CHANGE_CHANGES_NOTHING, String.join(", ", rules.changeFields()));
        }
        int version = jdbc.sql("select max(version) + 1 from plan_version where plan_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        insertVersion(
                id,
                version,
                plan.jurisdiction(),
                change.content(),
                changed.toArray(String[]::new),
                change.reasons().strip(),
                principal);
        step(
                id,
                version,
                "change_filed",
                principal,
                String.join(", ", changed) + ": " + change.reasons().strip(),
                null);
        return Outcome.done();
    }

    /** A committee member declares conflicts of interest ("" for none) on the version under review, first. */
    @Transactional
    public Outcome<Void> declareConflict(long id, String reviewer, String conflict) {
        ProvisionPlan plan = locked(id);
        Optional<PlanVersion> version = underReview(id);
        if (version.isEmpty()) {
            return Outcome.refused(PlanRefusal.NOTHING_UNDER_REVIEW);
        }
        Optional<Refusal> refusal = mayReview(plan, reviewer);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        String declared = conflict == null ? "" : conflict.strip();
        if (declared.isEmpty() && declaredConflict(id, reviewer)) {
            // A conflict of interest is a fact about the member and the plan, not a choice to revisit:
            // "none" after it would let the conflicted member review (ISO/IEC 17065 §4.2, impartiality;
            // OWASP ASVS 4.0.3 V1.11.2, a business flow that cannot be stepped around).
            return Outcome.refused(PlanRefusal.CONFLICT_STANDS);
        }
        step(
                id,
                version.get().version(),
                "conflict_declared",
                reviewer,
                conflict == null ? "" : conflict.strip(),
                null);
        return Outcome.done();
    }

    @Transactional
    public Outcome<Void> ask(long id, String reviewer, String question) {
        ProvisionPlan plan = locked(id);
        Optional<PlanVersion> version = underReview(id);
        if (version.isEmpty()) {
            return Outcome.refused(PlanRefusal.NOTHING_UNDER_REVIEW);
        }
        int number = version.get().version();
        Optional<Refusal> refusal = mayReview(plan, reviewer).or(() -> cleared(id, number, reviewer));
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        if (blank(question)) {
            return Outcome.refused(PlanRefusal.TEXT_MISSING);
        }
        step(id, number, "question", reviewer, question.strip(), null);
        review(id, number, "questions");
        return Outcome.done();
    }

    /** The provider answers the committee's questions; the version goes back to review. */
    @Transactional
    public Outcome<Void> answer(long id, String principal, String text) {
        ProvisionPlan plan = locked(id);
        if (!members.principalsOf(plan.providerId()).contains(principal)) {
            return Outcome.refused(PlanRefusal.NOT_THE_PROVIDERS_OWN);
        }
        Optional<PlanVersion> version =
                underReview(id).filter(found -> found.status().equals("questions"));
        if (version.isEmpty()) {
            return Outcome.refused(PlanRefusal.NO_OPEN_QUESTION);
        }
        if (blank(text)) {
            return Outcome.refused(PlanRefusal.TEXT_MISSING);
        }
        step(id, version.get().version(), "answer", principal, text.strip(), null);
        review(id, version.get().version(), "submitted");
        return Outcome.done();
    }

    /**
     * Accepts or rejects the version under review. Every checklist item it concerns must be judged (met,
     * not_met or not_applicable): all of them for the plan as filed, those relevant to what a change
     * changes. It is accepted only when every required item among them is met, and the reasons are
     * written down. An accepted plan gets its public number; an accepted change becomes the version in
     * force, on the conditions given or, when none are, on those in force.
     */
    @Transactional
    public Outcome<Void> decide(
            long id,
            String reviewer,
            boolean accept,
            Map<String, String> checklist,
            String reasons,
            String conditions) {
        ProvisionPlan plan = locked(id);
        Optional<PlanVersion> underReview = underReview(id);
        if (underReview.isEmpty()) {
            return Outcome.refused(PlanRefusal.NOTHING_UNDER_REVIEW);
        }
        PlanVersion version = underReview.get();
        Optional<Refusal> refusal = mayReview(plan, reviewer).or(() -> cleared(id, version.version(), reviewer));
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        if (!version.status().equals("submitted")) {
            return Outcome.refused(PlanRefusal.QUESTION_OPEN);
        }
        for (ChecklistItem item : rules.checklistFor(version)) {
            String judged = checklist.get(item.id());
            if (judged == null || !List.of("met", "not_met", "not_applicable").contains(judged)) {
                return Outcome.refused(PlanRefusal.CHECKLIST_ITEM_NOT_JUDGED, item.id());
            }
            if (accept && item.required() && !judged.equals("met")) {
                return Outcome.refused(PlanRefusal.REQUIRED_ITEM_NOT_MET, item.id());
            }
        }
        if (blank(reasons)) {
            return Outcome.refused(PlanRefusal.TEXT_MISSING);
        }
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String kept =
                accept && blank(conditions) && version.version() > 1 ? plan.conditions() : blankToNull(conditions);
        jdbc.sql("""
                        update plan_version set status = ?, decision_reasons = ?, conditions = ?, decided_by = ?, decided_at = ?
                        where plan_id = ? and version = ?""")
                .params(accept ? "accepted" : "rejected", reasons.strip(), kept, reviewer, now, id, version.version())
                .update();
        if (version.version() == 1) {
            jdbc.sql("update provision_plan set status = ?, public_number = ?, decided_at = ? where id = ?")
                    .params(accept ? "accepted" : "rejected", accept ? publicNumber() : null, now, id)
                    .update();
        } else if (accept) {
            jdbc.sql("update provision_plan set version = ? where id = ?")
                    .params(version.version(), id)
                    .update();
        }
        step(
                id,
                version.version(),
                "decision",
                reviewer,
                (accept ? "accepted: " : "rejected: ") + reasons.strip(),
                JSON.writeValueAsString(checklist));
        return Outcome.done();
    }

    /**
     * The provider withdraws its plan, saying why and the day provision stopped (today or before, not
     * before it was filed). A version under review is closed; the plan stays in the register, marked
     * withdrawn, and owes no yearly report for a period that ends after that day.
     */
    @Transactional
    public Outcome<Void> withdraw(long id, String principal, String reason, LocalDate stoppedOn) {
        ProvisionPlan plan = locked(id);
        if (!members.principalsOf(plan.providerId()).contains(principal)) {
            return Outcome.refused(PlanRefusal.NOT_THE_PROVIDERS_OWN);
        }
        if (!List.of("submitted", "questions", "accepted", "suspended").contains(plan.status())) {
            return Outcome.refused(PlanRefusal.PLAN_NOT_WITHDRAWABLE, plan.status());
        }
        if (blank(reason)) {
            return Outcome.refused(PlanRefusal.TEXT_MISSING);
        }
        LocalDate filed = plan.filedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate today = LocalDate.now(clock);
        if (stoppedOn == null || stoppedOn.isBefore(filed) || stoppedOn.isAfter(today)) {
            return Outcome.refused(PlanRefusal.STOPPED_ON_OUT_OF_RANGE, filed, today);
        }
        end(id, plan, "withdrawn", principal, reason, stoppedOn);
        return Outcome.done();
    }

    /**
     * A committee member or regulator acts on a plan in the register: suspends an accepted plan,
     * reinstates a suspended one, or revokes either, always with the reason. A provider's own people
     * never do, as they never review its plans.
     */
    @Transactional
    public Outcome<Void> oversee(long id, String actor, Oversight action, String reason) {
        ProvisionPlan plan = locked(id);
        Optional<Refusal> refusal = mayReview(plan, actor);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        if (!action.from.contains(plan.status())) {
            return Outcome.refused(
                    PlanRefusal.OVERSIGHT_NOT_FROM_STATUS,
                    action.kind,
                    plan.status(),
                    String.join(" or ", action.from));
        }
        if (blank(reason)) {
            return Outcome.refused(PlanRefusal.TEXT_MISSING);
        }
        if (action == Oversight.REVOKE) {
            end(id, plan, "revoked", actor, reason, LocalDate.now(clock));
        } else {
            jdbc.sql("""
                            update provision_plan set status = ?, status_reason = ?, status_changed_at = ? where id = ?""")
                    .params(action.to, reason.strip(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), id)
                    .update();
            step(id, plan.version(), action.kind, actor, reason.strip(), null);
        }
        return Outcome.done();
    }

    /** What a committee or regulator may do to a plan in the register, from which states, to which. */
    public enum Oversight {
        SUSPEND("suspended", List.of("accepted"), "suspended"),
        REINSTATE("reinstated", List.of("suspended"), "accepted"),
        REVOKE("revoked", List.of("accepted", "suspended"), "revoked");

        private final String kind;
        private final List<String> from;
        private final String to;

        Oversight(String kind, List<String> from, String to) {
            this.kind = kind;
            this.from = from;
            this.to = to;
        }
    }

    /** Ends a plan (withdrawn or revoked) on a day, closing a version under review. */
    private void end(long id, ProvisionPlan plan, String status, String by, String reason, LocalDate endedOn) {
        jdbc.sql("""
                        update provision_plan set status = ?, ended_on = ?, status_reason = ?, status_changed_at = ?
                        where id = ?""")
                .params(status, endedOn, reason.strip(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), id)
                .update();
        jdbc.sql("update plan_version set status = 'closed' where plan_id = ? and status in ('submitted', 'questions')")
                .param(id)
                .update();
        step(id, plan.version(), status, by, "%s (%s)".formatted(reason.strip(), endedOn), null);
    }

    /**
     * When a withdrawal was notified against the rule's days after provision stopped; empty unless the
     * plan was withdrawn.
     */
    public Optional<WithdrawalNotice> withdrawalNotice(ProvisionPlan plan) {
        if (!plan.status().equals("withdrawn") || plan.endedOn() == null || plan.statusChangedAt() == null) {
            return Optional.empty();
        }
        LocalDate notified = plan.statusChangedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        long days = java.time.temporal.ChronoUnit.DAYS.between(plan.endedOn(), notified);
        return Optional.of(new WithdrawalNotice(
                plan.endedOn(), notified, days, rules.withdrawalNoticeDays(), days > rules.withdrawalNoticeDays()));
    }

    /** A withdrawal: the day provision stopped, the day it was notified, and whether that was late. */
    public record WithdrawalNotice(
            LocalDate stoppedOn, LocalDate notifiedOn, long days, int allowedDays, boolean late) {}

    /** A provider's own people never review its plans or changes, nor does whoever filed it. */
    private Optional<Refusal> mayReview(ProvisionPlan plan, String reviewer) {
        if (plan.filedBy().equals(reviewer)
                || members.principalsOf(plan.providerId()).contains(reviewer)) {
            return Optional.of(Refusal.of(PlanRefusal.REVIEWER_OF_OWN_PROVIDER));
        }
        return Optional.empty();
    }

    /** Whether the reviewer ever declared a conflict of interest on any version of this plan. */
    private boolean declaredConflict(long id, String reviewer) {
        return jdbc.sql("""
                        select exists (select 1 from plan_review_step
                        where plan_id = ? and kind = 'conflict_declared' and by_whom = ? and text <> '')""").params(id, reviewer).query(Boolean.class).single();
    }

    /**
     * The reviewer declared conflicts on this version of the plan, and declared none; a conflict once
     * declared on any version stands, whatever was declared after it.
     */
    private Optional<Refusal> cleared(long id, int version, String reviewer) {
        if (declaredConflict(id, reviewer)) {
            return Optional.of(Refusal.of(PlanRefusal.REVIEWER_CONFLICTED));
        }
        var declared =
                jdbc.sql("""
                        select text from plan_review_step
                        where plan_id = ? and version = ? and kind = 'conflict_declared' and by_whom = ?
                        order by seq desc limit 1""").params(id, version, reviewer).query(String.class).optional();
        if (declared.isEmpty()) {
            return Optional.of(Refusal.of(PlanRefusal.CONFLICTS_NOT_DECLARED));
        }
        if (!declared.get().isEmpty()) {
            return Optional.of(Refusal.of(PlanRefusal.REVIEWER_CONFLICTED));
        }
        return Optional.empty();
    }

    /** The plan, locked for the rest of the transaction. */
    ProvisionPlan locked(long id) {
        if (jdbc.sql("select 1 from provision_plan where id = ? for update")
                .param(id)
                .query(Integer.class)
                .optional()
                .isEmpty()) {
            throw new UnknownPlan(id);
        }
        return find(id).orElseThrow();
    }

    /** A step asked of a plan that does not exist: the request names nothing, which is a 404, not a fault. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class UnknownPlan extends RuntimeException {
        UnknownPlan(long id) {
            super("no provision plan " + id);
        }
    }

    /** A version under review moves between submitted and questions; the plan as filed moves with it. */
    private void review(long id, int version, String status) {
        jdbc.sql("update plan_version set status = ? where plan_id = ? and version = ?")
                .params(status, id, version)
                .update();
        if (version == 1) {
            jdbc.sql("update provision_plan set status = ? where id = ?")
                    .params(status, id)
                    .update();
        }
    }

    private void step(long id, int version, String kind, String by, String text, String data) {
        jdbc.sql("""
                        insert into plan_review_step (plan_id, seq, version, kind, by_whom, text, data)
                        values (?, (select coalesce(max(seq), 0) + 1 from plan_review_step where plan_id = ?), ?, ?, ?, ?, ?::jsonb)""").params(id, id, version, kind, by, text, data).update();
        String detail = "version=%d %s".formatted(version, text);
        audit.append(
                by,
                "plan." + kind.replace('_', '-'),
                "plan:" + id,
                detail.length() > 200 ? detail.substring(0, 200) : detail);
    }

    private String publicNumber() {
        long number = jdbc.sql("select nextval('provision_plan_number_seq')")
                .query(Long.class)
                .single();
        return "EXO-PLAN-%d-%05d".formatted(Year.now(clock).getValue(), number);
    }

    private static ProvisionPlan plan(ResultSet rs, int row) throws SQLException {
        return new ProvisionPlan(
                rs.getLong("id"),
                rs.getLong("provider_id"),
                rs.getString("provider_name"),
                rs.getString("jurisdiction"),
                rs.getObject("product_id", Long.class),
                content(rs),
                rs.getString("risk_class"),
                rs.getObject("required_by_law", Boolean.class),
                PlanStatus.of(rs.getString("status")),
                rs.getString("public_number"),
                rs.getString("conditions"),
                rs.getString("decision_reasons"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("filed_by"),
                instant(rs, "filed_at"),
                rs.getInt("version"),
                rs.getObject("version_under_review", Integer.class),
                rs.getObject("ended_on", LocalDate.class),
                rs.getString("status_reason"),
                instant(rs, "status_changed_at"));
    }

    private static PlanVersion version(ResultSet rs, int row) throws SQLException {
        return new PlanVersion(
                rs.getLong("plan_id"),
                rs.getInt("version"),
                VersionStatus.of(rs.getString("status")),
                rs.getObject("product_id", Long.class),
                content(rs),
                rs.getObject("required_by_law", Boolean.class),
                List.of((String[]) rs.getArray("changed").getArray()),
                rs.getString("reasons"),
                rs.getString("conditions"),
                rs.getString("decision_reasons"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("filed_by"),
                instant(rs, "filed_at"));
    }

    private static PlanContent content(ResultSet rs) throws SQLException {
        return new PlanContent(
                rs.getString("product_name"),
                rs.getString("product_type"),
                rs.getString("source"),
                rs.getString("donor"),
                rs.getString("indication"),
                rs.getString("route"),
                rs.getString("dose"),
                rs.getString("consent"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
