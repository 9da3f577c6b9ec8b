package org.exovigil.app.reports;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.exovigil.app.CaseAt;
import org.exovigil.app.CasesChanged;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.duplicates.CaseFacts;
import org.exovigil.vigilance.duplicates.DuplicateDetection;
import org.exovigil.vigilance.duplicates.DuplicateGroup;
import org.exovigil.vigilance.duplicates.DuplicateGroups;
import org.exovigil.vigilance.duplicates.ReviewedPairs;
import org.exovigil.vigilance.duplicates.SuspectedDuplicate;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspected duplicate reports in the case store, found by the vigilance core's vigiMatch-style matcher
 * over the current version of every case not nullified, and their review. Each run keeps reviewers'
 * decisions, refreshes the matcher's own suspicions, and marks every case that is not its group's master,
 * so that signal detection counts each group once (by its most complete report).
 */
@Service
public class CaseDuplicates {

    private final ReportStore store;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final DuplicateDetection detection = DuplicateDetection.bundled();
    /** Case versions read so far, with their facts (none when the stored report no longer reads as one). */
    private final Map<CaseAt, Optional<CaseFacts>> known = new ConcurrentHashMap<>();

    private static final int READ_BATCH = 1000;

    CaseDuplicates(ReportStore store, JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /**
     * What a run found: groups, the pairs in them, how many cases are counted under another, and which case
     * versions it compared, the only ones that may be counted until the next run (issue 19).
     */
    public record Run(int groups, int pairs, int duplicates, Set<CaseAt> compared) {}

    /** One pair for review, with what a reviewer needs to compare the two cases side by side. */
    public record Pair(
            Side first,
            Side second,
            double score,
            String evidence,
            String indication,
            String status,
            String decidedBy,
            Instant decidedAt,
            String reason) {}

    /** One case of a pair: its reference, when it came, and its products and reactions in short. */
    public record Side(
            UUID id, String reference, Instant receivedAt, String products, String reactions, boolean master) {}

    /** Runs the matcher over the whole store and records what it found; only versions not seen before are read. */
    @Transactional
    public Run detect() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('case-duplicates'))")
                .query()
                .listOfRows();
        List<CaseFacts> facts = new ArrayList<>();
        Set<CaseAt> compared = Set.copyOf(store.currentLiveVersions());
        for (CaseAt at : compared) {
            known.getOrDefault(at, Optional.empty()).ifPresent(facts::add);
        }
        facts.addAll(read(compared));
        known.keySet().retainAll(compared);
        DuplicateGroups found = detection.find(facts, reviewed());
        Map<String, StoredPair> stored = storedPairs();
        Set<String> current = new HashSet<>();
        for (SuspectedDuplicate pair : found.suspectedPairs()) {
            String key = pair.first() + "/" + pair.second();
            current.add(key);
            StoredPair before = stored.get(key);
            if (before != null
                    && before.score() == pair.score()
                    && Objects.equals(before.evidence(), pair.explanation())
                    && Objects.equals(before.indication(), pair.externalIndication())) {
                continue; // the same suspicion as the last run: no write, no WAL
            }
            jdbc.sql("""
                            insert into duplicate_pair (first_case, second_case, score, evidence, indication)
                            values (?::uuid, ?::uuid, ?, ?, ?)
                            on conflict (first_case, second_case)
                            do update set score = excluded.score, evidence = excluded.evidence, indication = excluded.indication""")
                    .params(pair.first(), pair.second(), pair.score(), pair.explanation(), pair.externalIndication())
                    .update();
        }
        dropStaleSuspicions(stored, current);
        int duplicates = markMasters(found.groups());
        return new Run(found.groups().size(), found.suspectedPairs().size(), duplicates, compared);
    }

    /**
     * The facts of the case versions not read before, remembered by version: a version's clinical and personal data
     * never change once stored, so each is read and parsed once, not on every run (issue 22).
     */
    private List<CaseFacts> read(Set<CaseAt> compared) {
        List<CaseAt> unread =
                compared.stream().filter(at -> !known.containsKey(at)).toList();
        List<CaseFacts> facts = new ArrayList<>();
        for (int from = 0; from < unread.size(); from += READ_BATCH) {
            for (LiveReport stored :
                    store.liveReports(unread.subList(from, Math.min(unread.size(), from + READ_BATCH)))) {
                Optional<CaseFacts> read = ReportJson.read(stored.report().toString())
                                instanceof Checked.Accepted<IndividualCaseSafetyReport> report
                        ? Optional.of(CaseFacts.of(stored.at().id().toString(), report.value()))
                        : Optional.empty();
                known.put(stored.at(), read);
                read.ifPresent(facts::add);
            }
        }
        return facts;
    }

    private record StoredPair(double score, String evidence, String indication, String status) {}

    private Map<String, StoredPair> storedPairs() {
        Map<String, StoredPair> pairs = new HashMap<>();
        jdbc.sql("select first_case::text, second_case::text, score, evidence, indication, status from duplicate_pair")
                .query(rs -> {
                    pairs.put(
                            rs.getString(1) + "/" + rs.getString(2),
                            new StoredPair(rs.getDouble(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                });
        return pairs;
    }

    /** The pairs with a status ({@code suspected}, {@code confirmed}, {@code rejected}), strongest first. */
    public List<Pair> pairs(String status) {
        return jdbc.sql("""
                        select d.first_case, a.reference, a.received_at, %s, %s, a.master_case is null,
                               d.second_case, b.reference, b.received_at, %s, %s, b.master_case is null,
                               d.score, d.evidence, d.indication, d.status, d.decided_by, d.decided_at, d.reason
                        from duplicate_pair d
                        join report_case a on a.id = d.first_case
                        join report_case b on b.id = d.second_case
                        where d.status = ?
                        order by d.indication is null, d.score desc, d.first_case, d.second_case
                        limit 500""".formatted(products("a"), reactions("a"), products("b"), reactions("b")))
                .param(status)
                .query((rs, row) -> new Pair(
                        new Side(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant(),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getBoolean(6)),
                        new Side(
                                rs.getObject(7, UUID.class),
                                rs.getString(8),
                                rs.getObject(9, OffsetDateTime.class).toInstant(),
                                rs.getString(10),
                                rs.getString(11),
                                rs.getBoolean(12)),
                        rs.getDouble(13),
                        rs.getString(14),
                        rs.getString(15),
                        rs.getString(16),
                        rs.getString(17),
                        Optional.ofNullable(rs.getObject(18, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null),
                        rs.getString(19)))
                .list();
    }

    /** How many pairs await review. */
    public long awaitingReview() {
        return jdbc.sql("select count(*) from duplicate_pair where status = 'suspected'")
                .query(Long.class)
                .single();
    }

    /** The master a case is counted under, when it is a duplicate of another. */
    public Optional<String> masterReferenceOf(UUID caseId) {
        return jdbc.sql(
                        "select m.reference from report_case c join report_case m on m.id = c.master_case where c.id = ?")
                .param(caseId)
                .query(String.class)
                .optional();
    }

    /**
     * A regulator's decision on a suspected pair, with its grounds; the groups follow once it is committed.
     * Refused without grounds, or when the pair is not awaiting review.
     */
    @Transactional
    public Outcome<Void> decide(UUID first, UUID second, boolean sameCase, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            return Outcome.refused(ReportRefusal.DUPLICATE_DECISION);
        }
        // The pair is stored in PostgreSQL's uuid order, which is the order of the text, not UUID.compareTo's.
        var pair = ReviewedPairs.CasePair.of(first.toString(), second.toString());
        UUID low = UUID.fromString(pair.first());
        UUID high = UUID.fromString(pair.second());
        int updated = jdbc.sql("""
                        update duplicate_pair set status = ?, decided_by = ?, decided_at = now(), reason = ?
                        where first_case = ? and second_case = ? and status = 'suspected'""")
                .params(sameCase ? "confirmed" : "rejected", by, reason.strip(), low, high)
                .update();
        if (updated == 0) {
            return Outcome.refused(ReportRefusal.DUPLICATE_DECISION);
        }
        audit.append(
                by,
                sameCase ? "duplicates.confirmed" : "duplicates.rejected",
                "report:" + low + "/" + high,
                reason.strip());
        events.publishEvent(new CasesChanged(null));
        return Outcome.done();
    }

    private ReviewedPairs reviewed() {
        Set<ReviewedPairs.CasePair> same = new HashSet<>();
        Set<ReviewedPairs.CasePair> distinct = new HashSet<>();
        jdbc.sql("select first_case::text, second_case::text, status from duplicate_pair where status <> 'suspected'")
                .query(rs -> {
                    var pair = ReviewedPairs.CasePair.of(rs.getString(1), rs.getString(2));
                    (rs.getString(3).equals("confirmed") ? same : distinct).add(pair);
                });
        return new ReviewedPairs(same, distinct);
    }

    /** A suspicion the matcher no longer holds (a follow-up changed the facts) leaves the queue. */
    private void dropStaleSuspicions(Map<String, StoredPair> stored, Set<String> current) {
        for (var pair : stored.entrySet()) {
            if (pair.getValue().status().equals("suspected") && !current.contains(pair.getKey())) {
                String[] ids = pair.getKey().split("/");
                jdbc.sql(
                                "delete from duplicate_pair where first_case = ?::uuid and second_case = ?::uuid and status = 'suspected'")
                        .params(ids[0], ids[1])
                        .update();
            }
        }
    }

    /** Marks each group's members with their master, writing only the cases whose master changed since the last run. */
    private int markMasters(List<DuplicateGroup> groups) {
        Map<String, String> masters = new HashMap<>();
        for (DuplicateGroup group : groups) {
            for (String member : group.duplicates()) {
                masters.put(member, group.master());
            }
        }
        Map<String, String> before = new HashMap<>();
        jdbc.sql("select id::text, master_case::text from report_case where master_case is not null")
                .query(rs -> {
                    before.put(rs.getString(1), rs.getString(2));
                });
        for (var marked : before.entrySet()) {
            if (!masters.containsKey(marked.getKey())) {
                jdbc.sql("update report_case set master_case = null where id = ?::uuid")
                        .param(marked.getKey())
                        .update();
            }
        }
        int marked = 0;
        for (var member : masters.entrySet()) {
            if (member.getValue().equals(before.get(member.getKey()))) {
                marked++;
                continue;
            }
            marked += jdbc.sql("update report_case set master_case = ?::uuid where id = ?::uuid")
                    .params(member.getValue(), member.getKey())
                    .update();
        }
        return marked;
    }

    private static String products(String c) {
        return "(select string_agg(distinct p.name, ', ') from report_product rp join product p on p.id = rp.product_id"
                + " where rp.case_id = " + c + ".id)";
    }

    private static String reactions(String c) {
        return "(select string_agg(r ->> 'term', ', ') from report_version v, jsonb_array_elements(v.clinical -> 'reactions') r"
                + " where v.case_id = " + c + ".id and v.version = " + c + ".current_version)";
    }
}
