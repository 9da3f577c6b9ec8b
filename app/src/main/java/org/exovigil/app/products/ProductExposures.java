package org.exovigil.app.products;

import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.refusals.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The denominators of a product's and a lot's adverse-event rates, and the reports over them: patients treated
 * and administrations given from the yearly provision reports of plans naming the product, and the
 * administrations a lot's doses were given in, as a regulator or committee recorded them.
 */
@Service
public class ProductExposures {

    /** More administrations than this is a typing error, not a lot: a million doses of one lot of a clinic's product. */
    static final int MOST_ADMINISTRATIONS = 1_000_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ProductExposures(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * The product's adverse-event rates: patients (and administrations, where every yearly report gave them) from
     * the yearly reports of plans naming it (the version in force at each period's end), reports naming it at the
     * clinics that counted them.
     */
    public ProductExposure of(long productId) {
        record Counted(long patients, long serious, long administrations, long years, long yearsGiving) {}
        Counted counted = jdbc.sql("""
                        select coalesce(sum(r.patients_treated), 0), coalesce(sum(r.serious_events), 0),
                               coalesce(sum(r.administrations), 0), count(*), count(r.administrations)
                        from plan_annual_report r join plan_version v on v.plan_id = r.plan_id and v.version = r.version
                        where v.product_id = ?""")
                .param(productId)
                .query((rs, row) ->
                        new Counted(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
        record Reports(long all, long within, long seriousWithin) {}
        Reports reports = jdbc.sql("""
                        with counting as (
                            select distinct p.provider_id from plan_annual_report r
                            join plan_version v on v.plan_id = r.plan_id and v.version = r.version
                            join provision_plan p on p.id = r.plan_id
                            where v.product_id = ?)
                        select count(distinct c.id),
                               count(distinct c.id) filter (where rp.provider_id in (select provider_id from counting)),
                               count(distinct c.id) filter (where c.serious and rp.provider_id in (select provider_id from counting))
                        from report_product rp join report_case c on c.id = rp.case_id
                        where rp.product_id = ? and not c.nullified""")
                .params(productId, productId)
                .query((rs, row) -> new Reports(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
        return ProductExposure.of(
                counted.patients(),
                reports.within(),
                reports.seriousWithin(),
                counted.serious(),
                reports.all() - reports.within(),
                counted.administrations(),
                counted.years() > 0 && counted.yearsGiving() == counted.years());
    }

    /**
     * A lot's reports per 1,000 of its administrations; without a recorded count, no rate. A lot's count is
     * whole by definition: it is the lot's doses given, and every report naming the lot is about one of them.
     */
    public AdministrationRates ofLot(long lotId) {
        return jdbc.sql("""
                        select l.administrations,
                               (select count(distinct c.id) from report_product r join report_case c on c.id = r.case_id
                                where r.lot_id = l.id and not c.nullified),
                               (select count(distinct c.id) from report_product r join report_case c on c.id = r.case_id
                                where r.lot_id = l.id and not c.nullified and c.serious)
                        from lot l where l.id = ?""")
                .param(lotId)
                .query((rs, row) -> {
                    Integer administrations = rs.getObject(1, Integer.class);
                    return AdministrationRates.of(
                            administrations == null ? 0 : administrations,
                            administrations != null,
                            rs.getLong(2),
                            rs.getLong(3));
                })
                .single();
    }

    /** Records how many administrations a lot's doses were given in, as its clinics' records say; audited. */
    @Transactional
    public Outcome<Void> recordAdministrations(long lotId, Integer administrations, String by) {
        if (administrations == null || administrations < 0 || administrations > MOST_ADMINISTRATIONS) {
            return Outcome.refused(ProductRefusal.ADMINISTRATIONS_INVALID, String.valueOf(MOST_ADMINISTRATIONS));
        }
        jdbc.sql("""
                        update lot set administrations = ?, administrations_by = ?, administrations_at = now()
                        where id = ?""").params(administrations, by, lotId).update();
        audit.append(by, "lot.administrations", "lot:" + lotId, "administrations=" + administrations);
        return Outcome.done(null);
    }
}
