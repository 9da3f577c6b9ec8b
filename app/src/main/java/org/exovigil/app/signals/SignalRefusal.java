package org.exovigil.app.signals;

import org.exovigil.app.refusals.RefusalCode;

/** Why a regulator's decision on a signal is refused. Each text is {@code refusal.EXO-nnnn} in the message files. */
public enum SignalRefusal implements RefusalCode {
    ALERT_DECISION("EXO-1451");

    private final String id;

    SignalRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
