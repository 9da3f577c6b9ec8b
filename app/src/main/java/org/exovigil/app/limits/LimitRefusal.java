package org.exovigil.app.limits;

import org.exovigil.app.refusals.RefusalCode;

/** Why a request is refused before anything reads it. Each text is {@code refusal.EXO-nnnn} in the message files. */
public enum LimitRefusal implements RefusalCode {
    /** {0}: the endpoint's limit in bytes. */
    BODY_TOO_LARGE("EXO-1222");

    private final String id;

    LimitRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
