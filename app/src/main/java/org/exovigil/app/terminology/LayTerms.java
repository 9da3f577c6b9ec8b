package org.exovigil.app.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.exovigil.vigilance.terminology.EventConcept;
import org.exovigil.vigilance.terminology.EventVocabulary;
import org.springframework.stereotype.Service;

/**
 * A case's reactions as the patient or reporter who sent it reads them back (issue 21: patients see lay terms,
 * never codes): the open vocabulary's lay term in their language once a regulator has confirmed the code, else their
 * own words. A suggestion is not shown to them as what the regulator understood, since nobody has yet checked it;
 * a MedDRA term without a concept of the vocabulary has no lay wording, so their own words stand.
 */
@Service
public class LayTerms {

    private final ReactionCodes codes;

    LayTerms(ReactionCodes codes) {
        this.codes = codes;
    }

    /** One line per reaction of the case's current version that has words; empty for an unknown case. */
    public List<String> forCase(UUID caseId, Locale locale) {
        List<String> verbatims = codes.currentVerbatims(caseId).orElse(List.of());
        return of(verbatims, codes.byReaction(caseId), EventVocabulary.bundled(), locale);
    }

    static List<String> of(
            List<String> verbatims, Map<Integer, ReactionCode> codes, EventVocabulary vocabulary, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < verbatims.size(); i++) {
            String verbatim = verbatims.get(i);
            ReactionCode code = codes.get(i);
            String lay = code != null && code.confirmed() && Objects.equals(code.verbatim(), verbatim)
                    ? vocabulary
                            .concept(code.conceptId())
                            .map(c -> lay(c, locale))
                            .orElse(null)
                    : null;
            if (lay != null) {
                lines.add(lay);
            } else if (verbatim != null) {
                lines.add(verbatim);
            }
        }
        return List.copyOf(lines);
    }

    private static String lay(EventConcept concept, Locale locale) {
        return "ja".equals(locale.getLanguage()) ? concept.layJa() : concept.layEn();
    }
}
