package org.exovigil.app.plans;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each plan's yearly serious-event counts beside the serious reports of the same year ({@link Reconciliation}),
 * and each clinic's rates over its yearly counts ({@link ClinicExposure}). A report belongs to a year by the day
 * Exovigil received it, in the half-open period from the previous period's end (or the plan's acceptance) to this
 * one's end, so no report falls in two years.
 */
@Service
public class Reconciliations {

    private final JdbcClient jdbc;
    private final PlanStore store;
    private final PlanRules rules;

    Reconciliations(JdbcClient jdbc, PlanStore store, ProvisionPlans plans) {
        this.jdbc = jdbc;
        this.store = store;
        this.rules = plans.rules();
    }

    /** A flagged year of one plan, as the list of disagreements names it. */
    public record Flagged(
            long planId, String publicNumber, String providerName, String productName, Reconciliation year) {}

    /** Every filed yearly report of the plan, the earliest first, beside the reports of its year. */
    public List<Reconciliation> ofPlan(ProvisionPlan plan) {
        if (!plan.registered() || plan.decidedAt() == null) {
            return List.of();
        }
        LocalDate accepted = plan.decidedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        var counts = jdbc.sql("""
                        select period_end, serious_events from plan_annual_report where plan_id = ? order by period_end""")
                .param(plan.id())
                .query((rs, row) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getLong(2)})
                .list();
        List<Reconciliation> years = new ArrayList<>();
        for (Object[] count : counts) {
            LocalDate end = (LocalDate) count[0];
            LocalDate start = previousPeriodEnd(accepted, end);
            years.add(reconcile(plan, start, end, (Long) count[1]));
        }
        return List.copyOf(years);
    }

    /** The flagged years of every plan in the register: under-reporting and over-counting alike. */
    public List<Flagged> disagreements() {
        List<Flagged> flagged = new ArrayList<>();
        for (ProvisionPlan plan : store.registered(null)) {
            ofPlan(plan).stream()
                    .filter(Reconciliation::flagged)
                    .forEach(year -> flagged.add(new Flagged(
                            plan.id(), plan.publicNumber(), plan.providerName(), plan.productName(), year)));
        }
        return List.copyOf(flagged);
    }

    /** The clinic's rates over the yearly reports of all its plans. */
    public ClinicExposure ofClinic(long providerId) {
        return jdbc.sql("""
                        select coalesce(sum(r.patients_treated), 0), coalesce(sum(r.administrations), 0), count(*),
                               count(r.administrations),
                               (select count(distinct c.id) from report_product rp join report_case c on c.id = rp.case_id
                                where rp.provider_id = ? and not c.nullified),
                               (select count(distinct c.id) from report_product rp join report_case c on c.id = rp.case_id
                                where rp.provider_id = ? and not c.nullified and c.serious)
                        from plan_annual_report r join provision_plan p on p.id = r.plan_id where p.provider_id = ?""")
                .params(providerId, providerId, providerId)
                .query((rs, row) -> ClinicExposure.of(
                        rs.getLong(1),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(2),
                        rs.getLong(3) > 0 && rs.getLong(4) == rs.getLong(3)))
                .single();
    }

    private LocalDate previousPeriodEnd(LocalDate accepted, LocalDate end) {
        LocalDate start = accepted;
        for (int n = 1; n <= 100 && rules.periodEnd(accepted, n).isBefore(end); n++) {
            start = rules.periodEnd(accepted, n);
        }
        return start;
    }

    /**
     * The serious, current, non-nullified reports received in the period that name the plan's clinic and a product
     * any accepted version of the plan names; those the clinic's own accounts and tokens sent among them.
     */
    private Reconciliation reconcile(ProvisionPlan plan, LocalDate start, LocalDate end, long counted) {
        return jdbc.sql("""
                        with about as (
                            select distinct c.id, c.sender_principal from report_case c
                            join report_product rp on rp.case_id = c.id
                            where rp.provider_id = :provider and c.serious and not c.nullified
                              and rp.product_id in (select v.product_id from plan_version v
                                                    where v.plan_id = :plan and v.status = 'accepted')
                              and c.received_at >= :start and c.received_at < :end),
                        own as (
                            select 'account:' || a.id from provider_member m join account a on a.name = m.principal
                            where m.provider_id = :provider
                            union
                            select 'token:' || t.id from provider_member m join api_token t on t.name = m.principal
                            where m.provider_id = :provider)
                        select count(*) filter (where sender_principal in (select * from own)), count(*) from about""")
                .param("provider", plan.providerId())
                .param("plan", plan.id())
                .param("start", start.atStartOfDay().atOffset(ZoneOffset.UTC))
                .param("end", end.atStartOfDay().atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new Reconciliation(start, end, counted, rs.getLong(1), rs.getLong(2)))
                .single();
    }
}
