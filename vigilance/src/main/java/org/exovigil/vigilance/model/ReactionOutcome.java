package org.exovigil.vigilance.model;

/** ICH E2B(R3) E.i.7 outcome of the reaction at the time of last observation. */
public enum ReactionOutcome implements Coded {
    RECOVERED("recovered", 1),
    RECOVERING("recovering", 2),
    NOT_RECOVERED("not_recovered", 3),
    RECOVERED_WITH_SEQUELAE("recovered_with_sequelae", 4),
    FATAL("fatal", 5),
    UNKNOWN("unknown", 0);

    private final String code;
    private final int e2bCode;

    ReactionOutcome(String code, int e2bCode) {
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
