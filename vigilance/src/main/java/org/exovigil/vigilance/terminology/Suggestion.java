package org.exovigil.vigilance.terminology;

/**
 * A code suggested for a verbatim reaction term (ICH E2B(R3) E.i.1.1a), for a person to confirm or change.
 *
 * @param code    the suggested code
 * @param matched the designation text through which it was found
 * @param score   from 0 (nothing in common) to 1 (the verbatim is the designation)
 */
public record Suggestion(String code, String matched, double score) {

    public Suggestion {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must lie in 0..1, got " + score);
        }
    }
}
