package org.exovigil.vigilance.signal;

import org.exovigil.vigilance.model.Coded;

/** The priority a regulator gives a validated signal (GVP IX.B.4), from the score's suggestion or against it. */
public enum PriorityLevel implements Coded {
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String code;

    PriorityLevel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
