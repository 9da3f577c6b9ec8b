package org.exovigil.app.terminology;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.vigilance.terminology.LowLevelTerm;
import org.exovigil.vigilance.terminology.MeddraRelease;
import org.exovigil.vigilance.terminology.MeddraUpgrade;
import org.exovigil.vigilance.terminology.TermChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the stored MedDRA codes up to the current release (issue 21, version upgrades). MSSO's advice for a new
 * version (MedDRA Points to Consider, "Versioning", §4): a code whose LLT is unchanged keeps it; an LLT moved under
 * another PT keeps its code and takes the new PT; an LLT made non-current (or gone) is coded again from the verbatim.
 * Every moved or recoded reaction is listed ({@code reaction_recode}) with its old and new code and version for a
 * regulator to review. A suggestion still in the open vocabulary is suggested again in MedDRA once a release loads.
 * The kind of change is read from the two releases themselves ({@link MeddraUpgrade}), so a release loaded by the
 * command line while the server was down is caught up with at the next start.
 */
@Service
class MeddraRecoding {

    private final JdbcClient jdbc;
    private final ReactionCodes codes;
    private final AuditLog audit;

    MeddraRecoding(JdbcClient jdbc, ReactionCodes codes, AuditLog audit) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.audit = audit;
    }

    /** A code to bring up: the reaction's stored code. */
    private record Stored(UUID caseId, int reaction, String verbatim, String version, Long llt, Long pt) {}

    /**
     * Brings every code made in an older release that {@code releases} still knows up to {@code now}'s release. A code
     * of a release no longer loaded cannot be compared and is left as it is.
     */
    @Transactional
    public void upgrade(CodingTerminology now, Function<String, Optional<MeddraRelease>> releases) {
        if (now.meddra().isEmpty()) {
            return;
        }
        MeddraRelease newer = now.meddra().get();
        Map<String, List<Stored>> byVersion = jdbc
                .sql("""
                        select case_id, reaction, verbatim, meddra_version, llt_code, pt_code from reaction_code
                        where llt_code is not null and meddra_version is not null and meddra_version <> ?
                        order by case_id, reaction
                        for update""")
                .param(newer.version())
                .query((rs, row) -> new Stored(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, Long.class),
                        rs.getObject(6, Long.class)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Stored::version));
        int moved = 0;
        int recoded = 0;
        for (var entry : byVersion.entrySet()) {
            Optional<MeddraRelease> older = releases.apply(entry.getKey());
            if (older.isEmpty()) {
                continue;
            }
            Set<Long> changed = MeddraUpgrade.between(older.get(), newer).stream()
                    .map(TermChange::lltCode)
                    .collect(Collectors.toSet());
            for (Stored s : entry.getValue()) {
                switch (bringUp(s, changed.contains(s.llt()), now)) {
                    case MOVED -> moved++;
                    case RECODED -> recoded++;
                    case KEPT -> {}
                }
            }
        }
        if (moved + recoded > 0) {
            audit.append(
                    "system",
                    "reaction.codes.upgraded",
                    "meddra:" + newer.version(),
                    "moved=%d recoded=%d".formatted(moved, recoded));
        }
    }

    private enum Outcome {
        KEPT,
        MOVED,
        RECODED
    }

    /** Brings one stored code up to {@code now}'s release: kept, moved with its LLT, or coded again and listed. */
    private Outcome bringUp(Stored s, boolean changed, CodingTerminology now) {
        MeddraRelease newer = now.meddra().orElseThrow();
        boolean stillCurrent =
                newer.lowLevelTerm(s.llt()).map(LowLevelTerm::current).orElse(false);
        if (!changed && stillCurrent) {
            jdbc.sql("update reaction_code set meddra_version = ? where case_id = ? and reaction = ?")
                    .params(newer.version(), s.caseId(), s.reaction())
                    .update();
            return Outcome.KEPT;
        }
        if (stillCurrent) {
            var term = now.term(Long.toString(s.llt())).orElseThrow();
            jdbc.sql("""
                            update reaction_code set meddra_version = ?, pt_code = ?, pt_name = ?, concept_id = ?
                            where case_id = ? and reaction = ?""")
                    .params(newer.version(), term.ptCode(), term.ptName(), term.conceptId(), s.caseId(), s.reaction())
                    .update();
            list(s, "moved", newer.version(), s.llt(), term.ptCode());
            return Outcome.MOVED;
        }
        var again = suggestAgain(s, now);
        list(
                s,
                newer.lowLevelTerm(s.llt()).isEmpty() ? "removed" : "non_current",
                newer.version(),
                again == null ? null : again.lltCode(),
                again == null ? null : again.ptCode());
        return Outcome.RECODED;
    }

    /**
     * Once MedDRA is loaded, the suggestions Exovigil made in the open vocabulary are made again in MedDRA; a code a
     * regulator confirmed in the vocabulary stays as they chose it.
     */
    @Transactional
    public int suggestInMeddra(CodingTerminology now) {
        if (now.meddra().isEmpty()) {
            return 0;
        }
        List<Stored> suggested = jdbc.sql("""
                        select case_id, reaction, verbatim from reaction_code
                        where llt_code is null and status = 'suggested' for update""")
                .query((rs, row) ->
                        new Stored(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), null, null, null))
                .list();
        suggested.forEach(s -> suggestAgain(s, now));
        return suggested.size();
    }

    private CodingTerminology.Term suggestAgain(Stored s, CodingTerminology now) {
        var best = now.suggest(s.verbatim(), 1);
        if (best.isEmpty()) {
            codes.drop(s.caseId(), s.reaction());
            return null;
        }
        // A confirmed code whose LLT left the release becomes a suggestion again, which the regulator reviews.
        codes.replaceWithSuggestion(s.caseId(), s.reaction(), s.verbatim(), best.getFirst());
        return best.getFirst();
    }

    private void list(Stored s, String kind, String newVersion, Long newLlt, Long newPt) {
        jdbc.sql("""
                        insert into reaction_recode (case_id, reaction, kind, old_version, old_llt_code, old_pt_code,
                            new_version, new_llt_code, new_pt_code)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.caseId(), s.reaction(), kind, s.version(), s.llt(), s.pt(), newVersion, newLlt, newPt)
                .update();
    }
}
