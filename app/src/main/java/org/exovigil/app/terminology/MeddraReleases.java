package org.exovigil.app.terminology;

import java.util.Optional;
import org.exovigil.vigilance.terminology.MeddraRelease;
import org.springframework.stereotype.Service;

/**
 * The loaded MedDRA releases. Interim, with the design's API only, until the storage and the import command of issue
 * 21 arrive from their own branch: none is loaded, so coding uses the open vocabulary.
 */
@Service
public class MeddraReleases {

    /** The newest loaded release, the one new codes are made in. */
    public Optional<MeddraRelease> current() {
        return Optional.empty();
    }

    /** A loaded release by its version, e.g. {@code 27.1}. */
    public Optional<MeddraRelease> release(String version) {
        return Optional.empty();
    }
}
