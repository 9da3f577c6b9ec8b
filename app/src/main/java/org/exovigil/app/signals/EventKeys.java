package org.exovigil.app.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exovigil.vigilance.terminology.EventConcept;
import org.exovigil.vigilance.terminology.EventGroup;
import org.exovigil.vigilance.terminology.EventVocabulary;
import org.exovigil.vigilance.terminology.Hierarchy;
import org.exovigil.vigilance.terminology.MeddraRelease;
import org.exovigil.vigilance.terminology.PreferredTerm;

/**
 * The event a reaction counts as at a level of the signals pages. At PT level: the MedDRA PT name it is coded
 * to; a reaction coded to an open-vocabulary concept without a PT counts as the concept's English name, and
 * an uncoded one as its words in lower case with runs of spaces made one (what Exovigil counted before
 * coding, issue 21). At group level: each group that the reaction's concept or its PT level event belongs to
 * (see {@link ReactionGroups}) is one event, named by the group's title and {@value #GROUP_MARK}; a reaction in
 * no group keeps its PT level event, so that every report stays in the table's margins and a group's statistics
 * are those of its PTs merged into one event (an uncoded reaction reported in a PT's very name counts with the
 * PT at both levels). At HLT and
 * SOC level: the PT's primary HLT or SOC in the loaded release (the primary path counts each report once per
 * level, as MedDRA's introductory guide asks of summaries); a reaction whose PT the release does not hold
 * keeps its PT level event.
 */
final class EventKeys {

    /** Marks a group's event apart from a PT of the same name (a group "Death" holds the PT "Death"). */
    static final String GROUP_MARK = "(group)";

    private final ReactionGroups groups;
    private final EventVocabulary vocabulary;
    private final MeddraRelease release;

    /**
     * @param release the loaded MedDRA release, or null when the user has none (then HLT and SOC fall back)
     */
    EventKeys(ReactionGroups groups, EventVocabulary vocabulary, MeddraRelease release) {
        this.groups = groups;
        this.vocabulary = vocabulary;
        this.release = release;
    }

    /** The events a reaction counts as at {@code level}: one, except a reaction in several groups. */
    List<String> of(CodedReaction reaction, EventLevel level) {
        String pt = preferredTerm(reaction);
        return switch (level) {
            case PT -> List.of(pt);
            case GROUP -> {
                List<String> named = new ArrayList<>();
                CodedReaction asCounted = new CodedReaction(null, reaction.conceptId(), pt, reaction.meddraVersion());
                for (EventGroup group : groups.of(asCounted)) {
                    named.add(groupEvent(group));
                }
                yield named.isEmpty() ? List.of(pt) : List.copyOf(named);
            }
            case HLT -> List.of(path(reaction).map(Hierarchy::hltName).orElse(pt));
            case SOC -> List.of(path(reaction).map(Hierarchy::socName).orElse(pt));
        };
    }

    /** How a group is named as an event. */
    static String groupEvent(EventGroup group) {
        return group.titleEn() + " " + GROUP_MARK;
    }

    /** The PT level event, or null for a reaction that has neither code nor words. */
    static String preferredTerm(CodedReaction reaction, EventVocabulary vocabulary) {
        if (reaction.ptName() != null && !reaction.ptName().isBlank()) {
            return reaction.ptName().strip();
        }
        Optional<EventConcept> concept = vocabulary.concept(reaction.conceptId());
        if (concept.isPresent()) {
            return concept.get().meddraPtName().isBlank()
                    ? concept.get().nameEn()
                    : concept.get().meddraPtName();
        }
        return reaction.verbatim() == null
                ? null
                : reaction.verbatim().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private String preferredTerm(CodedReaction reaction) {
        return preferredTerm(reaction, vocabulary);
    }

    private Optional<Hierarchy> path(CodedReaction reaction) {
        String pt = reaction.ptName() != null
                ? reaction.ptName()
                : vocabulary
                        .concept(reaction.conceptId())
                        .map(EventConcept::meddraPtName)
                        .orElse(null);
        if (release == null || pt == null || pt.isBlank()) {
            return Optional.empty();
        }
        Optional<Long> code = release.preferredTermNamed(pt.strip()).map(PreferredTerm::code);
        try {
            return code.map(release::primaryPath);
        } catch (java.util.NoSuchElementException noPath) {
            // A PT without a primary path in mdhier.asc: counted as its PT rather than dropped.
            return Optional.empty();
        }
    }
}
