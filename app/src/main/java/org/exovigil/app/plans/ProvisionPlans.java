package org.exovigil.app.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.registry.ProviderMembers;
import org.exovigil.rulebook.Rulebook;
import org.exovigil.rulebook.RulebookException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The life of a provision plan. A provider's people file it and answer questions; committee members,
 * never from the provider that filed it, declare their conflicts of interest first, then ask, then
 * decide with reasons against the checklist. Each step is kept and audited.
 */
@Service
public class ProvisionPlans {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT =
            """
            select p.id, p.provider_id, v.name, p.jurisdiction, p.product_name, p.product_type, p.source, p.donor,
                   p.indication, p.route, p.dose, p.risk_class, p.consent, p.required_by_law, p.status,
                   p.public_number, p.conditions, p.decision_reasons, p.decided_by, p.decided_at, p.filed_by, p.filed_at
            from provision_plan p join provider v on v.id = p.provider_id
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

    /** Done, or the one rule that refused the step (its EXO code first). */
    public record Outcome(boolean done, String problem) {
        static final Outcome DONE = new Outcome(true, null);

        static Outcome refused(String problem) {
            return new Outcome(false, problem);
        }
    }

    public PlanRules rules() {
        return rules;
    }

    @Transactional
    public long file(long providerId, PlanFiling filing, String by) {
        long id = jdbc.sql(
                        """
                        insert into provision_plan (provider_id, jurisdiction, product_name, product_type, source, donor,
                            indication, route, dose, risk_class, consent, required_by_law, filed_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        providerId,
                        filing.jurisdiction(),
                        filing.productName().strip(),
                        filing.productType(),
                        blankToNull(filing.source()),
                        blankToNull(filing.donor()),
                        filing.indication(),
                        filing.route(),
                        filing.dose().strip(),
                        filing.riskClass(),
                        filing.consent().strip(),
                        requiredByLaw(filing),
                        by)
                .query(Long.class)
                .single();
        audit.append(by, "plan.filed", "plan:" + id, "provider=" + providerId);
        return id;
    }

    /**
     * Whether the law of the plan's jurisdiction requires a plan (or its equivalent) for this product and
     * use, as the rulebook says; null when the rulebook cannot tell.
     */
    Boolean requiredByLaw(PlanFiling filing) {
        var json = JsonNodeFactory.instance.objectNode();
        json.put("jurisdiction", filing.jurisdiction());
        json.put("date", LocalDate.now(clock).toString());
        var product = json.putObject("product");
        product.put("type", filing.productType());
        if (!blank(filing.source())) {
            product.put("source", filing.source());
        }
        if (!blank(filing.donor())) {
            product.put("donor", filing.donor());
        }
        var use = json.putObject("use");
        use.put("setting", "clinic_commercial");
        use.putArray("routes").add(filing.route());
        use.putArray("indications").add(filing.indication());
        try {
            var assessment = rulebook.classify(
                    Rulebook.readOfferings(json.toString(), "plan").getFirst());
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

    public List<ProvisionPlan> awaitingReview() {
        return jdbc.sql(SELECT + " where p.status in ('submitted', 'questions') order by p.filed_at")
                .query(ProvisionPlans::plan)
                .list();
    }

    /** Accepted plans for the public register, newest first; of one provider, or all when null. */
    public List<ProvisionPlan> accepted(Long providerId) {
        return jdbc.sql(SELECT + " where p.status = 'accepted' and (cast(? as bigint) is null or p.provider_id = ?)"
                        + " order by p.decided_at desc")
                .params(providerId, providerId)
                .query(ProvisionPlans::plan)
                .list();
    }

    public List<ReviewStep> steps(long id) {
        return jdbc.sql("select seq, kind, by_whom, at, text from plan_review_step where plan_id = ? order by seq")
                .param(id)
                .query((rs, row) -> new ReviewStep(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getString(5)))
                .list();
    }

    /** A committee member declares conflicts of interest ("" for none) before anything else. */
    @Transactional
    public Outcome declareConflict(long id, String reviewer, String conflict) {
        ProvisionPlan plan = locked(id);
        Optional<String> refusal = mayReview(plan, reviewer);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        step(id, "conflict_declared", reviewer, conflict == null ? "" : conflict.strip(), null);
        return Outcome.DONE;
    }

    @Transactional
    public Outcome ask(long id, String reviewer, String question) {
        ProvisionPlan plan = locked(id);
        Optional<String> refusal = mayReview(plan, reviewer).or(() -> cleared(id, reviewer));
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        if (blank(question)) {
            return Outcome.refused("EXO-1604 write the question");
        }
        step(id, "question", reviewer, question.strip(), null);
        jdbc.sql("update provision_plan set status = 'questions' where id = ?")
                .param(id)
                .update();
        return Outcome.DONE;
    }

    /** The provider answers the committee's questions; the plan goes back to review. */
    @Transactional
    public Outcome answer(long id, String principal, String text) {
        ProvisionPlan plan = locked(id);
        if (!members.principalsOf(plan.providerId()).contains(principal)) {
            return Outcome.refused("EXO-1608 only the provider's own people answer its plan's questions");
        }
        if (!plan.status().equals("questions")) {
            return Outcome.refused("EXO-1607 there is no open question on this plan");
        }
        if (blank(text)) {
            return Outcome.refused("EXO-1604 write the answer");
        }
        step(id, "answer", principal, text.strip(), null);
        jdbc.sql("update provision_plan set status = 'submitted' where id = ?")
                .param(id)
                .update();
        return Outcome.DONE;
    }

    /**
     * Accepts or rejects the plan. Every checklist item must be judged (met, not_met or not_applicable),
     * a plan is accepted only when every required item is met, and the reasons are written down.
     */
    @Transactional
    public Outcome decide(
            long id,
            String reviewer,
            boolean accept,
            Map<String, String> checklist,
            String reasons,
            String conditions) {
        ProvisionPlan plan = locked(id);
        Optional<String> refusal = mayReview(plan, reviewer).or(() -> cleared(id, reviewer));
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        if (!plan.status().equals("submitted")) {
            return Outcome.refused("EXO-1607 a plan is decided when it is submitted and no question is open");
        }
        for (ChecklistItem item : rules.checklist()) {
            String judged = checklist.get(item.id());
            if (judged == null || !List.of("met", "not_met", "not_applicable").contains(judged)) {
                return Outcome.refused("EXO-1605 judge every checklist item: " + item.id() + " is not judged");
            }
            if (accept && item.required() && !judged.equals("met")) {
                return Outcome.refused(
                        "EXO-1606 a plan is accepted only when every required item is met: " + item.id());
            }
        }
        if (blank(reasons)) {
            return Outcome.refused("EXO-1604 write the reasons for the decision");
        }
        String number = accept ? publicNumber() : null;
        jdbc.sql(
                        """
                        update provision_plan set status = ?, public_number = ?, decision_reasons = ?, conditions = ?,
                            decided_by = ?, decided_at = ? where id = ?""")
                .params(
                        accept ? "accepted" : "rejected",
                        number,
                        reasons.strip(),
                        blankToNull(conditions),
                        reviewer,
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        id)
                .update();
        step(
                id,
                "decision",
                reviewer,
                (accept ? "accepted: " : "rejected: ") + reasons.strip(),
                JSON.writeValueAsString(checklist));
        return Outcome.DONE;
    }

    /** A provider's yearly count of patients treated and serious events under an accepted plan. */
    @Transactional
    public Outcome fileAnnualReport(long id, String principal, LocalDate periodEnd, int patients, int serious) {
        ProvisionPlan plan = locked(id);
        if (!members.principalsOf(plan.providerId()).contains(principal)) {
            return Outcome.refused("EXO-1608 only the provider's own people report on its plan");
        }
        if (!plan.status().equals("accepted")) {
            return Outcome.refused("EXO-1609 annual reports are for accepted plans");
        }
        if (!annualPeriods(plan).contains(periodEnd) || periodEnd.isAfter(LocalDate.now(clock))) {
            return Outcome.refused("EXO-1609 report for a yearly period that has ended: " + annualPeriods(plan));
        }
        if (patients < 0 || serious < 0 || serious > patients) {
            return Outcome.refused("EXO-1610 counts are whole numbers, serious events at most the patients treated");
        }
        int inserted = jdbc.sql(
                        """
                        insert into plan_annual_report (plan_id, period_end, patients_treated, serious_events, filed_by)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(id, periodEnd, patients, serious, principal)
                .update();
        if (inserted == 0) {
            return Outcome.refused("EXO-1609 this period's report is already filed");
        }
        audit.append(
                principal,
                "plan.annual-report",
                "plan:" + id,
                "period_end=%s patients=%d serious=%d".formatted(periodEnd, patients, serious));
        return Outcome.DONE;
    }

    /** The ends of the yearly periods of an accepted plan up to a year from now. */
    List<LocalDate> annualPeriods(ProvisionPlan plan) {
        if (plan.decidedAt() == null) {
            return List.of();
        }
        LocalDate accepted = plan.decidedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate horizon = LocalDate.now(clock).plusYears(1);
        return java.util.stream.IntStream.rangeClosed(1, 100)
                .mapToObj(n -> rules.periodEnd(accepted, n))
                .takeWhile(end -> !end.isAfter(horizon))
                .toList();
    }

    /** The next yearly report the plan owes, with its due date; empty when none is owed yet. */
    public Optional<AnnualReportDue> nextAnnualReport(ProvisionPlan plan) {
        var filed = jdbc.sql("select period_end from plan_annual_report where plan_id = ?")
                .param(plan.id())
                .query(LocalDate.class)
                .set();
        return annualPeriods(plan).stream()
                .filter(end -> !filed.contains(end))
                .findFirst()
                .map(end -> new AnnualReportDue(
                        end, rules.dueOn(end), rules.dueOn(end).isBefore(LocalDate.now(clock))));
    }

    /** A yearly report owed: the period's end, when it is due, and whether that day has passed. */
    public record AnnualReportDue(LocalDate periodEnd, LocalDate dueOn, boolean overdue) {}

    /** Patients treated under the provider's accepted plans, by the annual reports filed. */
    public long patientsTreated(long providerId) {
        return jdbc.sql(
                        """
                        select coalesce(sum(r.patients_treated), 0) from plan_annual_report r
                        join provision_plan p on p.id = r.plan_id where p.provider_id = ?""")
                .param(providerId)
                .query(Long.class)
                .single();
    }

    /** Current, non-nullified reports that name the provider: the numerator of its rate. */
    public long reportsNaming(long providerId) {
        return jdbc.sql(
                        """
                        select count(distinct c.id) from report_product r join report_case c on c.id = r.case_id
                        where r.provider_id = ? and not c.nullified""")
                .param(providerId)
                .query(Long.class)
                .single();
    }

    /** A provider's own people never review its plans, nor does whoever filed it. */
    private Optional<String> mayReview(ProvisionPlan plan, String reviewer) {
        if (plan.filedBy().equals(reviewer)
                || members.principalsOf(plan.providerId()).contains(reviewer)) {
            return Optional.of("EXO-1601 a provider's own people cannot review its plan");
        }
        return Optional.empty();
    }

    /** The reviewer declared conflicts on this plan, and declared none. */
    private Optional<String> cleared(long id, String reviewer) {
        var declared = jdbc.sql(
                        """
                        select text from plan_review_step where plan_id = ? and kind = 'conflict_declared' and by_whom = ?
                        order by seq desc limit 1""")
                .params(id, reviewer)
                .query(String.class)
                .optional();
        if (declared.isEmpty()) {
            return Optional.of("EXO-1602 declare your conflicts of interest on this plan first");
        }
        if (!declared.get().isEmpty()) {
            return Optional.of("EXO-1603 a reviewer with a declared conflict of interest does not ask or decide");
        }
        return Optional.empty();
    }

    private ProvisionPlan locked(long id) {
        jdbc.sql("select 1 from provision_plan where id = ? for update")
                .param(id)
                .query(Integer.class)
                .single();
        return find(id).orElseThrow();
    }

    private void step(long id, String kind, String by, String text, String data) {
        jdbc.sql(
                        """
                        insert into plan_review_step (plan_id, seq, kind, by_whom, text, data)
                        values (?, (select coalesce(max(seq), 0) + 1 from plan_review_step where plan_id = ?), ?, ?, ?, ?::jsonb)""")
                .params(id, id, kind, by, text, data)
                .update();
        audit.append(
                by,
                "plan." + kind.replace('_', '-'),
                "plan:" + id,
                text.length() > 200 ? text.substring(0, 200) : text);
    }

    private String publicNumber() {
        long number = jdbc.sql("select nextval('provision_plan_number_seq')")
                .query(Long.class)
                .single();
        return "EXO-PLAN-%d-%05d".formatted(Year.now(clock).getValue(), number);
    }

    private static ProvisionPlan plan(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var decidedAt = rs.getObject(20, OffsetDateTime.class);
        return new ProvisionPlan(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                (Boolean) rs.getObject(14),
                rs.getString(15),
                rs.getString(16),
                rs.getString(17),
                rs.getString(18),
                rs.getString(19),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString(21),
                rs.getObject(22, OffsetDateTime.class).toInstant());
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
