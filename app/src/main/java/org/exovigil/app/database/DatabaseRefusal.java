package org.exovigil.app.database;

import org.exovigil.app.refusals.RefusalCode;

/** Why a request is answered without being done. Each text is {@code refusal.EXO-nnnn} in the message files. */
public enum DatabaseRefusal implements RefusalCode {
    /** The database did not answer in time (503, with Retry-After). */
    UNAVAILABLE("EXO-1223");

    private final String id;

    DatabaseRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
