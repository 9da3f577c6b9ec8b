package org.exovigil.vigilance.verification;

import java.time.Instant;
import java.util.List;

/**
 * One move of the status, with who made it, when, why, and the evidence it rests on; for a decision on a death or a
 * life-threatening outcome, the second regulator's countersignature (null otherwise).
 */
public record VerificationStep(
        VerificationStatus from,
        VerificationStatus to,
        String reason,
        String decidedBy,
        Instant decidedAt,
        List<Evidence> evidence,
        Countersignature countersignature) {

    public VerificationStep {
        evidence = List.copyOf(evidence);
    }

    /** A move that needs no countersignature. */
    public VerificationStep(
            VerificationStatus from,
            VerificationStatus to,
            String reason,
            String decidedBy,
            Instant decidedAt,
            List<Evidence> evidence) {
        this(from, to, reason, decidedBy, decidedAt, evidence, null);
    }
}
