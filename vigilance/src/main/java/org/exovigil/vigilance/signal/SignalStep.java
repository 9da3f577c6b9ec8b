package org.exovigil.vigilance.signal;

import java.time.Instant;
import java.util.List;
import org.exovigil.vigilance.verification.Evidence;

/**
 * One step of a signal, with who took it, when, why, and the evidence it rests on.
 *
 * @param priority the priority set, for a prioritisation step; null for any other step
 */
public record SignalStep(
        SignalStatus from,
        SignalStatus to,
        String reason,
        String decidedBy,
        Instant decidedAt,
        List<Evidence> evidence,
        PriorityLevel priority) {

    public SignalStep {
        evidence = List.copyOf(evidence);
    }
}
