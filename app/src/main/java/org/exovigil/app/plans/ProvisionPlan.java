package org.exovigil.app.plans;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A filed plan as stored, with its provider's name, the content of the version in force (before the
 * first decision, the version filed), and where it stands.
 *
 * @param productId          the register's product the version in force names
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
        String productName,
        String productType,
        String source,
        String donor,
        String indication,
        String route,
        String dose,
        String riskClass,
        String consent,
        Boolean requiredByLaw,
        String status,
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

    /** In the register: accepted once, whatever has happened to it since. */
    public boolean registered() {
        return publicNumber != null;
    }

    /** Withdrawn or revoked: nothing more is given under it. */
    public boolean ended() {
        return status.equals("withdrawn") || status.equals("revoked");
    }
}
