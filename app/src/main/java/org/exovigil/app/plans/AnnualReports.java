package org.exovigil.app.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.registry.ProviderMembers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly provision reports of plans in the register (ASRM: the number of patients treated and the
 * serious events, each year), their periods and deadlines by {@code plans/provision-plans.yaml}, and the
 * counts they give: patients treated, the denominator spontaneous reporting lacks, beside the reports
 * naming a provider.
 */
@Service
public class AnnualReports {

    private final PlanStore store;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProviderMembers members;
    private final Clock clock;
    private final PlanRules rules;

    AnnualReports(
            PlanStore store,
            ProvisionPlans plans,
            JdbcClient jdbc,
            AuditLog audit,
            ProviderMembers members,
            Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.members = members;
        this.clock = clock;
        this.rules = plans.rules();
    }

    /**
     * A provider's yearly count of patients treated and serious events under an accepted plan, and optionally the
     * administrations those patients were given (null when not counted): the ASRM's yearly report asks for patients,
     * a rate per administration needs the other.
     */
    @Transactional
    public Outcome<Void> fileAnnualReport(
            long id, String principal, LocalDate periodEnd, int patients, int serious, Integer administrations) {
        ProvisionPlan plan = store.locked(id);
        if (!members.principalsOf(plan.providerId()).contains(principal)) {
            return Outcome.refused(PlanRefusal.NOT_THE_PROVIDERS_OWN);
        }
        if (!plan.registered()) {
            return Outcome.refused(PlanRefusal.NOT_IN_REGISTER);
        }
        if (!annualPeriods(plan).contains(periodEnd) || periodEnd.isAfter(LocalDate.now(clock))) {
            LocalDate owed = nextAnnualReport(plan)
                    .map(AnnualReportDue::periodEnd)
                    .orElseGet(() -> firstPeriodEndAfter(plan, LocalDate.now(clock)));
            if (owed == null) {
                return Outcome.refused(PlanRefusal.PERIOD_ALREADY_REPORTED);
            }
            return Outcome.refused(PlanRefusal.PERIOD_NOT_ENDED, owed, rules.dueOn(owed));
        }
        if (patients < 0 || serious < 0 || serious > patients) {
            return Outcome.refused(PlanRefusal.COUNTS_INVALID);
        }
        if (administrations != null && administrations < patients) {
            return Outcome.refused(PlanRefusal.ADMINISTRATIONS_BELOW_PATIENTS);
        }
        int inserted = jdbc.sql("""
                        insert into plan_annual_report (plan_id, period_end, patients_treated, serious_events, administrations,
                                                        filed_by, version)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(id, periodEnd, patients, serious, administrations, principal, versionInForce(id, periodEnd))
                .update();
        if (inserted == 0) {
            return Outcome.refused(PlanRefusal.PERIOD_ALREADY_REPORTED);
        }
        audit.append(
                principal,
                "plan.annual-report",
                "plan:" + id,
                "period_end=%s patients=%d serious=%d administrations=%s"
                        .formatted(periodEnd, patients, serious, administrations));
        return Outcome.done();
    }

    /**
     * The version in force at the end of a period: the latest accepted by then, or the first; its product
     * is the one the period's patients are counted under.
     */
    private int versionInForce(long id, LocalDate periodEnd) {
        return jdbc.sql("""
                        select coalesce(max(version), 1) from plan_version
                        where plan_id = ? and status = 'accepted' and decided_at < ?""")
                .params(id, periodEnd.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .query(Integer.class)
                .single();
    }

    /**
     * The ends of the yearly periods of a plan in the register up to a year from now; for a withdrawn or
     * revoked plan, only those ended by the day it ended.
     */
    List<LocalDate> annualPeriods(ProvisionPlan plan) {
        if (!plan.registered() || plan.decidedAt() == null) {
            return List.of();
        }
        LocalDate accepted = plan.decidedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate horizon = plan.ended() && plan.endedOn() != null
                ? plan.endedOn()
                : LocalDate.now(clock).plusYears(1);
        return IntStream.rangeClosed(1, 100)
                .mapToObj(n -> rules.periodEnd(accepted, n))
                .takeWhile(end -> !end.isAfter(horizon))
                .toList();
    }

    /** The end of the first yearly period that ends after the day; null for a plan that ended or is not in the register. */
    private LocalDate firstPeriodEndAfter(ProvisionPlan plan, LocalDate day) {
        if (!plan.registered() || plan.decidedAt() == null || plan.ended()) {
            return null;
        }
        LocalDate accepted = plan.decidedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        return IntStream.rangeClosed(1, 100)
                .mapToObj(n -> rules.periodEnd(accepted, n))
                .filter(end -> end.isAfter(day))
                .findFirst()
                .orElse(null);
    }

    /**
     * The next yearly report the plan owes, with its due date; empty when none is owed. The periods count
     * from acceptance, the day the plan enters the register (in the ASRM, the day it is submitted with the
     * committee's opinion; each year from then, a report within 90 days after the year ends). A report
     * counts a whole year, so it can be filed once its year has ended: until then it is shown as not yet
     * open, with the day it opens and its deadline.
     */
    public Optional<AnnualReportDue> nextAnnualReport(ProvisionPlan plan) {
        var filed = jdbc.sql("select period_end from plan_annual_report where plan_id = ?")
                .param(plan.id())
                .query(LocalDate.class)
                .set();
        return annualPeriods(plan).stream()
                .filter(end -> !filed.contains(end))
                .findFirst()
                .map(end -> new AnnualReportDue(
                        end,
                        rules.dueOn(end),
                        rules.dueOn(end).isBefore(LocalDate.now(clock)),
                        !end.isAfter(LocalDate.now(clock))));
    }

    /**
     * A yearly report owed: the period's end, when it is due, whether that day has passed, and whether it can be
     * filed yet (its year has ended).
     */
    public record AnnualReportDue(LocalDate periodEnd, LocalDate dueOn, boolean overdue, boolean open) {}

    /** Patients treated under the provider's accepted plans, by the annual reports filed. */
    public long patientsTreated(long providerId) {
        return jdbc.sql("""
                        select coalesce(sum(r.patients_treated), 0) from plan_annual_report r
                        join provision_plan p on p.id = r.plan_id where p.provider_id = ?""").param(providerId).query(Long.class).single();
    }

    /** Current, non-nullified reports that name the provider: the numerator of its rate. */
    public long reportsNaming(long providerId) {
        return jdbc.sql("""
                        select count(distinct c.id) from report_product r join report_case c on c.id = r.case_id
                        where r.provider_id = ? and not c.nullified""").param(providerId).query(Long.class).single();
    }

    /** Of those, the serious ones: the numerator of its serious rate. */
    public long seriousReportsNaming(long providerId) {
        return jdbc.sql("""
                        select count(distinct c.id) from report_product r join report_case c on c.id = r.case_id
                        where r.provider_id = ? and not c.nullified and c.serious""").param(providerId).query(Long.class).single();
    }
}
