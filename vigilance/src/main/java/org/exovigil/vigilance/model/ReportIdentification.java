package org.exovigil.vigilance.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/**
 * ICH E2B(R3) section C.1, identification of the case safety report.
 *
 * @param senderReportId    C.1.1 sender's (case) safety report unique identifier
 * @param worldwideUniqueId C.1.8.1 worldwide unique case identification number; the first sender's
 *                          C.1.1 unless the case came with one, and shared by every version
 * @param version           the version of the case this report is (1 = initial); E2B orders versions
 *                          by C.1.5 and then C.1.2, Exovigil numbers them as it records them
 * @param receivedOn        C.1.4 date the report was first received from the source
 * @param mostRecentInfoOn  C.1.5 date of the most recent information for this report
 * @param type              C.1.3 type of report
 * @param occurrenceCountry where the reaction occurred (E2B(R3) E.i.9, case-level as in E2B(R2) A.1.2),
 *                          which decides the jurisdiction of the reporting duties; may be null
 * @param nullification     C.1.11 nullification or amendment; null for an ordinary version
 * @param otherCaseIds      C.1.9.1.r.2 case identifiers of this case in other senders' transmissions (a
 *                          regulator's number, the clinic's own); what duplicate detection calls an
 *                          "externally indicated" link when another report's C.1.1 or C.1.8.1 is among them
 * @param sender            C.3 the sender as received; null for a report Exovigil took in itself (its forms
 *                          and API), whose sender is Exovigil's own principal
 * @param context           C.1.6-C.1.10, C.4 and C.5 as received; null when none were sent
 */
public record ReportIdentification(
        String senderReportId,
        String worldwideUniqueId,
        int version,
        LocalDate receivedOn,
        LocalDate mostRecentInfoOn,
        ReportType type,
        String occurrenceCountry,
        Nullification nullification,
        List<String> otherCaseIds,
        Sender sender,
        ReportContext context) {

    /** C.1.1 and C.1.8.1 are 100AN in ICH E2B(R3). */
    static final int ID_LENGTH = 100;

    public ReportIdentification {
        Objects.requireNonNull(senderReportId, "senderReportId");
        Objects.requireNonNull(worldwideUniqueId, "worldwideUniqueId");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(mostRecentInfoOn, "mostRecentInfoOn");
        Objects.requireNonNull(type, "type");
        otherCaseIds = otherCaseIds == null ? List.of() : List.copyOf(otherCaseIds);
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1, got " + version);
        }
    }

    /** An initial report (version 1) whose most recent information is its receipt. */
    public static Checked<ReportIdentification> initial(
            String senderReportId, LocalDate receivedOn, ReportType type, String occurrenceCountry) {
        return of(senderReportId, null, 1, receivedOn, null, type, occurrenceCountry, null);
    }

    /**
     * Checks and builds; a missing worldwide id defaults to the sender's id, a missing C.1.5 to C.1.4,
     * a missing type to spontaneous, as a first sender's own report would have them.
     */
    public static Checked<ReportIdentification> of(
            String senderReportId,
            String worldwideUniqueId,
            int version,
            LocalDate receivedOn,
            LocalDate mostRecentInfoOn,
            ReportType type,
            String occurrenceCountry,
            Nullification nullification) {
        List<Problem> problems = new ArrayList<>();
        String sender = ElementRules.trimmedOrNull(senderReportId);
        String worldwide = ElementRules.trimmedOrNull(worldwideUniqueId);
        ElementRules.required("senderReportId", sender, problems);
        ElementRules.maxLength("senderReportId", sender, ID_LENGTH, problems);
        ElementRules.maxLength("worldwideUniqueId", worldwide, ID_LENGTH, problems);
        ElementRules.country("country", occurrenceCountry, problems);
        if (nullification != null) {
            ElementRules.allowedCharacters("nullification.reason", nullification.reason(), problems);
        }
        if (receivedOn == null) {
            problems.add(new Problem(
                    ProblemCode.MISSING, "receivedOn", "expected the date the report was first received (YYYY-MM-DD)"));
        } else if (mostRecentInfoOn != null && mostRecentInfoOn.isBefore(receivedOn)) {
            problems.add(new Problem(
                    ProblemCode.INCONSISTENT_DATES,
                    "mostRecentInfoOn",
                    "expected a date on or after receivedOn %s, got %s".formatted(receivedOn, mostRecentInfoOn)));
        }
        if (version < 1) {
            problems.add(new Problem(ProblemCode.OUT_OF_RANGE, "version", "expected 1 or more, got " + version));
        }
        return Checked.unless(
                problems,
                () -> new ReportIdentification(
                        sender,
                        worldwide == null ? sender : worldwide,
                        version,
                        receivedOn,
                        mostRecentInfoOn == null ? receivedOn : mostRecentInfoOn,
                        type == null ? ReportType.SPONTANEOUS : type,
                        occurrenceCountry,
                        nullification,
                        List.of(),
                        null,
                        null));
    }

    /** This identification as version {@code number} with information as recent as {@code infoOn}. */
    public ReportIdentification asVersion(int number, LocalDate infoOn, Nullification flag) {
        return new ReportIdentification(
                senderReportId,
                worldwideUniqueId,
                number,
                receivedOn,
                infoOn,
                type,
                occurrenceCountry,
                flag,
                otherCaseIds,
                sender,
                context);
    }

    /** The same identification citing these identifiers of other senders (C.1.9.1.r.2), blanks left out. */
    public ReportIdentification withOtherCaseIds(List<String> ids) {
        List<String> cited = ids.stream()
                .map(ElementRules::trimmedOrNull)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return new ReportIdentification(
                senderReportId,
                worldwideUniqueId,
                version,
                receivedOn,
                mostRecentInfoOn,
                type,
                occurrenceCountry,
                nullification,
                cited,
                sender,
                context);
    }

    /** The same identification with the sender (C.3) as received. */
    public ReportIdentification withSender(Sender received) {
        return new ReportIdentification(
                senderReportId,
                worldwideUniqueId,
                version,
                receivedOn,
                mostRecentInfoOn,
                type,
                occurrenceCountry,
                nullification,
                otherCaseIds,
                received,
                context);
    }

    /** The same identification with C.1.6-C.1.10, C.4 and C.5 as received. */
    public ReportIdentification withContext(ReportContext received) {
        return new ReportIdentification(
                senderReportId,
                worldwideUniqueId,
                version,
                receivedOn,
                mostRecentInfoOn,
                type,
                occurrenceCountry,
                nullification,
                otherCaseIds,
                sender,
                received);
    }

    public boolean isNullification() {
        return nullification != null && nullification.kind() == Nullification.Kind.NULLIFICATION;
    }
}
