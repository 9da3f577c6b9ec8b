package org.exovigil.vigilance.causality;

/** An answer to a Naranjo question; "do not know" (or not applicable) scores 0. */
public enum NaranjoAnswer {
    YES,
    NO,
    DO_NOT_KNOW
}
