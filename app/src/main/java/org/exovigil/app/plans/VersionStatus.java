package org.exovigil.app.plans;

import org.exovigil.vigilance.model.Coded;

/**
 * Where a version of a plan stands: under review (submitted, or questions awaiting the provider's answer), decided
 * (accepted or rejected), or closed because the plan ended while it was reviewed.
 */
public enum VersionStatus implements Coded {
    SUBMITTED("submitted"),
    QUESTIONS("questions"),
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    CLOSED("closed");

    private final String code;

    VersionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** A status as stored; an unknown one is a fault in the database, not a refusal. */
    static VersionStatus of(String code) {
        return Coded.fromCode(VersionStatus.class, code)
                .orElseThrow(() -> new IllegalStateException("unknown plan version status in the database: " + code));
    }

    /** Where the plan as filed stands while its first version stands here. */
    PlanStatus ofPlanAsFiled() {
        return switch (this) {
            case SUBMITTED -> PlanStatus.SUBMITTED;
            case QUESTIONS -> PlanStatus.QUESTIONS;
            case ACCEPTED -> PlanStatus.ACCEPTED;
            case REJECTED -> PlanStatus.REJECTED;
            case CLOSED -> throw new IllegalStateException("a closed version leaves the plan where its end put it");
        };
    }
}
