package org.exovigil.vigilance.clock;

import org.exovigil.vigilance.model.Coded;

/** Whether the product was given in a clinical trial or outside one (practice, including self-pay clinics). */
public enum Setting implements Coded {
    PRACTICE("practice"),
    TRIAL("trial");

    private final String code;

    Setting(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
