package org.exovigil.vigilance.events;

import org.exovigil.vigilance.model.Coded;

/**
 * The outcome an event claims, in the terms of the ICH E2B(R3) seriousness criteria (E.i.3.2) where it names one.
 * A death or a life-threatening outcome makes the event grave: its decision needs four eyes.
 */
public enum ClaimedOutcome implements Coded {
    DEATH("death"),
    LIFE_THREATENING("life_threatening"),
    HOSPITALISATION("hospitalisation"),
    DISABILITY("disability"),
    OTHER("other"),
    NOT_SAID("not_said");

    private final String code;

    ClaimedOutcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isGrave() {
        return this == DEATH || this == LIFE_THREATENING;
    }
}
