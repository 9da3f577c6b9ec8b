package org.exovigil.app.reports;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** The current version of a stored case, without personal identifiers; {@code senderPrincipal} owns it. */
public record StoredReport(
        UUID id,
        String reference,
        String senderPrincipal,
        String channel,
        int version,
        Instant receivedAt,
        String verification,
        boolean nullified,
        boolean closed,
        ObjectNode clinical,
        ObjectNode assessment) {}
