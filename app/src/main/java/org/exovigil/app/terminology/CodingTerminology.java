package org.exovigil.app.terminology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.exovigil.vigilance.terminology.Designation;
import org.exovigil.vigilance.terminology.EventConcept;
import org.exovigil.vigilance.terminology.EventVocabulary;
import org.exovigil.vigilance.terminology.LowLevelTerm;
import org.exovigil.vigilance.terminology.MeddraRelease;
import org.exovigil.vigilance.terminology.PreferredTerm;
import org.exovigil.vigilance.terminology.Suggestion;
import org.exovigil.vigilance.terminology.TermSuggester;

/**
 * What reactions are coded in: the loaded MedDRA release when there is one, else the open vocabulary. With MedDRA
 * the codes are LLT codes (E.i.2.1b), found by the current LLTs' names in English and Japanese and by the open
 * vocabulary's names of each concept, which lead to the LLT of the concept's PT (every PT is also an LLT of the same
 * code, MedDRA Introductory Guide §2.2). Without it the codes are the vocabulary's concept ids. Built once per
 * release: the suggester's index is the costly part.
 */
public final class CodingTerminology {

    /** How many suggestions the case page offers for a reaction. */
    public static final int TOP = 5;

    private final MeddraRelease meddra;
    private final EventVocabulary vocabulary;
    private final TermSuggester suggester;

    private CodingTerminology(MeddraRelease meddra, EventVocabulary vocabulary, TermSuggester suggester) {
        this.meddra = meddra;
        this.vocabulary = vocabulary;
        this.suggester = suggester;
    }

    /** Coding in the open vocabulary alone. */
    public static CodingTerminology of(EventVocabulary vocabulary) {
        return new CodingTerminology(null, vocabulary, vocabulary.suggester());
    }

    /** Coding in MedDRA, found also by the open vocabulary's names. */
    public static CodingTerminology of(MeddraRelease meddra, EventVocabulary vocabulary) {
        List<Designation> designations = new ArrayList<>();
        for (LowLevelTerm llt : meddra.lowLevelTerms()) {
            if (llt.current()) {
                String code = Long.toString(llt.code());
                designations.add(new Designation(code, llt.name(), "en"));
                if (llt.nameJa() != null && !llt.nameJa().isBlank()) {
                    designations.add(new Designation(code, llt.nameJa(), "ja"));
                }
            }
        }
        Map<String, String> ptOfConcept = new HashMap<>();
        for (EventConcept concept : vocabulary.concepts()) {
            meddra.preferredTermNamed(concept.meddraPtName())
                    .ifPresent(pt -> ptOfConcept.put(concept.id(), Long.toString(pt.code())));
        }
        for (Designation d : vocabulary.designations()) {
            String pt = ptOfConcept.get(d.code());
            if (pt != null) {
                designations.add(new Designation(pt, d.text(), d.language()));
            }
        }
        return new CodingTerminology(meddra, vocabulary, TermSuggester.over(designations));
    }

    /** The MedDRA version codes are made in, or empty when coding in the open vocabulary. */
    public Optional<String> meddraVersion() {
        return Optional.ofNullable(meddra).map(MeddraRelease::version);
    }

    public Optional<MeddraRelease> meddra() {
        return Optional.ofNullable(meddra);
    }

    public EventVocabulary vocabulary() {
        return vocabulary;
    }

    /** The best codes for a verbatim, best first, each code once. Empty for blank text. */
    public List<Term> suggest(String verbatim, int limit) {
        if (verbatim == null || verbatim.isBlank()) {
            return List.of();
        }
        // Several names may lead to one code; ask for more and keep each code's best.
        Map<String, Term> best = new LinkedHashMap<>();
        for (Suggestion s : suggester.suggest(verbatim, limit * 4)) {
            if (!best.containsKey(s.code())) {
                term(s.code()).ifPresent(t -> best.put(s.code(), t.scored(s.score(), s.matched())));
            }
            if (best.size() == limit) {
                break;
            }
        }
        return List.copyOf(best.values());
    }

    /** A code of this terminology (an LLT code, or a concept id), with what it stands for; empty when unknown. */
    public Optional<Term> term(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        if (meddra == null) {
            return vocabulary
                    .concept(code.strip())
                    .map(c -> new Term(
                            c.id(),
                            c.nameEn(),
                            c.nameJa(),
                            c.id(),
                            c.meddraPtName(),
                            null,
                            null,
                            c.meddraPtCode(),
                            true,
                            null,
                            null));
        }
        long llt;
        try {
            llt = Long.parseLong(code.strip());
        } catch (NumberFormatException notAnLlt) {
            return Optional.empty();
        }
        return meddra.lowLevelTerm(llt)
                .flatMap(l -> meddra.preferredTerm(l.ptCode()).map(pt -> meddraTerm(l, pt)));
    }

    private Term meddraTerm(LowLevelTerm llt, PreferredTerm pt) {
        String concept =
                vocabulary.forPreferredTermName(pt.name()).map(EventConcept::id).orElse(null);
        return new Term(
                Long.toString(llt.code()),
                llt.name(),
                llt.nameJa(),
                concept,
                pt.name(),
                meddra.version(),
                llt.code(),
                pt.code(),
                llt.current(),
                null,
                null);
    }

    /**
     * A code and what it stands for, as the forms offer it.
     *
     * @param code     the LLT code or concept id
     * @param nameEn   the LLT's or concept's English name
     * @param nameJa   its Japanese name, null when the release has none
     * @param current  false for a non-current LLT, which is kept for history but not chosen
     * @param score    the suggester's score when suggested, else null
     * @param matched  the name the verbatim matched, when suggested
     */
    public record Term(
            String code,
            String nameEn,
            String nameJa,
            String conceptId,
            String ptName,
            String meddraVersion,
            Long lltCode,
            Long ptCode,
            boolean current,
            Double score,
            String matched) {

        Term scored(double s, String m) {
            return new Term(code, nameEn, nameJa, conceptId, ptName, meddraVersion, lltCode, ptCode, current, s, m);
        }

        /** The name in the reader's language where there is one. */
        public String name(Locale locale) {
            return "ja".equals(locale.getLanguage()) && nameJa != null && !nameJa.isBlank() ? nameJa : nameEn;
        }

        /** The score as a whole percentage, as the page shows it. */
        public long percent() {
            return score == null ? 0 : Math.round(score * 100);
        }
    }
}
