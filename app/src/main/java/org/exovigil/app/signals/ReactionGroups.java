package org.exovigil.app.signals;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exovigil.vigilance.terminology.EventConcept;
import org.exovigil.vigilance.terminology.EventGroup;
import org.exovigil.vigilance.terminology.EventGroups;
import org.exovigil.vigilance.terminology.EventVocabulary;
import org.exovigil.vigilance.terminology.MeddraRelease;
import org.exovigil.vigilance.terminology.PreferredTerm;
import org.exovigil.vigilance.terminology.Scope;
import org.exovigil.vigilance.terminology.Suggestion;
import org.exovigil.vigilance.terminology.TermSuggester;

/**
 * Which event groups a reaction belongs to. A coded reaction belongs by its code: its concept is one of the
 * group's concepts, or its MedDRA PT one of the group's PT names (also reached through the open vocabulary's
 * concept of that PT), or, where the user has loaded MedDRA with its SMQs, its PT is in the broad search of
 * the SMQ the group names (a broad search takes the narrow terms too: MedDRA SMQ Introductory Guide,
 * section 2.4; broad, because a group raises alerts and must not miss). A reaction nobody has coded yet may belong by the suggester's best concept for its
 * words, when that suggestion scores at least the caller's threshold, so that an alert is not missed while
 * coding lags behind intake.
 */
final class ReactionGroups {

    private final EventGroups groups;
    private final EventVocabulary vocabulary;
    private final TermSuggester suggester;
    private final MeddraRelease release;

    /** The PT codes of each group's SMQ in the loaded release, by group id (empty without SMQs). */
    private final Map<String, Set<Long>> smqTerms;

    /**
     * @param release the loaded MedDRA release, or null when the user has none
     */
    ReactionGroups(EventGroups groups, EventVocabulary vocabulary, TermSuggester suggester, MeddraRelease release) {
        this.groups = groups;
        this.vocabulary = vocabulary;
        this.suggester = suggester;
        this.release = release;
        this.smqTerms = release == null ? Map.of() : smqTerms(groups, release);
    }

    private static Map<String, Set<Long>> smqTerms(EventGroups groups, MeddraRelease release) {
        Map<String, Set<Long>> terms = new HashMap<>();
        for (EventGroup group : groups.groups()) {
            if (group.smqName() == null) {
                continue;
            }
            release.smqNamed(group.smqName())
                    .ifPresent(smq -> terms.put(group.id(), Set.copyOf(release.preferredTermsOf(smq, Scope.BROAD))));
        }
        return Map.copyOf(terms);
    }

    /** The SMQs of the loaded release that groups use, by group id. */
    Set<String> groupsBySmq() {
        return smqTerms.keySet();
    }

    List<EventGroup> all() {
        return groups.groups();
    }

    Optional<EventGroup> group(String id) {
        return groups.group(id);
    }

    /** The groups of a reaction by its code only (an uncoded reaction is in none). */
    Set<EventGroup> of(CodedReaction reaction) {
        return of(reaction, Double.NaN);
    }

    /**
     * The groups of a reaction by its code or, when it is not coded and {@code minScore} is a number, by the
     * suggester's best concept for its words if that scores at least {@code minScore}. A stored suggestion
     * scoring less than {@code minScore} counts as no code.
     */
    Set<EventGroup> of(CodedReaction given, double minScore) {
        CodedReaction reaction = Double.isNaN(minScore) ? given : given.trusted(minScore);
        if (reaction.coded()) {
            return byCode(reaction.conceptId(), reaction.ptName());
        }
        if (Double.isNaN(minScore)
                || reaction.verbatim() == null
                || reaction.verbatim().isBlank()) {
            return Set.of();
        }
        return suggested(reaction.verbatim(), minScore)
                .map(concept -> byCode(concept.id(), concept.meddraPtName()))
                .orElse(Set.of());
    }

    /** The concept the suggester ranks first for the words, if it scores at least {@code minScore}. */
    Optional<EventConcept> suggested(String verbatim, double minScore) {
        return suggester.suggest(verbatim, 1).stream()
                .findFirst()
                .filter(best -> best.score() >= minScore)
                .map(Suggestion::code)
                .flatMap(vocabulary::concept);
    }

    private Set<EventGroup> byCode(String conceptId, String ptName) {
        String conceptOfPt =
                vocabulary.forPreferredTermName(ptName).map(EventConcept::id).orElse(null);
        Long ptCode = release == null || ptName == null || smqTerms.isEmpty()
                ? null
                : release.preferredTermNamed(ptName).map(PreferredTerm::code).orElse(null);
        Set<EventGroup> found = new LinkedHashSet<>();
        for (EventGroup group : groups.groups()) {
            if ((conceptId != null && group.containsConcept(conceptId))
                    || group.containsPreferredTermName(ptName)
                    || (conceptOfPt != null && group.containsConcept(conceptOfPt))
                    || (ptCode != null
                            && smqTerms.getOrDefault(group.id(), Set.of()).contains(ptCode))) {
                found.add(group);
            }
        }
        return found;
    }
}
