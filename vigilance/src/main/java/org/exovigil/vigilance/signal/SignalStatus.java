package org.exovigil.vigilance.signal;

import java.util.Set;
import org.exovigil.vigilance.model.Coded;

/**
 * Where a signal stands in the steps of GVP Module IX (Rev 1). The allowed moves are data here:
 * validation decides first (IX.B.3); only a validated signal is prioritised (IX.B.4), then assessed
 * (IX.B.3, "further assessment"), then given a recommendation for action (Implementing Regulation (EU)
 * 520/2012 Art 21(1)). A signal not validated is kept on record and opened again when new information
 * arrives (Exovigil's reading, not found in Rev 1's text; docs/signal-management.md); a recommended
 * or not-validated signal is closed once nothing is left to do.
 */
public enum SignalStatus implements Coded {
    DETECTED("detected"),
    VALIDATED("validated"),
    NOT_VALIDATED("not_validated"),
    PRIORITISED("prioritised"),
    ASSESSED("assessed"),
    RECOMMENDED("recommended"),
    CLOSED("closed");

    private final String code;

    SignalStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public Set<SignalStatus> next() {
        return switch (this) {
            case DETECTED -> Set.of(VALIDATED, NOT_VALIDATED);
            case NOT_VALIDATED -> Set.of(DETECTED, CLOSED);
            case VALIDATED -> Set.of(PRIORITISED);
            case PRIORITISED -> Set.of(ASSESSED);
            case ASSESSED -> Set.of(RECOMMENDED);
            case RECOMMENDED -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    /** Whether the signal was validated and is not closed: the states in which a precaution may be taken. */
    public boolean isValidatedAndOpen() {
        return this == VALIDATED || this == PRIORITISED || this == ASSESSED || this == RECOMMENDED;
    }
}
