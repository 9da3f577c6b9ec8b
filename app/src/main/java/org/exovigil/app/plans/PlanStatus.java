package org.exovigil.app.plans;

import org.exovigil.vigilance.model.Coded;

/**
 * Where a plan stands. The plan as filed stands where its first version does (submitted, questions, accepted or
 * rejected); once accepted it is in force, may be suspended and reinstated, and ends withdrawn or revoked, staying in
 * the register.
 */
public enum PlanStatus implements Coded {
    SUBMITTED("submitted"),
    QUESTIONS("questions"),
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    SUSPENDED("suspended"),
    WITHDRAWN("withdrawn"),
    REVOKED("revoked");

    private final String code;

    PlanStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** A status as stored; an unknown one is a fault in the database, not a refusal. */
    static PlanStatus of(String code) {
        return Coded.fromCode(PlanStatus.class, code)
                .orElseThrow(() -> new IllegalStateException("unknown plan status in the database: " + code));
    }

    /** In force: a change may be filed to it (ASRM Art 5, see provision-plans.yaml). */
    boolean inForce() {
        return this == ACCEPTED || this == SUSPENDED;
    }

    /** Withdrawn or revoked: nothing more is given under it. */
    boolean ended() {
        return this == WITHDRAWN || this == REVOKED;
    }
}
