package org.exovigil.app.signals;

import java.util.Locale;
import java.util.Optional;
import org.exovigil.app.terminology.MeddraReleases;
import org.exovigil.vigilance.terminology.EventConcept;
import org.exovigil.vigilance.terminology.EventGroup;
import org.exovigil.vigilance.terminology.EventGroups;
import org.exovigil.vigilance.terminology.EventVocabulary;
import org.exovigil.vigilance.terminology.MeddraRelease;
import org.exovigil.vigilance.terminology.PreferredTerm;
import org.exovigil.vigilance.terminology.TermSuggester;
import org.springframework.stereotype.Service;

/**
 * The terminology signals and cluster alerts count reactions in: the bundled open vocabulary and event groups,
 * a suggester over the vocabulary's names (built once), and the MedDRA release the user loaded last, if any.
 * The groups and levels are rebuilt only when another release becomes current.
 */
@Service
public class CodedEvents {

    /** {@link EventKeys#GROUP_MARK} in Japanese. */
    private static final String JAPANESE_GROUP_MARK = "（グループ）";

    private final MeddraReleases releases;
    private final EventVocabulary vocabulary = EventVocabulary.bundled();
    private final EventGroups groups = EventGroups.bundled();
    private final TermSuggester suggester = vocabulary.suggester();
    private volatile Current current = new Current(null, null, null);

    CodedEvents(MeddraReleases releases) {
        this.releases = releases;
    }

    private record Current(String version, ReactionGroups groups, EventKeys keys) {}

    /** The loaded MedDRA release that is current, if the user has loaded one. */
    Optional<MeddraRelease> release() {
        return releases.current();
    }

    /** The version of the current MedDRA release, or empty: part of what a cached table depends on. */
    String releaseVersion() {
        return release().map(MeddraRelease::version).orElse("");
    }

    ReactionGroups groups() {
        return now().groups();
    }

    EventKeys keys() {
        return now().keys();
    }

    EventVocabulary vocabulary() {
        return vocabulary;
    }

    EventGroups eventGroups() {
        return groups;
    }

    /**
     * An event as a reader of {@code locale} is shown it: in Japanese, a group by its Japanese title, a PT by the
     * Japanese name of the open vocabulary's concept for it or else MedDRA/J's name when the release has it; in
     * English, and for anything else (a reaction counted by its words, an HLT or SOC), as counted.
     */
    String shown(String event, Locale locale) {
        if (event == null || !"ja".equals(locale.getLanguage())) {
            return event;
        }
        for (EventGroup group : groups.groups()) {
            if (EventKeys.groupEvent(group).equals(event)) {
                return group.titleJa() + JAPANESE_GROUP_MARK;
            }
        }
        return vocabulary
                .forPreferredTermName(event)
                .map(EventConcept::nameJa)
                .or(() -> release()
                        .flatMap(found -> found.preferredTermNamed(event))
                        .map(PreferredTerm::nameJa))
                .orElse(event);
    }

    /** What a table at {@code level} counts in, before its reactions are tallied. */
    EventTerminology.Tally tally(EventLevel level) {
        String hierarchy = level.needsMeddra()
                        || (level == EventLevel.GROUP && !groups().groupsBySmq().isEmpty())
                ? release().map(MeddraRelease::version).orElse(null)
                : null;
        return new EventTerminology.Tally(level, hierarchy, vocabulary.version());
    }

    private Current now() {
        Optional<MeddraRelease> release = release();
        String version = release.map(MeddraRelease::version).orElse("");
        Current seen = current;
        if (seen.groups() != null && version.equals(seen.version())) {
            return seen;
        }
        ReactionGroups reactionGroups = new ReactionGroups(groups, vocabulary, suggester, release.orElse(null));
        Current made =
                new Current(version, reactionGroups, new EventKeys(reactionGroups, vocabulary, release.orElse(null)));
        current = made;
        return made;
    }
}
