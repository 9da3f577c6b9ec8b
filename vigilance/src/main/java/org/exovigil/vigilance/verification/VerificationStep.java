package org.exovigil.vigilance.verification;

import java.time.Instant;
import java.util.List;

/** One move of the status, with who made it, when, why, and the evidence it rests on. */
public record VerificationStep(
        VerificationStatus from,
        VerificationStatus to,
        String reason,
        String decidedBy,
        Instant decidedAt,
        List<Evidence> evidence) {

    public VerificationStep {
        evidence = List.copyOf(evidence);
    }
}
