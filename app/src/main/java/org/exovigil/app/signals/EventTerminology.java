package org.exovigil.app.signals;

import java.util.List;
import java.util.TreeSet;

/**
 * What the events of a signal table were counted in, so that a reader can tell tables apart and repeat them:
 * the level, the MedDRA versions of the codes counted (issue 21: "signals say which version they used"), the
 * open vocabulary's version when reactions were coded in it, the MedDRA release whose hierarchy or SMQs
 * placed PTs in HLTs, SOCs or groups, and how many reactions were counted by their words, not yet coded.
 *
 * @param meddraVersions the MedDRA versions of the codes (E.i.2.1a), or a public data set's SYMPTOMVERSIONs
 * @param versionStated false for a public data set that does not state its MedDRA version (FAERS)
 * @param vocabularyVersion the open vocabulary's version, null when no reaction was coded in it
 * @param hierarchyVersion the MedDRA release that placed PTs above PT level, null when none did
 * @param uncoded reactions counted by their words
 */
public record EventTerminology(
        EventLevel level,
        List<String> meddraVersions,
        boolean versionStated,
        String vocabularyVersion,
        String hierarchyVersion,
        long uncoded) {

    public EventTerminology {
        meddraVersions = List.copyOf(meddraVersions);
    }

    static EventTerminology none() {
        return new EventTerminology(EventLevel.PT, List.of(), true, null, null, 0);
    }

    /** The MedDRA versions joined by ", ", or empty. */
    public String meddraVersionText() {
        return String.join(", ", meddraVersions);
    }

    /**
     * The terminology in one line for the CSV download's {@code Exovigil-Event-Terminology} header, e.g.
     * {@code level=pt; meddra=27.1; vocabulary=2026.12; hierarchy=27.1; uncoded=3}.
     */
    public String header() {
        StringBuilder line = new StringBuilder("level=").append(level.code());
        line.append("; meddra=").append(versionStated ? String.join(",", meddraVersions) : "not-stated");
        if (vocabularyVersion != null) {
            line.append("; vocabulary=").append(vocabularyVersion);
        }
        if (hierarchyVersion != null) {
            line.append("; hierarchy=").append(hierarchyVersion);
        }
        return line.append("; uncoded=").append(uncoded).toString();
    }

    /** Gathers what the rows of a table were counted in, reaction by reaction (not thread-safe). */
    static final class Tally {

        private final EventLevel level;
        private final String hierarchyVersion;
        private final String vocabularyVersion;
        private final TreeSet<String> meddraVersions = new TreeSet<>();
        private final java.util.Set<String> seen = new java.util.HashSet<>();
        private boolean inVocabulary;
        private long uncoded;

        Tally(EventLevel level, String hierarchyVersion, String vocabularyVersion) {
            this.level = level;
            this.hierarchyVersion = hierarchyVersion;
            this.vocabularyVersion = vocabularyVersion;
        }

        /** Tallies a reaction once, however many of its case's products it is counted with. */
        void add(String reactionId, CodedReaction reaction) {
            if (!seen.add(reactionId)) {
                return;
            }
            if (reaction.meddraVersion() != null && !reaction.meddraVersion().isBlank()) {
                meddraVersions.add(reaction.meddraVersion().strip());
            } else if (reaction.conceptId() != null) {
                inVocabulary = true;
            } else if (!reaction.coded()) {
                uncoded++;
            }
        }

        /** A public data set's: its rows are MedDRA PTs of the versions it states (none, for FAERS). */
        EventTerminology stated(List<String> versions) {
            return new EventTerminology(level, versions, !versions.isEmpty(), null, hierarchyVersion, 0);
        }

        EventTerminology result(boolean versionStated) {
            return new EventTerminology(
                    level,
                    List.copyOf(meddraVersions),
                    versionStated,
                    inVocabulary ? vocabularyVersion : null,
                    hierarchyVersion,
                    uncoded);
        }
    }
}
