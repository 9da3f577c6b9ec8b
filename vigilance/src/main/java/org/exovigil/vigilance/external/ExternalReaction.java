package org.exovigil.vigilance.external;

import java.util.Objects;

/**
 * A reaction of a public case, a MedDRA preferred term as the data set gives it: FAERS REAC pt (the file
 * gives no MedDRA version), VAERS SYMPTOMn with SYMPTOMVERSIONn.
 */
public record ExternalReaction(String preferredTerm, String meddraVersion) {

    public ExternalReaction {
        Objects.requireNonNull(preferredTerm, "preferredTerm");
    }
}
