package org.exovigil.app.events;

import java.time.Instant;
import java.time.LocalDate;

/** An answer or a document as recorded, without its bytes: who supplied it and when, and its SHA-256. */
public record EvidenceItem(
        long id,
        Long requestId,
        String description,
        String suppliedBy,
        LocalDate suppliedOn,
        String recordedBy,
        Instant recordedAt,
        String answer,
        String fileName,
        String contentType,
        Long sizeBytes,
        String sha256) {}
