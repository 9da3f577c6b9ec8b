package org.exovigil.app.signals;

import org.exovigil.app.refusals.RefusalCode;

/** Why a level of events on the signals pages is refused. Each text is {@code refusal.EXO-nnnn}. */
public enum EventLevelRefusal implements RefusalCode {
    /** A level not offered. */
    UNKNOWN_LEVEL("EXO-2241"),
    /** HLT and SOC come from MedDRA's hierarchy, and no MedDRA release is loaded. */
    NO_MEDDRA_RELEASE("EXO-2242");

    private final String id;

    EventLevelRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
