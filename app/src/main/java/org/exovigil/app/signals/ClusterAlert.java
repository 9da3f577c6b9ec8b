package org.exovigil.app.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A raised alert: the rule, what it gathers around (by name), its days, its cases and its review. */
public record ClusterAlert(
        long id,
        ClusterRule rule,
        String scopeName,
        LocalDate firstDay,
        LocalDate lastDay,
        List<AlertCase> cases,
        String status,
        Instant raisedAt,
        String decidedBy,
        String reason) {

    /** A case behind an alert, with what a regulator needs to open it. */
    public record AlertCase(java.util.UUID id, String reference, String problem, String product, boolean fatal) {}
}
