package org.exovigil.vigilance.terminology;

/**
 * The scope of a term in a Standardised MedDRA Query. A narrow search takes the terms of narrow scope; a
 * broad search takes those of broad scope and the narrow ones too (MedDRA SMQ Introductory Guide). In
 * {@code smq_content.asc} the column term_scope holds 1 for broad and 2 for narrow, 0 for a sub-SMQ.
 */
public enum Scope {
    BROAD,
    NARROW;

    /** The scope a term_scope value of {@code smq_content.asc} names, or null for 0 (a sub-SMQ's row). */
    static Scope ofFileCode(int code) {
        return switch (code) {
            case 0 -> null;
            case 1 -> BROAD;
            case 2 -> NARROW;
            default -> throw new IllegalArgumentException("term_scope " + code);
        };
    }

    /** Whether a term of {@code termScope} belongs to a search of this scope. */
    boolean takes(Scope termScope) {
        return termScope == NARROW || this == BROAD && termScope == BROAD;
    }
}
