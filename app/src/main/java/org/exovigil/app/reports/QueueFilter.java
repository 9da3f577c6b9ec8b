package org.exovigil.app.reports;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.exovigil.app.database.LikePattern;
import org.exovigil.vigilance.terminology.EventGroup;
import org.exovigil.vigilance.terminology.EventGroups;
import org.exovigil.vigilance.terminology.EventVocabulary;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a reviewer narrows the queue to: words found in the reference, a reaction, a product, its lot or
 * provider; a country; a verification status; a channel; serious cases only; a window of receipt; an event
 * group of the terminology (issue 21), by the id of {@code EventGroups}.
 * Blank means "any"; values outside the known codes are ignored rather than trusted.
 */
public record QueueFilter(
        String text,
        String country,
        String verification,
        String channel,
        Boolean seriousOnly,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
        String eventGroup) {

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
        eventGroup =
                eventGroup != null && EventGroups.bundled().group(eventGroup).isPresent() ? eventGroup : "";
    }

    /** Any event group. Package-private, so that the form binds the canonical constructor. */
    QueueFilter(
            String text,
            String country,
            String verification,
            String channel,
            Boolean seriousOnly,
            LocalDate receivedFrom,
            LocalDate receivedTo) {
        this(text, country, verification, channel, seriousOnly, receivedFrom, receivedTo, "");
    }

    public static QueueFilter none() {
        return new QueueFilter("", "", "", "", false, null, null, "");
    }

    /** The chosen group, if any. */
    Optional<EventGroup> group() {
        return EventGroups.bundled().group(eventGroup);
    }

    /** The chosen group's concept ids (none when no group is chosen). */
    String[] groupConcepts() {
        return group().map(group -> group.conceptIds().toArray(String[]::new)).orElse(new String[0]);
    }

    /** The chosen group's MedDRA PT names in lower case, as {@code reaction_code.pt_name} is compared. */
    String[] groupPreferredTerms() {
        return group().map(group -> group.meddraPtNames().stream()
                        .map(name -> name.toLowerCase(Locale.ROOT))
                        .toArray(String[]::new))
                .orElse(new String[0]);
    }

    /**
     * Every name of the chosen group's concepts in lower case: a reaction not yet coded is found when its words
     * are one of them, so that a case is not lost from the filter while coding lags behind intake.
     */
    String[] groupNames() {
        return group().map(group -> group.conceptIds().stream()
                        .flatMap(id -> EventVocabulary.bundled().concept(id).stream())
                        .flatMap(concept -> concept.designations().stream())
                        .map(name -> name.text().strip().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toArray(String[]::new))
                .orElse(new String[0]);
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
