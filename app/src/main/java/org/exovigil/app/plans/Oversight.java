package org.exovigil.app.plans;

import java.util.List;

/** What a committee or regulator may do to a plan in the register, from which statuses, to which. */
public enum Oversight {
    SUSPEND("suspended", List.of(PlanStatus.ACCEPTED), PlanStatus.SUSPENDED),
    REINSTATE("reinstated", List.of(PlanStatus.SUSPENDED), PlanStatus.ACCEPTED),
    REVOKE("revoked", List.of(PlanStatus.ACCEPTED, PlanStatus.SUSPENDED), PlanStatus.REVOKED);

    private final String kind;
    private final List<PlanStatus> from;
    private final PlanStatus to;

    Oversight(String kind, List<PlanStatus> from, PlanStatus to) {
        this.kind = kind;
        this.from = from;
        this.to = to;
    }

    /** The step as the plan's history and the audit name it. */
    String kind() {
        return kind;
    }

    List<PlanStatus> from() {
        return from;
    }

    PlanStatus to() {
        return to;
    }
}
