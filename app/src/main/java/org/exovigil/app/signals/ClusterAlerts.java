package org.exovigil.app.signals;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exovigil.app.CaseAt;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.refusals.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises cluster alerts from the case store by the rules of {@code alerts/cluster-rules.yaml}, and
 * keeps their review. Evaluation reads the current, non-nullified versions; an alert grows with its
 * cluster, and each raise, growth and decision is an audit event.
 */
@Service
public class ClusterAlerts {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CodedEvents events;
    private final Map<String, ClusterRule> rules;

    ClusterAlerts(JdbcClient jdbc, AuditLog audit, CodedEvents events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.rules = ClusterRules.bundled().stream()
                .collect(Collectors.toMap(
                        ClusterRule::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public List<ClusterRule> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * Evaluates every rule over the case versions that duplicate detection has just {@code compared}, counting each
     * patient once (the masters of duplicate groups); a case received or changed since waits for the next run, so
     * that two copies of one report never raise an alert (issue 19). Returns how many alerts were raised, grew or
     * were withdrawn.
     */
    @Transactional
    public int evaluate(Set<CaseAt> compared) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('cluster-alerts'))")
                .query()
                .listOfRows();
        int changed = countEachPatientOnce();
        for (ClusterRule rule : rules.values()) {
            for (Clusters.Cluster cluster :
                    Clusters.find(caseDays(rule, compared), rule.windowDays(), rule.minCases())) {
                changed += record(rule, cluster) ? 1 : 0;
            }
        }
        return changed;
    }

    /**
     * The cases of the rule's scope with their days, those with a reaction in the rule's groups. Each reaction
     * comes with its code ({@code reaction_code}, by its 0-based position in the current version), as four
     * arrays in the reactions' order: words, concept, PT name, MedDRA version, and the suggester's score.
     */
    private List<Clusters.CaseDay> caseDays(ClusterRule rule, Set<CaseAt> compared) {
        ReactionGroups groups = events.groups();
        return jdbc
                .sql("""
                        with reaction as (
                            select c.id as case_id, r.position, r.reaction ->> 'term' as term, rc.concept_id, rc.pt_name,
                                   rc.meddra_version, rc.score
                            from report_case c
                            join report_version v on v.case_id = c.id and v.version = c.current_version
                            cross join jsonb_array_elements(v.clinical -> 'reactions') with ordinality r(reaction, position)
                            left join reaction_code rc on rc.case_id = c.id and rc.reaction = r.position - 1
                            where c.id = any(?))
                        select rp.%s, c.id,
                               coalesce((select min((r ->> 'onset')::date) from jsonb_array_elements(v.clinical -> 'reactions') r
                                         where r ->> 'onset' is not null), c.received_at::date),
                               (select coalesce(array_agg(x.term order by x.position), '{}') from reaction x where x.case_id = c.id),
                               (select coalesce(array_agg(x.concept_id order by x.position), '{}') from reaction x where x.case_id = c.id),
                               (select coalesce(array_agg(x.pt_name order by x.position), '{}') from reaction x where x.case_id = c.id),
                               (select coalesce(array_agg(x.meddra_version order by x.position), '{}') from reaction x where x.case_id = c.id),
                               (select coalesce(array_agg(x.score order by x.position), '{}') from reaction x where x.case_id = c.id)
                        from report_case c
                        join report_version v on v.case_id = c.id and v.version = c.current_version
                        join report_product rp on rp.case_id = c.id
                        where not c.nullified and c.master_case is null and rp.%s is not null and (not ? or c.serious)
                          and (c.id, c.current_version) in (select * from unnest(?::uuid[], ?::int[]))""".formatted(rule.scope().column(), rule.scope().column()))
                .param(compared.stream().map(CaseAt::id).toArray(UUID[]::new))
                .param(rule.seriousOnly())
                .param(compared.stream().map(CaseAt::id).toArray(UUID[]::new))
                .param(compared.stream().map(CaseAt::version).toArray(Integer[]::new))
                .query((rs, row) -> {
                    return rule.matchesAny(reactions(rs), groups)
                            ? Optional.of(new Clusters.CaseDay(
                                    rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class)))
                            : Optional.<Clusters.CaseDay>empty();
                })
                .list()
                .stream()
                .flatMap(Optional::stream)
                .toList();
    }

