package org.exovigil.vigilance.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.DayZero;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Nullification;
import org.exovigil.vigilance.model.ReportIdentification;

/**
 * All versions of one case, oldest first, keyed by the worldwide unique case id (ICH E2B(R3) C.1.8.1).
 * Every operation returns a new history; a version once recorded never changes, so the audit trail and
 * the reporting clocks can always be recomputed. The current version is the last one: versions are
 * numbered as recorded, which orders them as E2B does by C.1.5 and then C.1.2.
 */
public record CaseHistory(List<IndividualCaseSafetyReport> versions) {

    public CaseHistory {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a case has at least its initial version");
        }
        versions = List.copyOf(versions);
    }

    /** A new case from its initial report, recorded as version 1. */
    public static CaseHistory start(IndividualCaseSafetyReport initial) {
        ReportIdentification id = initial.identification();
        return new CaseHistory(
                List.of(initial.withIdentification(id.asVersion(1, id.mostRecentInfoOn(), id.nullification()))));
    }

    public IndividualCaseSafetyReport current() {
        return versions.getLast();
    }

    public String worldwideUniqueId() {
        return versions.getFirst().identification().worldwideUniqueId();
    }

    public boolean isNullified() {
        return current().identification().isNullification();
    }

    /** Day 0 over all versions: the first that met the minimum criteria (see {@link DayZero}). */
    public Optional<DayZero> dayZero() {
        return DayZero.of(versions);
    }

    /**
     * Adds follow-up information as version n+1. The date of first receipt (C.1.4) stays the case's; the
     * follow-up brings its own date of most recent information (C.1.5), which may not go back in time.
     */
    public Checked<CaseHistory> followUp(IndividualCaseSafetyReport next) {
        ReportIdentification now = current().identification();
        ReportIdentification incoming = next.identification();
        List<Problem> problems = new ArrayList<>();
        if (isNullified()) {
            problems.add(Problem.of(
                    ProblemCode.FOLLOW_UP_OF_NULLIFIED_CASE,
                    "case %s was nullified: %s"
                            .formatted(worldwideUniqueId(), now.nullification().reason())));
        }
        if (!incoming.worldwideUniqueId().equals(worldwideUniqueId())) {
            problems.add(new Problem(
                    ProblemCode.FOLLOW_UP_OF_ANOTHER_CASE,
                    "worldwideUniqueId",
                    "expected %s, got %s".formatted(worldwideUniqueId(), incoming.worldwideUniqueId())));
        }
        if (incoming.mostRecentInfoOn().isBefore(now.mostRecentInfoOn())) {
            problems.add(new Problem(
                    ProblemCode.FOLLOW_UP_OLDER_THAN_CASE,
                    "mostRecentInfoOn",
                    "expected a date on or after %s, got %s"
                            .formatted(now.mostRecentInfoOn(), incoming.mostRecentInfoOn())));
        }
        return Checked.unless(
                problems,
                () -> append(next.withIdentification(new ReportIdentification(
                        incoming.senderReportId(),
                        worldwideUniqueId(),
                        versions.size() + 1,
                        versions.getFirst().identification().receivedOn(),
                        incoming.mostRecentInfoOn(),
                        incoming.type(),
                        incoming.occurrenceCountry(),
                        incoming.nullification(),
                        incoming.otherCaseIds(),
                        incoming.sender(),
                        incoming.context()))));
    }

    /**
     * Nullifies the case (C.1.11.1 = 1) with its reason (C.1.11.2): the content of the current version is
     * kept as the last version, flagged, so the case stays on record but counts nowhere.
     */
    public Checked<CaseHistory> nullify(String reason, LocalDate on) {
        if (reason == null || reason.isBlank()) {
            return Checked.rejected(new Problem(
                    ProblemCode.NULLIFICATION_WITHOUT_REASON, "reason", "expected the reason for nullifying the case"));
        }
        if (isNullified()) {
            return Checked.rejected(Problem.of(
                    ProblemCode.FOLLOW_UP_OF_NULLIFIED_CASE,
                    "case %s is already nullified".formatted(worldwideUniqueId())));
        }
        ReportIdentification now = current().identification();
        LocalDate infoOn = on.isBefore(now.mostRecentInfoOn()) ? now.mostRecentInfoOn() : on;
        Nullification flag = new Nullification(Nullification.Kind.NULLIFICATION, reason.strip());
        return Checked.accepted(append(current().withIdentification(now.asVersion(versions.size() + 1, infoOn, flag))));
    }

    private CaseHistory append(IndividualCaseSafetyReport version) {
        List<IndividualCaseSafetyReport> all = new ArrayList<>(versions);
        all.add(version);
        return new CaseHistory(all);
    }
}
