package org.exovigil.vigilance.terminology;

/**
 * A grouping term of MedDRA above the preferred terms (an HLT, HLGT or SOC), with its English name and its
 * Japanese name (null without MedDRA/J).
 */
public record MeddraTerm(Level level, long code, String name, String nameJa) {

    public MeddraTerm {
        if (level == Level.PT) {
            throw new IllegalArgumentException("a preferred term is a PreferredTerm, not a grouping term");
        }
    }
}
