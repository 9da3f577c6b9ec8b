package org.exovigil.app.plans;

import java.time.Instant;
import java.util.List;

/**
 * One version of a plan's content and its review: version 1 as filed, each later one a change its
 * provider filed.
 *
 * @param state   where the version stands; {@link #status()} is its code, as stored and as pages name it
 * @param changed what it changes from the version in force when filed (product, indication, route, dose,
 *                consent); empty for version 1
 * @param reasons why the provider changes the plan; null for version 1
 */
public record PlanVersion(
        long planId,
        int version,
        VersionStatus state,
        Long productId,
        PlanContent content,
        Boolean requiredByLaw,
        List<String> changed,
        String reasons,
        String conditions,
        String decisionReasons,
        String decidedBy,
        Instant decidedAt,
        String filedBy,
        Instant filedAt) {

    public PlanVersion {
        changed = List.copyOf(changed);
    }

    public String status() {
        return state.code();
    }
}
