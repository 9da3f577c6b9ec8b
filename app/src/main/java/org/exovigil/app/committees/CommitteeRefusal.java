package org.exovigil.app.committees;

import org.exovigil.app.refusals.RefusalCode;

/** Why a step on a certified committee or its opinion is refused; each text is {@code refusal.EXO-184n}. */
public enum CommitteeRefusal implements RefusalCode {
    /** {0}: the longest opinion accepted, in characters. */
    OPINION_LENGTH("EXO-1842"),
    /** {0}: the longest name accepted. */
    COMMITTEE_NAME_LENGTH("EXO-1843"),
    /** {0}: the certification number already registered. */
    CERTIFICATION_NUMBER_TAKEN("EXO-1844"),
    /** {0}: the principal that is no active committee account or token. */
    NOT_A_COMMITTEE_ACCOUNT("EXO-1845"),
    /** {0}: the principal; {1}: the committee it sits on already. */
    MEMBER_OF_ANOTHER("EXO-1846"),
    /** {0}: the longest certification number accepted. */
    CERTIFICATION_NUMBER_LENGTH("EXO-1847");

    private final String id;

    CommitteeRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
