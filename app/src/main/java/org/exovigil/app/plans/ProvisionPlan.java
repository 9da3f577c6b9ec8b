package org.exovigil.app.plans;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A filed plan as stored, with its provider's name, the content of the version in force (before the
 * first decision, the version filed), and where it stands.
 *
 * @param productId          the register's product the version in force names
 * @param content            what the version in force holds
 * @param state              where the plan stands; {@link #status()} is its code, as stored and as pages name it
 * @param conditions         the conditions the version in force was accepted on
 * @param decidedAt          when the plan was first decided; yearly periods run from its acceptance
 * @param version            the version in force
 * @param versionUnderReview the version a committee is reviewing (the plan as filed, or a change), or null
 * @param endedOn            the day provision stopped (withdrawn) or the plan was revoked, or null
 * @param statusReason       why it was withdrawn, suspended, reinstated or revoked, or null
 * @param statusChangedAt    when that happened, or null
 */
public record ProvisionPlan(
        long id,
        long providerId,
        String providerName,
        String jurisdiction,
        Long productId,
        PlanContent content,
        String riskClass,
        Boolean requiredByLaw,
        PlanStatus state,
        String publicNumber,
        String conditions,
        String decisionReasons,
        String decidedBy,
        Instant decidedAt,
        String filedBy,
        Instant filedAt,
        int version,
        Integer versionUnderReview,
        LocalDate endedOn,
        String statusReason,
        Instant statusChangedAt) {

    /** The product's name, by which pages list the plan (the clinic page of {@code watch} among them). */
    public String productName() {
        return content.productName();
    }

    /** What the product is given for, by which pages list the plan (the clinic page of {@code watch} among them). */
    public String indication() {
        return content.indication();
    }

    /** In the register: accepted once, whatever has happened to it since. */
    public boolean registered() {
        return publicNumber != null;
    }

    public String status() {
        return state.code();
    }

    /** Withdrawn or revoked: nothing more is given under it. */
    public boolean ended() {
        return state.ended();
    }
}
