package org.exovigil.app.reports;

import java.time.Instant;

/** One version of a case in its timeline: when it was recorded, how recent its information is, what it changed. */
public record CaseVersion(
        int version,
        Instant recordedAt,
        String mostRecentInfoOn,
        boolean nullifies,
        boolean valid,
        String seriousness) {}
