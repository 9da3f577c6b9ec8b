package org.exovigil.app.terminology;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Reaction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored code of each reaction ({@code reaction_code}, V53): what the case page, the E2B export, the patient's
 * pages and the groups read. Written only by this package (the coder, a regulator's decision, an upgrade).
 */
@Repository
public class ReactionCodes {

    private static final String COLUMNS = """
            case_id, reaction, verbatim, concept_id, pt_name, meddra_version, llt_code, pt_code, score, status,
            decided_by, decided_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ReactionCodes(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The current codes of a case, by reaction index. */
    public List<ReactionCode> forCase(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + " from reaction_code where case_id = ? order by reaction")
                .param(caseId)
                .query(ReactionCodes::row)
                .list();
    }

    /** The current codes of several cases, by case then reaction index (the coder reads a batch at once). */
    Map<UUID, Map<Integer, ReactionCode>> forCases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select " + COLUMNS + " from reaction_code where case_id = any(?::uuid[])")
                .param(caseIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .query(ReactionCodes::row)
                .list()
                .stream()
                .collect(Collectors.groupingBy(ReactionCode::caseId, Collectors.toMap(ReactionCode::reaction, c -> c)));
    }

    /** The current codes of a case keyed by reaction index, for pages that walk the reactions. */
    public Map<Integer, ReactionCode> byReaction(UUID caseId) {
        return forCase(caseId).stream().collect(Collectors.toMap(ReactionCode::reaction, c -> c));
    }

    public Optional<ReactionCode> find(UUID caseId, int reaction) {
        return jdbc.sql("select " + COLUMNS + " from reaction_code where case_id = ? and reaction = ?")
                .params(caseId, reaction)
                .query(ReactionCodes::row)
                .optional();
    }

    /**
     * The verbatim (E.i.1.1a) of each reaction of the case's current version, null where the sender gave only a code;
     * empty when there is no such case.
     */
    public Optional<List<String>> currentVerbatims(UUID caseId) {
        return jdbc.sql("""
                        select v.clinical -> 'reactions' from report_case c
                        join report_version v on v.case_id = c.id and v.version = c.current_version where c.id = ?""")
                .param(caseId)
                .query((rs, row) -> ReactionCoder.verbatims(rs.getString(1)))
                .optional();
    }

    /** The confirmed MedDRA codes of every case, by case and reaction index: what the E2B export carries. */
    public Map<UUID, Map<Integer, ReactionCode>> confirmedInMeddra() {
        return jdbc
                .sql("select " + COLUMNS + " from reaction_code where status = 'confirmed' and llt_code is not null"
                        + " and meddra_version is not null")
                .query(ReactionCodes::row)
                .list()
                .stream()
                .collect(Collectors.groupingBy(ReactionCode::caseId, Collectors.toMap(ReactionCode::reaction, c -> c)));
    }

    /** The codes of every case, by case then reaction (for groups and signals). */
    public List<ReactionCode> all() {
        return jdbc.sql("select " + COLUMNS + " from reaction_code order by case_id, reaction")
                .query(ReactionCodes::row)
                .list();
    }

    /**
     * The report with E.i.2.1a/b set from the regulator-confirmed MedDRA codes of its reactions. A suggestion is not
     * exported: E.i.2.1b tells the receiver the sender coded the reaction, and a receiver counts signals on it, so
     * only a code a person stood behind goes out (the sender's own E.i.2.1 stays otherwise). A code in the open
     * vocabulary alone is not exported either: E2B(R3) IG E.i.2.1b takes MedDRA only. A code whose verbatim is not
     * the reaction's (a follow-up the coder has not yet seen) is left out.
     */
    public static IndividualCaseSafetyReport withConfirmedCodes(
            IndividualCaseSafetyReport report, Map<Integer, ReactionCode> codes) {
        if (codes.isEmpty()) {
            return report;
        }
        List<Reaction> reactions = new ArrayList<>(report.reactions());
        for (int i = 0; i < reactions.size(); i++) {
            Reaction r = reactions.get(i);
            ReactionCode code = codes.get(i);
            if (code != null && code.confirmed() && Objects.equals(code.verbatim(), r.term())) {
                Optional<CodedTerm> term = code.e2bTerm();
                if (term.isPresent()) {
                    reactions.set(
                            i,
                            new Reaction(r.term(), term.get(), r.onset(), r.outcome(), r.seriousness(), r.details()));
                }
            }
        }
        return new IndividualCaseSafetyReport(
                report.identification(),
                report.primarySources(),
                report.patient(),
                reactions,
                report.products(),
                report.tests(),
                report.narrative(),
                report.comments());
    }

    /**
     * Stores Exovigil's suggestion for a reaction, unless a regulator has meanwhile confirmed a code for the same
     * verbatim (a decision is never overwritten by a machine).
     */
    void putSuggestion(UUID caseId, int reaction, String verbatim, CodingTerminology.Term term) {
        put(caseId, reaction, verbatim, term, term.score(), ReactionCode.Status.SUGGESTED, null, true);
    }

    /** A suggestion for one reaction, as the coder stores a batch of them. */
    record Suggested(UUID caseId, int reaction, String verbatim, CodingTerminology.Term term) {}

    /** Stores a batch of suggestions in one round trip, each sparing a confirmed code as {@link #putSuggestion} does. */
    void putSuggestions(List<Suggested> suggestions) {
        batches.batchUpdate(
                upsert(true),
                suggestions.stream()
                        .map(s -> values(
                                s.caseId(),
                                s.reaction(),
                                s.verbatim(),
                                s.term(),
                                s.term().score(),
                                ReactionCode.Status.SUGGESTED,
                                null))
                        .toList());
    }

    /** Forgets a batch of codes, each {case, reaction index}, in one round trip. */
    void dropAll(List<Object[]> caseAndReaction) {
        batches.batchUpdate("delete from reaction_code where case_id = ? and reaction = ?", caseAndReaction);
    }

    /** Forgets, for each {case, count}, the codes of reactions at index count and above, in one round trip. */
    void dropBeyond(List<Object[]> caseAndCount) {
        batches.batchUpdate("delete from reaction_code where case_id = ? and reaction >= ?", caseAndCount);
    }

    /** Stores Exovigil's suggestion in place of whatever code the reaction had (an LLT gone from MedDRA). */
    void replaceWithSuggestion(UUID caseId, int reaction, String verbatim, CodingTerminology.Term term) {
        put(caseId, reaction, verbatim, term, term.score(), ReactionCode.Status.SUGGESTED, null, false);
    }

    /** Stores a regulator's code for a reaction; {@code score} is kept when they confirmed the suggestion. */
    void putDecision(UUID caseId, int reaction, String verbatim, CodingTerminology.Term term, Double score, String by) {
        put(caseId, reaction, verbatim, term, score, ReactionCode.Status.CONFIRMED, by, false);
    }

    private void put(
            UUID caseId,
            int reaction,
            String verbatim,
            CodingTerminology.Term term,
            Double score,
            ReactionCode.Status status,
            String by,
            boolean sparingConfirmed) {
        jdbc.sql(upsert(sparingConfirmed))
                .params(values(caseId, reaction, verbatim, term, score, status, by))
                .update();
    }

    private static String upsert(boolean sparingConfirmed) {
        return """
                insert into reaction_code (%s) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                on conflict (case_id, reaction) do update set verbatim = excluded.verbatim,
                    concept_id = excluded.concept_id, pt_name = excluded.pt_name,
                    meddra_version = excluded.meddra_version, llt_code = excluded.llt_code,
                    pt_code = excluded.pt_code, score = excluded.score, status = excluded.status,
                    decided_by = excluded.decided_by, decided_at = now()
                %s""".formatted(
                        COLUMNS,
                        sparingConfirmed
                                ? "where reaction_code.status = 'suggested'"
                                        + " or reaction_code.verbatim is distinct from excluded.verbatim"
                                : "");
    }

    private static Object[] values(
            UUID caseId,
            int reaction,
            String verbatim,
            CodingTerminology.Term term,
            Double score,
            ReactionCode.Status status,
            String by) {
        return new Object[] {
            caseId,
            reaction,
            verbatim,
            term.conceptId(),
            term.ptName(),
            term.meddraVersion(),
            term.lltCode(),
            term.ptCode(),
            score,
            status.code(),
            by
        };
    }

    /** Forgets the code of one reaction (its verbatim now finds none). */
    void drop(UUID caseId, int reaction) {
        jdbc.sql("delete from reaction_code where case_id = ? and reaction = ?")
                .params(caseId, reaction)
                .update();
    }

    private static ReactionCode row(ResultSet rs, int row) throws SQLException {
        return new ReactionCode(
                rs.getObject(1, UUID.class),
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, Long.class),
                rs.getObject(8, Long.class),
                rs.getObject(9, Double.class),
                ReactionCode.Status.of(rs.getString(10)),
                rs.getString(11),
                rs.getObject(12, OffsetDateTime.class).toInstant());
    }
}
