package org.exovigil.vigilance.events;

import org.exovigil.vigilance.model.Coded;

/** Where an event came from, before anyone reported it as a case. */
public enum EventSource implements Coded {
    RUMOUR("rumour"),
    MEDIA("media"),
    SOCIETY_NOTICE("society_notice"),
    COMPLAINT("complaint"),
    LITERATURE("literature");

    private final String code;

    EventSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
