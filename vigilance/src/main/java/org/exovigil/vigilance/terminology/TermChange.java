package org.exovigil.vigilance.terminology;

/**
 * What a newer MedDRA release did to a lowest level term that an older one held: moved it to another
 * preferred term, made it non-current, or left it out. A coded reaction on such an LLT needs a look; the
 * new PT is null when the LLT is gone.
 */
public record TermChange(long lltCode, Kind kind, long oldPtCode, Long newPtCode) {

    public enum Kind {
        MOVED,
        NON_CURRENT,
        REMOVED
    }
}
