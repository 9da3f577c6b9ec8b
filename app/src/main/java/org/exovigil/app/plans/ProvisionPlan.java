package org.exovigil.app.plans;

import java.time.Instant;

/** A filed plan as stored, with its provider's name and where its review stands. */
public record ProvisionPlan(
        long id,
        long providerId,
        String providerName,
        String jurisdiction,
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
        Instant filedAt) {}
