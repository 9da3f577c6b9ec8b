package org.exovigil.app.signals;

import org.exovigil.app.refusals.RefusalCode;

/** Why a choice of strata or period on the signals pages is refused. Each text is {@code refusal.EXO-nnnn}. */
public enum SubgroupRefusal implements RefusalCode {
    /** Stratified by something not offered. */
    UNKNOWN_STRATIFICATION("EXO-1850"),
    /** The period's first day is not a date. */
    FROM_NOT_A_DATE("EXO-1851"),
    /** The period's last day is not a date. */
    TO_NOT_A_DATE("EXO-1852"),
    /** The period ends before it starts. */
    PERIOD_BACKWARDS("EXO-1853"),
    /** Strata and periods need what only the case store keeps (sex, age, route, date received). */
    NOT_FOR_DATA_SETS("EXO-1854");

    private final String id;

    SubgroupRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
