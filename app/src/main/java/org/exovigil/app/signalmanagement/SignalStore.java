package org.exovigil.app.signalmanagement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.exovigil.app.reports.DecisionJson;
import org.exovigil.app.watch.UnlawfulMarketing;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.signal.PriorityFactor;
import org.exovigil.vigilance.signal.PriorityLevel;
import org.exovigil.vigilance.signal.PriorityScore;
import org.exovigil.vigilance.signal.Signal;
import org.exovigil.vigilance.signal.SignalAction;
import org.exovigil.vigilance.signal.SignalSource;
import org.exovigil.vigilance.signal.SignalStatus;
import org.exovigil.vigilance.signal.SignalStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Signals in PostgreSQL, in plain SQL. Steps are inserted, never updated; actions change only as they end. */
@Repository
class SignalStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    SignalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A signal as stored: the core's record and what the register knows of it. */
    record Stored(
            long id,
            Signal signal,
            Long productId,
            Long lotId,
            List<UUID> cases,
            double score,
            Map<String, Double> scoreTerms,
            String raisedBy,
            Instant raisedAt,
            List<UnlawfulMarketing.EvidencePage> pages) {}

    /** One line of the list of open signals. */
    record Listed(
            long id,
            String sourceKind,
            String description,
            String status,
            String priority,
            double score,
            int cases,
            long openActions,
            Instant raisedAt) {}

    /** The open signal of this source, if one is open. */
    Optional<Long> openFor(SignalSource source) {
        return jdbc.sql("select id from signal where source_kind = ? and source_ref = ? and status <> 'closed'")
                .params(source.kind().code(), source.reference())
                .query(Long.class)
                .optional();
    }

    /** Inserts a new signal; empty when a signal of the same source is already open (the race is settled by the index). */
    Optional<Long> insert(RaisedSignal raised, PriorityScore score, String by, Instant at) {
        return jdbc.sql("""
                        insert into signal (source_kind, source_ref, description, product_id, lot_id, case_ids, score,
                            score_terms, raised_by, raised_at, pages)
                        values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb)
                        on conflict (source_kind, source_ref) where status <> 'closed' do nothing
                        returning id""")
                .params(
                        raised.source().kind().code(),
                        raised.source().reference(),
                        raised.source().description(),
                        raised.productId(),
                        raised.lotId(),
                        raised.cases().toArray(UUID[]::new),
                        score.total(),
                        terms(score),
                        by,
                        utc(at),
                        pagesJson(raised.pages()))
                .query(Long.class)
                .optional();
    }

    void rescore(long id, PriorityScore score) {
        jdbc.sql("update signal set score = ?, score_terms = ?::jsonb where id = ?")
                .params(score.total(), terms(score), id)
                .update();
    }

    /** The signal, locked while a step or action is added, so two regulators cannot interleave. */
    Optional<Stored> forUpdate(long id) {
        return load(id, " for update");
    }

    Optional<Stored> find(long id) {
        return load(id, "");
    }

    private Optional<Stored> load(long id, String lock) {
        return jdbc.sql("""
                        select source_kind, source_ref, description, status, product_id, lot_id, case_ids, score,
                               score_terms::text, raised_by, raised_at, pages::text
                        from signal where id = ?""" + lock)
                .param(id)
                .query((rs, row) -> new Stored(
                        id,
                        new Signal(
                                new SignalSource(
                                        code(SignalSource.Kind.class, rs.getString(1)),
                                        rs.getString(2),
                                        rs.getString(3)),
                                code(SignalStatus.class, rs.getString(4)),
                                steps(id),
                                actions(id)),
                        rs.getObject(5, Long.class),
                        rs.getObject(6, Long.class),
                        uuids(rs.getArray(7)),
                        rs.getDouble(8),
                        scoreTerms(rs.getString(9)),
                        rs.getString(10),
                        rs.getObject(11, OffsetDateTime.class).toInstant(),
                        pages(rs.getString(12))))
                .optional();
    }

    /** The open signals, highest score first; the regulator's priority is shown beside it. */
    List<Listed> open() {
        return jdbc.sql("""
                        select s.id, s.source_kind, s.description, s.status, s.priority, s.score, cardinality(s.case_ids),
                               (select count(*) from signal_action a where a.signal_id = s.id and a.status = 'open'),
                               s.raised_at
                        from signal s where s.status <> 'closed' order by s.score desc, s.raised_at, s.id""")
                .query((rs, row) -> new Listed(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDouble(6),
                        rs.getInt(7),
                        rs.getLong(8),
                        rs.getObject(9, OffsetDateTime.class).toInstant()))
                .list();
    }

    void addStep(long id, SignalStep step) {
        jdbc.sql("""
                        insert into signal_step (signal_id, seq, from_status, to_status, reason, decided_by, decided_at,
                            evidence, priority)
                        values (?, (select coalesce(max(seq), 0) + 1 from signal_step where signal_id = ?), ?, ?, ?, ?, ?,
                            ?::jsonb, ?)""")
                .params(
                        id,
                        id,
                        step.from().code(),
                        step.to().code(),
                        step.reason(),
                        step.decidedBy(),
                        utc(step.decidedAt()),
                        DecisionJson.evidence(step.evidence()),
                        step.priority() == null ? null : step.priority().code())
                .update();
        jdbc.sql("update signal set status = ?, priority = coalesce(?, priority) where id = ?")
                .params(
                        step.to().code(),
                        step.priority() == null ? null : step.priority().code(),
                        id)
                .update();
    }

    void addAction(long id, SignalAction action) {
        jdbc.sql("""
                        insert into signal_action (signal_id, number, kind, target, owner, due_on, reason, taken_by, taken_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        action.number(),
                        action.kind().code(),
                        action.target(),
                        action.owner(),
                        action.dueOn(),
                        action.reason(),
                        action.takenBy(),
                        utc(action.takenAt()))
                .update();
    }

    void endAction(long id, SignalAction action) {
        jdbc.sql("""
                        update signal_action set status = ?, ended_by = ?, ended_at = ?, end_reason = ?
                        where signal_id = ? and number = ?""")
                .params(
                        action.status().code(),
                        action.endedBy(),
                        utc(action.endedAt()),
                        action.endReason(),
                        id,
                        action.number())
                .update();
    }

    /** An event of the audit chain about the signal, for its history. */
    record HistoryEvent(Instant at, String actor, String action, String detail) {}

    List<HistoryEvent> history(long id) {
        return jdbc.sql("select occurred_at, actor, action, detail from audit_event where subject = ? order by id")
                .param("signal:" + id)
                .query((rs, row) -> new HistoryEvent(
                        rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    private List<SignalStep> steps(long id) {
        return jdbc.sql("""
                        select from_status, to_status, reason, decided_by, decided_at, evidence::text, priority
                        from signal_step where signal_id = ? order by seq""")
                .param(id)
                .query((rs, row) -> new SignalStep(
                        code(SignalStatus.class, rs.getString(1)),
                        code(SignalStatus.class, rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        DecisionJson.evidence(rs.getString(6)),
                        rs.getString(7) == null ? null : code(PriorityLevel.class, rs.getString(7))))
                .list();
    }

    private List<SignalAction> actions(long id) {
        return jdbc.sql("""
                        select number, kind, target, owner, due_on, reason, taken_by, taken_at, status, ended_by,
                               ended_at, end_reason
                        from signal_action where signal_id = ? order by number""").param(id).query((rs, row) -> action(rs)).list();
    }

    private static SignalAction action(ResultSet rs) throws SQLException {
        OffsetDateTime ended = rs.getObject(11, OffsetDateTime.class);
        return new SignalAction(
                rs.getInt(1),
                code(SignalAction.Kind.class, rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, OffsetDateTime.class).toInstant(),
                code(SignalAction.Status.class, rs.getString(9)),
                rs.getString(10),
                ended == null ? null : ended.toInstant(),
                rs.getString(12));
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.fromCode(type, code)
                .orElseThrow(() ->
                        new IllegalStateException("unknown " + type.getSimpleName() + " in the database: " + code));
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static String terms(PriorityScore score) {
        ObjectNode node = JSON.createObjectNode();
        score.contributions().forEach((factor, term) -> node.put(factor.code(), term));
        return node.toString();
    }

    private static Map<String, Double> scoreTerms(String json) {
        var terms = new java.util.LinkedHashMap<String, Double>();
        for (PriorityFactor factor : PriorityFactor.values()) {
            var node = JSON.readTree(json).get(factor.code());
            if (node != null) {
                terms.put(factor.code(), node.asDouble());
            }
        }
        return terms;
    }

    private static String pagesJson(List<UnlawfulMarketing.EvidencePage> pages) {
        ArrayNode array = JSON.createArrayNode();
        pages.forEach(page -> array.addObject()
                .put("id", page.id())
                .put("url", page.url())
                .put("host", page.host())
                .put("providerId", page.providerId())
                .put("firstSeen", page.firstSeen().toString()));
        return array.toString();
    }

    private static List<UnlawfulMarketing.EvidencePage> pages(String json) {
        List<UnlawfulMarketing.EvidencePage> pages = new ArrayList<>();
        JSON.readTree(json)
                .forEach(page -> pages.add(new UnlawfulMarketing.EvidencePage(
                        page.get("id").asLong(),
                        page.get("url").asString(),
                        page.get("host").asString(),
                        page.get("providerId").isNull()
                                ? null
                                : page.get("providerId").asLong(),
                        Instant.parse(page.get("firstSeen").asString()))));
        return pages;
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(id -> (UUID) id).toList();
    }
}
