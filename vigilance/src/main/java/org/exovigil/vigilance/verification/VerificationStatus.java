package org.exovigil.vigilance.verification;

import java.util.Set;
import org.exovigil.vigilance.model.Coded;

/**
 * Where the verification of a case stands. The allowed moves are data here: the source must be
 * contacted before anything is confirmed or refuted; a report with no way to reach its source (an
 * anonymous patient form) may be declared unverifiable without a contact, but never without the record
 * of the attempts made ({@link DecisionPolicy}); a decision is reopened only by contacting the source
 * again, when new information arrives.
 */
public enum VerificationStatus implements Coded {
    UNVERIFIED("unverified"),
    SOURCE_CONTACTED("source_contacted"),
    CONFIRMED("confirmed"),
    REFUTED("refuted"),
    UNVERIFIABLE("unverifiable");

    private final String code;

    VerificationStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isDecision() {
        return this == CONFIRMED || this == REFUTED || this == UNVERIFIABLE;
    }

    public Set<VerificationStatus> next() {
        return switch (this) {
            case UNVERIFIED -> Set.of(SOURCE_CONTACTED, UNVERIFIABLE);
            case SOURCE_CONTACTED -> Set.of(CONFIRMED, REFUTED, UNVERIFIABLE);
            case CONFIRMED, REFUTED, UNVERIFIABLE -> Set.of(SOURCE_CONTACTED);
        };
    }
}
