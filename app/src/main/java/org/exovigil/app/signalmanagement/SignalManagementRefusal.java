package org.exovigil.app.signalmanagement;

import org.exovigil.app.refusals.RefusalCode;

/** Why a regulator's request about a signal is refused, before the core's rules are asked. */
public enum SignalManagementRefusal implements RefusalCode {
    /** The alert, pair, lot or case named as the source is not in the register. */
    SOURCE_UNKNOWN("EXO-1820"),
    /** A lot hold or recall names no lot of the register. */
    LOT_UNKNOWN("EXO-1821"),
    /** {0}: the step the form asked for, which the page never offers. */
    STEP_UNKNOWN("EXO-1822"),
    /** {0}: the kind of source the form named, which is none of the sources of signals. */
    SOURCE_KIND_UNKNOWN("EXO-1823"),
    /** {0}: the kind of action the form asked for, which the page never offers. */
    ACTION_KIND_UNKNOWN("EXO-1824"),
    /** A plan suspension names no plan of the public register by its number. */
    PLAN_UNKNOWN("EXO-1860"),
    /** A rise in unlawful marketing was raised for a product type whose marketing has not risen by the rule. */
    NO_MARKETING_RISE("EXO-1861");

    private final String id;

    SignalManagementRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
