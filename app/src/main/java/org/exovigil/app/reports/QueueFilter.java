package org.exovigil.app.reports;

import java.time.LocalDate;
import java.util.Locale;
import org.exovigil.app.database.LikePattern;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a reviewer narrows the queue to: words found in the reference, a reaction, a product, its lot or
 * provider; a country; a verification status; a channel; serious cases only; a window of receipt.
 * Blank means "any"; values outside the known codes are ignored rather than trusted.
 */
public record QueueFilter(
        String text,
        String country,
        String verification,
        String channel,
        Boolean seriousOnly,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo) {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final java.util.Set<String> VERIFICATION =
            java.util.Set.of("unverified", "source_contacted", "confirmed", "refuted", "unverifiable");

    public QueueFilter {
        text = text == null ? "" : text.strip();
        country = country == null || !country.strip().matches("[A-Za-z]{2}")
                ? ""
                : country.strip().toUpperCase(Locale.ROOT);
        verification = verification != null && VERIFICATION.contains(verification) ? verification : "";
        channel = channel != null && Channel.codes().contains(channel) ? channel : "";
        seriousOnly = Boolean.TRUE.equals(seriousOnly);
    }

    public static QueueFilter none() {
        return new QueueFilter("", "", "", "", false, null, null);
    }

    public boolean isEmpty() {
        return equals(none());
    }

    /** The text as an ILIKE pattern, its own wildcards escaped. */
    String pattern() {
        return LikePattern.containing(text);
    }

    LocalDate from() {
        return receivedFrom == null ? EARLIEST : receivedFrom;
    }

    LocalDate to() {
        return receivedTo == null ? LATEST : receivedTo;
    }
}
