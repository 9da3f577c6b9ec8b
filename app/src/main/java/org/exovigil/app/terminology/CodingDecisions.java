package org.exovigil.app.terminology;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.refusals.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A regulator's decisions on codes (issue 21): confirming Exovigil's suggestion for a reaction or choosing another
 * code, and marking an upgrade's recode reviewed. Each is audited beside the case's other decisions.
 */
@Service
public class CodingDecisions {

    private final JdbcClient jdbc;
    private final ReactionCodes codes;
    private final TerminologyInUse terminology;
    private final AuditLog audit;

    CodingDecisions(JdbcClient jdbc, ReactionCodes codes, TerminologyInUse terminology, AuditLog audit) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.terminology = terminology;
        this.audit = audit;
    }

    /**
     * Codes a reaction of the case's current version.
     *
     * @param code  the LLT code (with MedDRA) or concept id chosen; the suggestion's own code confirms it
     * @param shown the code the page showed as stored ("" for none), so that a decision taken on a code a follow-up
     *              or an upgrade has since replaced is refused rather than silently applied to the new one
     */
    @Transactional
    public Outcome<Void> code(UUID caseId, int reaction, String code, String shown, String by) {
        List<String> verbatims = codes.currentVerbatims(caseId).orElse(List.of());
        if (reaction < 0 || reaction >= verbatims.size()) {
            return Outcome.refused(CodingRefusal.REACTION);
        }
        var term = terminology.current().term(code);
        if (term.isEmpty()) {
            return Outcome.refused(CodingRefusal.CODE_UNKNOWN, code == null ? "" : code.strip());
        }
        if (!term.get().current()) {
            return Outcome.refused(
                    CodingRefusal.NON_CURRENT, term.get().code(), term.get().meddraVersion());
        }
        String verbatim = verbatims.get(reaction);
        var stored = codes.find(caseId, reaction).filter(c -> Objects.equals(c.verbatim(), verbatim));
        String storedCode = stored.map(ReactionCode::code).orElse("");
        if (!storedCode.equals(shown == null ? "" : shown.strip())) {
            return Outcome.refused(CodingRefusal.CHANGED_SINCE_SHOWN);
        }
        boolean confirming = stored.isPresent()
                && !stored.get().confirmed()
                && storedCode.equals(term.get().code())
                && Objects.equals(stored.get().meddraVersion(), term.get().meddraVersion());
        Double score = confirming ? stored.get().score() : null;
        codes.putDecision(caseId, reaction, verbatim, term.get(), score, by);
        audit.append(
                by,
                confirming ? "reaction.code.confirmed" : "reaction.code.chosen",
                "report-id:" + caseId,
                "reaction=%d code=%s terminology=%s previous=%s"
                        .formatted(
                                reaction,
                                term.get().code(),
                                term.get().meddraVersion() == null
                                        ? "exovigil"
                                        : "meddra " + term.get().meddraVersion(),
                                storedCode.isEmpty() ? "none" : storedCode));
        return Outcome.done();
    }

    /** Marks an upgrade's recode reviewed. */
    @Transactional
    public Outcome<Void> review(long change, String by) {
        var reviewer = jdbc.sql("select coalesce(reviewed_by, '') from reaction_recode where id = ? for update")
                .param(change)
                .query(String.class)
                .optional();
        if (reviewer.isEmpty()) {
            return Outcome.refused(CodingRefusal.CHANGE_UNKNOWN);
        }
        if (!reviewer.get().isEmpty()) {
            return Outcome.refused(CodingRefusal.CHANGE_REVIEWED, reviewer.get());
        }
        jdbc.sql("update reaction_recode set reviewed_by = ?, reviewed_at = now() where id = ?")
                .params(by, change)
                .update();
        audit.append(by, "reaction.recode.reviewed", "reaction-recode:" + change, "");
        return Outcome.done();
    }
}
