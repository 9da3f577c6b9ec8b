package org.exovigil.rulebook;

/**
 * Kleene's strong three-valued logic. A test on an unknown fact is UNKNOWN, and UNKNOWN propagates
 * unless the other operand decides: FALSE and anything is FALSE, TRUE or anything is TRUE. This is what
 * keeps a missing fact from ever turning into a reassuring answer.
 */
enum Truth {
    TRUE,
    FALSE,
    UNKNOWN;

    static Truth of(boolean b) {
        return b ? TRUE : FALSE;
    }

    Truth and(Truth other) {
        if (this == FALSE || other == FALSE) return FALSE;
        if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
        return TRUE;
    }

    Truth or(Truth other) {
        if (this == TRUE || other == TRUE) return TRUE;
        if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
        return FALSE;
    }

    Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    Boolean asBoolean() {
        return this == UNKNOWN ? null : this == TRUE;
    }
}
