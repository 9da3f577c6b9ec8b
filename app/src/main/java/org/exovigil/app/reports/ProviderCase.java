package org.exovigil.app.reports;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case as the provider it names sees it: the facts and their status, never who reported. The due
 * date is shown only for the reports the provider sent itself, since those deadlines are its own.
 */
public record ProviderCase(
        String reference,
        Instant receivedAt,
        String problem,
        String product,
        String lot,
        boolean serious,
        boolean fatalOrLifeThreatening,
        String verification,
        boolean sentByYou,
        LocalDate dueOn) {}
