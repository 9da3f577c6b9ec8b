package org.exovigil.app.terminology;

import org.exovigil.vigilance.terminology.EventVocabulary;
import org.exovigil.vigilance.terminology.MeddraRelease;
import org.springframework.stereotype.Service;

/**
 * The terminology reactions are coded in now: the newest loaded MedDRA release, else the open vocabulary. The
 * suggester is built again only when another release becomes current, or the current version is loaded again.
 */
@Service
public class TerminologyInUse {

    private final MeddraReleases releases;
    private volatile CodingTerminology built;

    TerminologyInUse(MeddraReleases releases) {
        this.releases = releases;
    }

    public CodingTerminology current() {
        // MeddraReleases hands out one instance per load of a version, so a version loaded again is a new instance.
        MeddraRelease release = releases.current().orElse(null);
        CodingTerminology now = built;
        if (now == null || now.meddra().orElse(null) != release) {
            synchronized (this) {
                now = built;
                if (now == null || now.meddra().orElse(null) != release) {
                    now = release == null
                            ? CodingTerminology.of(EventVocabulary.bundled())
                            : CodingTerminology.of(release, EventVocabulary.bundled());
                    built = now;
                }
            }
        }
        return now;
    }
}
