package org.exovigil.vigilance.duplicates;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.Sex;

/**
 * What the duplicate matcher compares of one case: the fields vigiMatch scores (age, sex, onset date, a
 * summary of all dates, events, products, the "externally indicated" link; UMC, "Deduplication through
 * vigiMatch") and the ones an exosome clinic report adds (lot, administering provider, reporter,
 * occurrence country). Texts are normalised here, whoever builds the record (Unicode NFKC, case folding,
 * white space collapsed), so that {@code "Exosome  Serum"} and {@code "exosome serum"} are one value.
 * Sets are sorted, so that explanations read the same on every run. A blank field is null or an empty
 * set.
 *
 * @param id            the case's id in the collection being deduplicated
 * @param ageYears      D.2.2 age at onset in years
 * @param sex           D.5; {@link Sex#UNKNOWN} is kept as null (blank)
 * @param onset         the earliest reaction onset (E.i.4)
 * @param dates         every date of the report: received (C.1.4), reaction onsets, product start dates
 * @param events        one term per reaction: {@code terminology:code} when coded (E.i.2.1), else the
 *                      normalised verbatim term (E.i.1.1a)
 * @param products      normalised product names (G.k.2.2) of the products given to the patient
 * @param lots          batch/lot numbers (G.k.4.r.7)
 * @param providers     the clinics or practitioners who administered the products
 * @param reporter      the first primary source's name, or its organisation when no name is given (C.2.r)
 * @param country       where the reaction occurred, upper case
 * @param ownIds        the case's own identifiers: {@code id}, C.1.1 and C.1.8.1
 * @param referencedIds identifiers of other reports that this one names as linked or as duplicates
 *                      (C.1.9.1.r.2, C.1.10.r): C.1.9.1.r.2 comes from the report; C.1.10.r, which
 *                      the case model does not hold, a caller adds with {@link #withReferencedIds}
 * @param receivedOn    C.1.4, which breaks ties between equally complete masters (the later wins)
 * @param completeness  the vigiGrade-like completeness that chooses a group's master
 * @param content       a digest of what the report says of the case (reporters, patient, reactions, products,
 *                      tests, narrative, comments), leaving out its identifiers and dates of receipt: two
 *                      reports with one digest say the same thing word for word, as a copy sent twice does;
 *                      null when not known
 */
public record CaseFacts(
        String id,
        Integer ageYears,
        Sex sex,
        LocalDate onset,
        Set<LocalDate> dates,
        Set<String> events,
        Set<String> products,
        Set<String> lots,
        Set<String> providers,
        String reporter,
        String country,
        Set<String> ownIds,
        Set<String> referencedIds,
        LocalDate receivedOn,
        Completeness completeness,
        String content) {

    public CaseFacts {
        id = Normalised.id(id);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(completeness, "completeness");
        sex = sex == Sex.UNKNOWN ? null : sex;
        dates = sorted(dates, date -> date);
        events = sorted(events, Normalised::of);
        products = sorted(products, Normalised::of);
        lots = sorted(lots, Normalised::of);
        providers = sorted(providers, Normalised::of);
        reporter = Normalised.of(reporter);
        String code = Normalised.id(country);
        country = code == null ? null : code.toUpperCase(Locale.ROOT);
        ownIds = sorted(
                Stream.concat(Stream.of(id), ownIds == null ? Stream.empty() : ownIds.stream())
                        .toList(),
                Normalised::id);
        Set<String> own = ownIds;
        referencedIds = sorted(referencedIds, ref -> {
            String normalised = Normalised.id(ref);
            return own.contains(normalised) ? null : normalised;
        });
    }

    /** The facts of one version of a case; {@code id} is the case's id in the collection to deduplicate. */
    public static CaseFacts of(String id, IndividualCaseSafetyReport report) {
        var identification = report.identification();
        Set<LocalDate> dates = new TreeSet<>();
        dates.add(identification.receivedOn());
        LocalDate onset = null;
        Set<String> events = new TreeSet<>();
        for (Reaction reaction : report.reactions()) {
            if (reaction.onset() != null) {
                dates.add(reaction.onset());
                onset = onset == null || reaction.onset().isBefore(onset) ? reaction.onset() : onset;
            }
            String event = event(reaction);
            if (event != null) {
                events.add(event);
            }
        }
        Set<String> products = new TreeSet<>();
        Set<String> lots = new TreeSet<>();
        Set<String> providers = new TreeSet<>();
        for (Product product : report.products()) {
            if (product.role() == ProductRole.NOT_ADMINISTERED) {
                continue;
            }
            add(products, product.name());
            add(lots, product.lot());
            add(providers, product.provider());
            if (product.startedOn() != null) {
                dates.add(product.startedOn());
            }
        }
        String reporter = report.primarySources().stream()
                .map(PrimarySource::name)
                .filter(Objects::nonNull)
                .findFirst()
                .orElseGet(() -> report.primarySources().stream()
                        .map(PrimarySource::organisation)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null));
        return new CaseFacts(
                id,
                report.patient().ageYears(),
                report.patient().sex(),
                onset,
                dates,
                events,
                products,
                lots,
                providers,
                reporter,
                identification.occurrenceCountry(),
                Set.copyOf(List.of(identification.senderReportId(), identification.worldwideUniqueId())),
                Set.copyOf(identification.otherCaseIds()),
                identification.receivedOn(),
                Completeness.of(report),
                ContentDigest.of(report));
    }

    /**
     * The same facts with identifiers of other reports that this one names as linked or duplicate
     * (ICH E2B(R3) C.1.9.1.r.2 "case identifier(s)" of other sources, C.1.10.r "identification number
     * of the report which is linked"). A pair in which one case names the other's own id is always a
     * suspected duplicate: vigiMatch's "externally indicated" flag.
     */
    public CaseFacts withReferencedIds(Collection<String> ids) {
        return new CaseFacts(
                id,
                ageYears,
                sex,
                onset,
                dates,
                events,
                products,
                lots,
                providers,
                reporter,
                country,
                ownIds,
                Stream.concat(referencedIds.stream(), ids.stream())
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                receivedOn,
                completeness,
                content);
    }

    /** The terminology and code when coded (the same event in any language), else the verbatim term. */
    static String event(Reaction reaction) {
        if (reaction.codedTerm() != null) {
            return Normalised.of(reaction.codedTerm().terminology() + ":"
                    + reaction.codedTerm().code());
        }
        return Normalised.of(reaction.term());
    }

    private static void add(Set<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }

    private static <T> Set<T> sorted(Collection<T> values, UnaryOperator<T> normalise) {
        if (values == null || values.isEmpty()) {
            return Collections.emptySortedSet();
        }
        TreeSet<T> sorted = new TreeSet<>();
        for (T value : values) {
            T normalised = value == null ? null : normalise.apply(value);
            if (normalised != null) {
                sorted.add(normalised);
            }
        }
        return Collections.unmodifiableSortedSet(sorted);
    }
}
