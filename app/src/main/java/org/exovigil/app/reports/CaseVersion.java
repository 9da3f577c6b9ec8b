package org.exovigil.app.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a case in its timeline: when it was recorded, how recent its information is, what it changed.
 *
 * @param seriousness the codes of the seriousness criteria met, shown through their labels
 */
public record CaseVersion(
        int version,
        Instant recordedAt,
        LocalDate mostRecentInfoOn,
        boolean nullifies,
        boolean valid,
        List<String> seriousness) {}
