package org.exovigil.signals.onset;

/** Why a case of a series has no time to onset: it is counted under its reason, never silently dropped. */
public enum OnsetExclusion {
    /** The product's start of administration (E2B G.k.4.r.4, VAERS VAX_DATE) is unknown. */
    NO_ADMINISTRATION_DATE,
    /** The reaction's onset (E2B E.i.4, VAERS ONSET_DATE) is unknown. */
    NO_ONSET_DATE,
    /**
     * The onset is dated before the administration: a reaction cannot precede its cause, so the dates are
     * wrong or the reaction was there before (VAERS leaves NUMDAYS empty for exactly these).
     */
    ONSET_BEFORE_ADMINISTRATION
}
