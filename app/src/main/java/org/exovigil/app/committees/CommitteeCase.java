package org.exovigil.app.committees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case under a plan the committee reviewed: the report, the clinic and product it names, and the plan it falls
 * under.
 *
 * @param problem the first reaction as reported (its term, or its MedDRA code)
 * @param earliestDue the earliest reporting deadline of the case, or null when none applies
 */
public record CommitteeCase(
        UUID id,
        String reference,
        Instant receivedAt,
        String problem,
        boolean serious,
        boolean fatalOrLifeThreatening,
        String providerName,
        String productName,
        long planId,
        String planNumber,
        LocalDate earliestDue,
        long opinions) {}