    private boolean record(ClusterRule rule, Clusters.Cluster cluster) {
        var existing = jdbc.sql("""
                        select id, case_ids, status from cluster_alert
                        where rule_id = ? and scope = ? and scope_id = ? and first_day <= ? and last_day >= ?
                        order by id limit 1""")
                .params(rule.id(), rule.scope().code(), cluster.scopeId(), cluster.lastDay(), cluster.firstDay())
                .query((rs, row) -> new Existing(rs.getLong(1), Set.copyOf(uuids(rs.getArray(2))), rs.getString(3)))
                .optional();
        if (existing.isEmpty()) {
            long id = jdbc.sql("""
                            insert into cluster_alert (rule_id, scope, scope_id, first_day, last_day, case_ids)
                            values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            rule.id(),
                            rule.scope().code(),
                            cluster.scopeId(),
                            cluster.firstDay(),
                            cluster.lastDay(),
                            cluster.cases().toArray(UUID[]::new))
                    .query(Long.class)
                    .single();
            audit.append(
                    "alert.raised",
                    "alert:" + id,
                    "rule=%s %s=%d cases=%d"
                            .formatted(
                                    rule.id(),
                                    rule.scope().code(),
                                    cluster.scopeId(),
                                    cluster.cases().size()));
            return true;
        }
        Existing alert = existing.get();
        Set<UUID> union = new HashSet<>(alert.cases());
        union.addAll(cluster.cases());
        if (union.size() == alert.cases().size()) {
            return false;
        }
        jdbc.sql("""
                        update cluster_alert set case_ids = ?, first_day = least(first_day, ?), last_day = greatest(last_day, ?),
                            updated_at = now(), status = case when status in ('dismissed', 'withdrawn') then 'open' else status end
                        where id = ?""")
                .params(union.toArray(UUID[]::new), cluster.firstDay(), cluster.lastDay(), alert.id())
                .update();
        audit.append(
                "alert.grew",
                "alert:" + alert.id(),
                "cases=%d (was %d, %s)".formatted(union.size(), alert.cases().size(), alert.status()));
        return true;
    }

    private record Existing(long id, Set<UUID> cases, String status) {}

    /**
     * Counts each patient once in the alerts already raised: a case that duplicate detection has put under a
     * master is replaced by its master, and a nullified case leaves. An open alert left with fewer cases than its
     * rule needs is withdrawn (issue 19: after a pair is confirmed as one case, an alert no longer lists both).
     */
    private int countEachPatientOnce() {
        var raised = jdbc.sql(
                        "select id, rule_id, case_ids, status from cluster_alert where status in ('open', 'confirmed')")
                .query((rs, row) -> new Raised(
                        rs.getLong(1), rules.get(rs.getString(2)), List.copyOf(uuids(rs.getArray(3))), rs.getString(4)))
                .list();
        int changed = 0;
        for (Raised alert : raised) {
            List<UUID> counted = jdbc.sql("""
                            select distinct coalesce(c.master_case, c.id) from report_case c
                            where c.id = any(?) and not c.nullified""")
                    .param(alert.cases().toArray(UUID[]::new))
                    .query(UUID.class)
                    .list();
            if (alert.rule() != null && !Set.copyOf(counted).equals(Set.copyOf(alert.cases()))) {
                withdrawOrShrink(alert, counted);
                changed++;
            }
        }
        return changed;
    }

    private void withdrawOrShrink(Raised alert, List<UUID> counted) {
        boolean withdrawn =
                alert.status().equals("open") && counted.size() < alert.rule().minCases();
        jdbc.sql("update cluster_alert set case_ids = ?, status = ?, updated_at = now() where id = ?")
                .params(counted.toArray(UUID[]::new), withdrawn ? "withdrawn" : alert.status(), alert.id())
                .update();
        audit.append(
                withdrawn ? "alert.withdrawn" : "alert.shrank",
                "alert:" + alert.id(),
                "cases=%d (was %d): each patient counted once"
                        .formatted(counted.size(), alert.cases().size()));
    }

    private record Raised(long id, ClusterRule rule, List<UUID> cases, String status) {}

    /**
     * Alerts with this status ({@code open}, {@code confirmed}, {@code dismissed}, {@code withdrawn}), newest change
     * first.
     */
    public List<ClusterAlert> withStatus(String status) {
        return jdbc
                .sql("""
                        select a.id, a.rule_id, a.scope, a.first_day, a.last_day, a.case_ids, a.status, a.raised_at,
                               a.decided_by, a.reason,
                               case a.scope
                                 when 'lot' then (select p.name || ', lot ' || l.lot_number from lot l join product p on p.id = l.product_id where l.id = a.scope_id)
                                 when 'provider' then (select name || coalesce(' (' || country || ')', '') from provider where id = a.scope_id)
                                 else (select name from product where id = a.scope_id) end
                        from cluster_alert a where a.status = ? order by a.updated_at desc, a.id desc""")
                .param(status)
                .query((rs, row) -> new ClusterAlert(
                        rs.getLong(1),
                        rules.get(rs.getString(2)),
                        rs.getString(11),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        casesOf(uuids(rs.getArray(6))),
                        rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class).toInstant(),
                        rs.getString(9),
                        rs.getString(10)))
                .list()
                .stream()
                .filter(alert -> alert.rule() != null)
                .toList();
    }

    public long openCount() {
        return jdbc.sql("select count(*) from cluster_alert where status = 'open'")
                .query(Long.class)
                .single();
    }

    /** Confirms or dismisses an alert with a reason; refused when the alert or the decision is not known. */
    @Transactional
    public Outcome<Void> decide(long id, String status, String reason, String by) {
        if (!Set.of("confirmed", "dismissed").contains(status) || reason == null || reason.isBlank()) {
            return Outcome.refused(SignalRefusal.ALERT_DECISION);
        }
        boolean known = jdbc.sql("""
                        update cluster_alert set status = ?, reason = ?, decided_by = ?, decided_at = now(), updated_at = now()
                        where id = ?""").params(status, reason.strip(), by, id).update() == 1;
        if (!known) {
            return Outcome.refused(SignalRefusal.ALERT_DECISION);
        }
        audit.append(by, "alert." + status, "alert:" + id, reason.strip());
        return Outcome.done();
    }

    private List<ClusterAlert.AlertCase> casesOf(List<UUID> ids) {
        return jdbc.sql("""
                        select c.id, c.reference, coalesce(v.clinical #>> '{reactions,0,term}', 'MedDRA ' || (v.clinical #>> '{reactions,0,coded,code}')), v.clinical #>> '{products,0,name}',
                               c.fatal_or_life_threatening
                        from report_case c join report_version v on v.case_id = c.id and v.version = c.current_version
                        where c.id = any(?) order by c.received_at""")
                .param(ids.toArray(UUID[]::new))
                .query((rs, row) -> new ClusterAlert.AlertCase(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }

    /** The reactions of a row whose columns 4 to 8 are their words, concepts, PT names, MedDRA versions and scores. */
    private static List<CodedReaction> reactions(java.sql.ResultSet rs) throws SQLException {
        String[] terms = texts(rs.getArray(4));
        String[] concepts = texts(rs.getArray(5));
        String[] pts = texts(rs.getArray(6));
        String[] versions = texts(rs.getArray(7));
        Object[] scores = (Object[]) rs.getArray(8).getArray();
        List<CodedReaction> reactions = new java.util.ArrayList<>(terms.length);
        for (int i = 0; i < terms.length; i++) {
            Double score = scores[i] == null ? null : ((Number) scores[i]).doubleValue();
            reactions.add(new CodedReaction(terms[i], concepts[i], pts[i], versions[i], score));
        }
        return reactions;
    }

    private static String[] texts(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(value -> value == null ? null : String.valueOf(value))
                .toArray(String[]::new);
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(id -> (UUID) id).toList();
    }
}
