package org.exovigil.app.terminology;

import org.exovigil.app.refusals.RefusalCode;

/**
 * Why a regulator's coding of a reaction, or review of an upgrade's recode, is refused (issue 21). Each text is
 * {@code refusal.EXO-nnnn} in the message files, with the particulars named in the comments here.
 */
public enum CodingRefusal implements RefusalCode {
    REACTION("EXO-2221"),
    /** {0}: the code asked for. */
    CODE_UNKNOWN("EXO-2222"),
    /** {0}: the LLT code; {1}: the MedDRA version. */
    NON_CURRENT("EXO-2223"),
    /** The code shown is no longer the stored one (a follow-up or an upgrade recoded the reaction). */
    CHANGED_SINCE_SHOWN("EXO-2224"),
    CHANGE_UNKNOWN("EXO-2225"),
    /** {0}: who reviewed it. */
    CHANGE_REVIEWED("EXO-2226");

    private final String id;

    CodingRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
