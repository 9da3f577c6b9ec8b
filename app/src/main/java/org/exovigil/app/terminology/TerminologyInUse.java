package org.exovigil.app.terminology;

import java.util.Objects;
import org.exovigil.vigilance.terminology.EventVocabulary;
import org.exovigil.vigilance.terminology.MeddraRelease;
import org.springframework.stereotype.Service;

/**
 * The terminology reactions are coded in now: the newest loaded MedDRA release, else the open vocabulary. The
 * suggester is built again only when another release becomes current.
 */
@Service
public class TerminologyInUse {

    private final MeddraReleases releases;
    private volatile CodingTerminology built;

    TerminologyInUse(MeddraReleases releases) {
        this.releases = releases;
    }

    public CodingTerminology current() {
        MeddraRelease release = releases.current().orElse(null);
        CodingTerminology now = built;
        String version = release == null ? null : release.version();
        if (now == null || !Objects.equals(now.meddraVersion().orElse(null), version)) {
            synchronized (this) {
                now = built;
                if (now == null || !Objects.equals(now.meddraVersion().orElse(null), version)) {
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
