package org.exovigil.app.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.exovigil.app.plans.ReviewerPolicy.Declaration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Provision plans in PostgreSQL, in plain SQL: each plan, its versions (inserted, then moved through review), the
 * steps of its life, and the register's products they name. Rows are read by column name.
 */
@Repository
class PlanStore {

    private static final String PLANS = """
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

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertPlan(long providerId, String jurisdiction, String riskClass, String by) {
        return jdbc.sql("""
                        insert into provision_plan (provider_id, jurisdiction, risk_class, filed_by)
                        values (?, ?, ?, ?) returning id""")
                .params(providerId, jurisdiction, riskClass, by)
                .query(Long.class)
                .single();
    }

    /** One version of a plan's content as stored (see {@link PlanContent#stored()}), under review from now. */
    void insertVersion(
            long id,
            int version,
            long productId,
            PlanContent stored,
            Boolean requiredByLaw,
            List<String> changed,
            String reasons,
            String by) {
        jdbc.sql("""
                        insert into plan_version (plan_id, version, product_id, product_name, product_type, source, donor,
                            indication, route, dose, consent, required_by_law, changed, reasons, filed_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        version,
                        productId,
                        stored.productName(),
                        stored.productType(),
                        stored.source(),
                        stored.donor(),
                        stored.indication(),
                        stored.route(),
                        stored.dose(),
                        stored.consent(),
                        requiredByLaw,
                        changed.toArray(String[]::new),
                        reasons,
                        by)
                .update();
    }

    /** The number the next version of a plan takes. */
    int nextVersion(long id) {
        return jdbc.sql("select max(version) + 1 from plan_version where plan_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    Optional<ProvisionPlan> find(long id) {
        return jdbc.sql(PLANS + " where p.id = ?")
                .param(id)
                .query(PlanStore::plan)
                .optional();
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

    List<ProvisionPlan> ofProvider(long providerId) {
        return jdbc.sql(PLANS + " where p.provider_id = ? order by p.filed_at desc")
                .param(providerId)
                .query(PlanStore::plan)
                .list();
    }

    /** Plans with a version under review, the plan as filed or a change to it, the longest waiting first. */
    List<ProvisionPlan> awaitingReview() {
        return jdbc.sql(PLANS + """
                         where exists (select 1 from plan_version u where u.plan_id = p.id and u.status in ('submitted', 'questions'))
                         order by (select u.filed_at from plan_version u where u.plan_id = p.id and u.status in ('submitted', 'questions'))""").query(PlanStore::plan).list();
    }

    /** The plans in the register, newest first, of one provider or all when null. */
    List<ProvisionPlan> registered(Long providerId) {
        return jdbc.sql(PLANS
                        + " where p.public_number is not null and (cast(? as bigint) is null or p.provider_id = ?)"
                        + " order by p.decided_at desc")
                .params(providerId, providerId)
                .query(PlanStore::plan)
                .list();
    }

    Optional<ProvisionPlan> byNumber(String publicNumber) {
        return jdbc.sql(PLANS + " where p.public_number = ?")
                .param(publicNumber)
                .query(PlanStore::plan)
                .optional();
    }

    /** Every version of a plan, the first first. */
    List<PlanVersion> versions(long id) {
        return jdbc.sql(VERSIONS + " where plan_id = ? order by version")
                .param(id)
                .query(PlanStore::version)
                .list();
    }

    /** The version a committee is reviewing: the plan as filed, or a change to it. */
    Optional<PlanVersion> underReview(long id) {
        return jdbc.sql(VERSIONS + " where plan_id = ? and status in ('submitted', 'questions')")
                .param(id)
                .query(PlanStore::version)
                .optional();
    }

    List<ReviewStep> steps(long id) {
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

    /** Every declaration of conflicts on a plan, on any version, in the order made. */
    List<Declaration> declarations(long id) {
        return jdbc.sql("""
                        select by_whom, version, text from plan_review_step
                        where plan_id = ? and kind = 'conflict_declared' order by seq""")
                .param(id)
                .query((rs, row) ->
                        new Declaration(rs.getString("by_whom"), rs.getInt("version"), rs.getString("text")))
                .list();
    }

    void insertStep(long id, int version, String kind, String by, String text, String data) {
        jdbc.sql("""
                        insert into plan_review_step (plan_id, seq, version, kind, by_whom, text, data)
                        values (?, (select coalesce(max(seq), 0) + 1 from plan_review_step where plan_id = ?), ?, ?, ?, ?, ?::jsonb)""").params(id, id, version, kind, by, text, data).update();
    }

    /** The version under review and the plan move to where the review stands now. */
    void moveReview(long id, PlanReview review) {
        jdbc.sql("update plan_version set status = ? where plan_id = ? and version = ?")
                .params(review.pending().status().code(), id, review.pending().version())
                .update();
        jdbc.sql("update provision_plan set status = ? where id = ?")
                .params(review.status().code(), id)
                .update();
    }

    void decideVersion(
            long id,
            int version,
            VersionStatus verdict,
            String reasons,
            String conditions,
            String by,
            OffsetDateTime at) {
        jdbc.sql("""
                        update plan_version set status = ?, decision_reasons = ?, conditions = ?, decided_by = ?, decided_at = ?
                        where plan_id = ? and version = ?""")
                .params(verdict.code(), reasons, conditions, by, at, id, version)
                .update();
    }

    /**
     * The first decision on a plan: where it stands, its public number when accepted (null otherwise), and the
     * certified committee the deciding member sits on, which the provider reports the plan's adverse events to
     * from now on (ASRM Ch. III, Arts 26-34; Enforcement Regulation Art 35); none when the member sits on none.
     */
    void decidePlan(long id, PlanStatus status, String publicNumber, OffsetDateTime at, String decidedBy) {
        jdbc.sql("""
                        update provision_plan set status = ?, public_number = ?, decided_at = ?,
                            committee_id = (select committee_id from committee_member where principal = ?)
                        where id = ?""").params(status.code(), publicNumber, at, decidedBy, id).update();
    }

    void putInForce(long id, int version) {
        jdbc.sql("update provision_plan set version = ? where id = ?")
                .params(version, id)
                .update();
    }

    /** A suspension or reinstatement: where the plan stands now, why, and when. */
    void changeStanding(long id, PlanStatus status, String reason, OffsetDateTime at) {
        jdbc.sql("""
                        update provision_plan set status = ?, status_reason = ?, status_changed_at = ? where id = ?""").params(status.code(), reason, at, id).update();
    }

    /** Ends a plan (withdrawn or revoked) on a day, closing a version under review. */
    void end(long id, PlanStatus status, LocalDate endedOn, String reason, OffsetDateTime at) {
        jdbc.sql("""
                        update provision_plan set status = ?, ended_on = ?, status_reason = ?, status_changed_at = ?
                        where id = ?""").params(status.code(), endedOn, reason, at, id).update();
        jdbc.sql("update plan_version set status = ? where plan_id = ? and status in ('submitted', 'questions')")
                .params(VersionStatus.CLOSED.code(), id)
                .update();
    }

    /** The next number of the register's sequence of plans. */
    long nextPublicNumber() {
        return jdbc.sql("select nextval('provision_plan_number_seq')")
                .query(Long.class)
                .single();
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
}
