package org.exovigil.rulebook;

/** May the offering be given as described (spec/classify.md)? */
public enum Verdict {
    /** Lawful as described; where the law leaves the offering unregulated, the gap is a finding. */
    PERMITTED,
    /** As described it breaks the law: a required authorisation is missing, or the act is prohibited. */
    NOT_PERMITTED,
    /** Lawful only if requirements whose status is unknown are met. */
    PERMITTED_IF,
    /** The rulebook cannot decide: the law it holds does not cover the offering or a deciding fact is missing. */
    UNDETERMINED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
