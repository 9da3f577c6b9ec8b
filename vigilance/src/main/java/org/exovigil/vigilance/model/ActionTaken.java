package org.exovigil.vigilance.model;

/** ICH E2B(R3) G.k.8, the action taken with the drug. */
public enum ActionTaken implements Coded {
    WITHDRAWN("withdrawn", 1),
    DOSE_REDUCED("dose_reduced", 2),
    DOSE_INCREASED("dose_increased", 3),
    DOSE_NOT_CHANGED("dose_not_changed", 4),
    UNKNOWN("unknown", 0),
    NOT_APPLICABLE("not_applicable", 9);

    private final String code;
    private final int e2bCode;

    ActionTaken(String code, int e2bCode) {
        this.code = code;
        this.e2bCode = e2bCode;
    }

    @Override
    public String code() {
        return code;
    }

    public int e2bCode() {
        return e2bCode;
    }
}
