package org.exovigil.app.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The codes of a case's reactions as the case page shows them, with the suggestions a regulator can pick from. */
@Service
public class CaseCoding {

    /** The longest search a regulator may type; a reaction as reported (E.i.1.1a) is at most 250 characters. */
    static final int SEARCH_LENGTH = 250;

    private final ReactionCodes codes;
    private final TerminologyInUse terminology;
    private final Recodes recodes;

    CaseCoding(ReactionCodes codes, TerminologyInUse terminology, Recodes recodes) {
        this.codes = codes;
        this.terminology = terminology;
        this.recodes = recodes;
    }

    /** How many codes a MedDRA upgrade changed that no regulator has reviewed yet (the queue says so). */
    public long changesAwaitingReview() {
        return recodes.unreviewed();
    }

    /**
     * One reaction with its code.
     *
     * @param index     the reaction's position in the case's current version
     * @param verbatim  E.i.1.1a as reported, null when only a code was sent
     * @param code      the stored code, null while uncoded (or while the coder has not seen a follow-up's change)
     * @param term      what the stored code stands for, null when none or no longer in the terminology in use
     * @param top       the best codes for the verbatim, best first
     * @param query     the search typed for this reaction, "" when none
     * @param found     what the search found, best first
     */
    public record CodedReaction(
            int index,
            String verbatim,
            ReactionCode code,
            CodingTerminology.Term term,
            List<CodingTerminology.Term> top,
            String query,
            List<CodingTerminology.Term> found) {

        /** The code the forms send back as "shown", so a decision on a code since replaced is refused. */
        public String shown() {
            return code == null ? "" : code.code();
        }
    }

    /**
     * The coding of a case.
     *
     * @param meddraVersion      the MedDRA release in use, null when coding in the open vocabulary
     * @param vocabularyVersion  the open vocabulary's version
     */
    public record Page(String meddraVersion, String vocabularyVersion, List<CodedReaction> reactions) {}

    /**
     * Every reaction of the case's current version with its code and suggestions; the search {@code query} is run
     * for reaction {@code searched} only.
     */
    public Page forCase(UUID caseId, Integer searched, String query) {
        CodingTerminology now = terminology.current();
        List<String> verbatims = codes.currentVerbatims(caseId).orElse(List.of());
        var stored = codes.byReaction(caseId);
        String q = query == null ? "" : query.strip();
        if (q.codePointCount(0, q.length()) > SEARCH_LENGTH) {
            // Cut by code points, never inside a surrogate pair (an emoji or a rare kanji such as 𠮟 in a search).
            q = q.substring(0, q.offsetByCodePoints(0, SEARCH_LENGTH));
        }
        List<CodedReaction> reactions = new ArrayList<>();
        for (int i = 0; i < verbatims.size(); i++) {
            String verbatim = verbatims.get(i);
            // A code for other words belongs to a reaction a follow-up changed; the coder will code it again.
            ReactionCode code = Optional.ofNullable(stored.get(i))
                    .filter(c -> Objects.equals(c.verbatim(), verbatim))
                    .orElse(null);
            CodingTerminology.Term term = code == null
                    ? null
                    : now.term(code.code()).map(t -> withStoredScore(t, code)).orElse(null);
            boolean searching = searched != null && searched == i && !q.isEmpty();
            reactions.add(new CodedReaction(
                    i,
                    verbatim,
                    code,
                    term,
                    now.suggest(verbatim, CodingTerminology.TOP),
                    searching ? q : "",
                    searching ? now.suggest(q, CodingTerminology.TOP * 2) : List.of()));
        }
        return new Page(now.meddraVersion().orElse(null), now.vocabulary().version(), reactions);
    }

    private static CodingTerminology.Term withStoredScore(CodingTerminology.Term term, ReactionCode code) {
        return code.score() == null ? term : term.scored(code.score(), null);
    }
}
