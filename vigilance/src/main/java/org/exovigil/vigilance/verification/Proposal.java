package org.exovigil.vigilance.verification;

import java.time.Instant;
import java.util.List;

/**
 * A decision as one regulator proposes it: confirmed, refuted or unverifiable, the reasons, the evidence it names
 * and the attempts made. Made only through {@link DecisionPolicy#propose}, which checks it.
 */
public record Proposal(
        VerificationStatus decision,
        String reason,
        String proposedBy,
        Instant proposedAt,
        List<Evidence> evidence,
        List<Attempt> attempts) {

    public Proposal {
        evidence = List.copyOf(evidence);
        attempts = List.copyOf(attempts);
    }
}
