package org.exovigil.app.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.exovigil.app.CaseStoreFollowers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Codes reactions after their reports are committed, never inside the intake (issue 21: intake keeps its pace). It
 * follows the case store: each run takes the case versions it has not yet seen, in batches, and stores the best
 * suggestion for each reaction's verbatim (E.i.1.1a) as {@code suggested}. A follow-up version keeps the code of
 * every reaction whose verbatim is unchanged (a regulator's confirmation included) and codes the others again. At
 * start-up it catches up with whatever arrived while it was not running, and first brings codes made in an older
 * MedDRA release up to the current one ({@link MeddraRecoding}). Running it twice changes nothing.
 */
@Component
@Order(0) // before the followers that count cases by their codes
class ReactionCoder implements CaseStoreFollowers.Follower {

    private static final Logger LOG = LoggerFactory.getLogger(ReactionCoder.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ReactionCodes codes;
    private final TerminologyInUse terminology;
    private final MeddraRecoding recoding;
    private final MeddraReleases releases;
    private final TransactionTemplate transaction;

    ReactionCoder(
            JdbcClient jdbc,
            JdbcTemplate batches,
            ReactionCodes codes,
            TerminologyInUse terminology,
            MeddraRecoding recoding,
            MeddraReleases releases,
            TransactionTemplate transaction) {
        this.releases = releases;
        this.batches = batches;
        this.jdbc = jdbc;
        this.codes = codes;
        this.terminology = terminology;
        this.recoding = recoding;
        this.transaction = transaction;
    }

    /** One case version not yet coded: its id, version, and each reaction's verbatim (null where none was sent). */
    record Uncoded(UUID caseId, int version, List<String> verbatims) {}

    @Override
    public void follow() {
        CodingTerminology now = terminology.current();
        recoding.upgrade(now, releases::release);
        recoding.suggestInMeddra(now);
        int cases = 0;
        List<Uncoded> batch;
        while (!(batch = uncoded()).isEmpty()) {
            List<Uncoded> these = batch;
            transaction.executeWithoutResult(status -> code(these, now));
            cases += these.size();
        }
        if (cases > 0) {
            LOG.info(
                    "coded the reactions of {} case versions in {}",
                    cases,
                    now.meddraVersion().map(v -> "MedDRA " + v).orElse("the open vocabulary"));
        }
    }

    private List<Uncoded> uncoded() {
        return jdbc.sql("""
                        select c.id, c.current_version, v.clinical -> 'reactions'
                        from report_case c
                        join report_version v on v.case_id = c.id and v.version = c.current_version
                        left join reaction_coding k on k.case_id = c.id
                        where k.case_id is null or k.version <> c.current_version
                        order by c.received_at, c.id
                        limit ?""")
                .param(BATCH)
                .query((rs, row) -> new Uncoded(rs.getObject(1, UUID.class), rs.getInt(2), verbatims(rs.getString(3))))
                .list();
    }

    static List<String> verbatims(String reactionsJson) {
        List<String> verbatims = new ArrayList<>();
        if (reactionsJson != null) {
            for (JsonNode reaction : JSON.readTree(reactionsJson)) {
                JsonNode term = reaction.get("term");
                verbatims.add(
                        term == null || !term.isString() || term.asString().isBlank() ? null : term.asString());
            }
        }
        return verbatims;
    }

    /** Codes a batch of case versions with a few round trips to the database, whatever its size. */
    private void code(List<Uncoded> batch, CodingTerminology now) {
        var stored = codes.forCases(batch.stream().map(Uncoded::caseId).toList());
        List<ReactionCodes.Suggested> suggestions = new ArrayList<>();
        List<Object[]> dropped = new ArrayList<>();
        List<Object[]> counts = new ArrayList<>();
        List<Object[]> seen = new ArrayList<>();
        for (Uncoded c : batch) {
            Map<Integer, ReactionCode> before = stored.getOrDefault(c.caseId(), Map.of());
            for (int i = 0; i < c.verbatims().size(); i++) {
                String verbatim = c.verbatims().get(i);
                ReactionCode code = before.get(i);
                if (code != null && Objects.equals(code.verbatim(), verbatim)) {
                    continue; // unchanged reaction: its code stands, confirmed or not
                }
                List<CodingTerminology.Term> best = now.suggest(verbatim, 1);
                if (best.isEmpty()) {
                    dropped.add(new Object[] {c.caseId(), i});
                } else {
                    suggestions.add(new ReactionCodes.Suggested(c.caseId(), i, verbatim, best.getFirst()));
                }
            }
            counts.add(new Object[] {c.caseId(), c.verbatims().size()});
            seen.add(new Object[] {c.caseId(), c.version()});
        }
        codes.putSuggestions(suggestions);
        codes.dropAll(dropped);
        codes.dropBeyond(counts);
        batches.batchUpdate("""
                        insert into reaction_coding (case_id, version) values (?, ?)
                        on conflict (case_id) do update set version = excluded.version""", seen);
    }
}
