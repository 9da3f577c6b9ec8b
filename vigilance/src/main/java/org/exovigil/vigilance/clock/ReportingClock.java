package org.exovigil.vigilance.clock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.exovigil.vigilance.model.CriterionCheck;
import org.exovigil.vigilance.model.DayZero;
import org.exovigil.vigilance.model.ExpectednessAssessment;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductType;
import org.exovigil.vigilance.model.ReferenceSafetyInformation;
import org.exovigil.vigilance.model.SeriousnessCriteria;
import org.exovigil.vigilance.model.Validity;

/**
 * Computes the deadlines of a case. The method: find the legal duties that cover the case's country,
 * suspected product types and setting on day 0; keep those whose condition (seriousness, expectedness)
 * the case meets; when no legal duty covers the case at all, apply Exovigil's voluntary duties instead,
 * and say so. Due dates are counted in calendar days with day 0 as the day of receipt, so a 7-day report
 * on day 0 = 2028-02-22 is due 2028-02-29 (21 CFR 312.32(c)(1): "calendar days"; EU GVP Module VI.B.7:
 * day 0 is the day the minimum information is received). A due date on a weekend or holiday is not
 * moved: none of these regimes moves it.
 */
public final class ReportingClock {

    private final ReportingDuties legal;
    private final ReportingDuties voluntary;

    public ReportingClock(ReportingDuties legal, ReportingDuties voluntary) {
        this.legal = legal;
        this.voluntary = voluntary;
    }

    /** The clocks of a single received report, against the given reference safety information. */
    public ClockReading read(IndividualCaseSafetyReport report, ReferenceSafetyInformation rsi, CaseSetting setting) {
        return read(report, DayZero.of(List.of(report)), ExpectednessAssessment.of(report, rsi), setting);
    }

    /**
     * The clocks of the current version of a case.
     *
     * @param current     the current version
     * @param dayZero     day 0 of the case (from all its versions), empty while it is invalid
     * @param expectedness the expectedness of the current version
     * @param setting     trial or practice, known regimes, plan submission date
     */
    public ClockReading read(
            IndividualCaseSafetyReport current,
            Optional<DayZero> dayZero,
            ExpectednessAssessment expectedness,
            CaseSetting setting) {
        SeriousnessCriteria seriousness = SeriousnessCriteria.ofCase(current);
        boolean unexpected = expectedness.isUnexpectedForClocks();
        List<ClockNote> notes = new ArrayList<>();
        if (unexpected) {
            notes.add(unexpectedNote(current, expectedness));
        }
        if (dayZero.isEmpty()) {
            notes.add(new ClockNote.NoClock(Validity.of(current).unmet().stream()
                    .map(CriterionCheck::criterion)
                    .toList()));
            return new ClockReading(null, seriousness, unexpected, List.of(), false, notes);
        }
        LocalDate day0 = dayZero.get().date();
        String country = country(current);
        DutyQuery query = new DutyQuery(
                country == null ? "" : country, productTypes(current), setting.setting(), setting.regimes(), day0);
        List<ReportingDuty> applicable = legal.dutiesFor(query);
        boolean voluntaryOnly = applicable.isEmpty();
        if (voluntaryOnly) {
            notes.add(noLawNote(country, query, day0));
            applicable = voluntary.dutiesFor(query);
        }
        List<Deadline> deadlines = new ArrayList<>();
        for (ReportingDuty duty : applicable) {
            if (duty.condition().holds(seriousness, unexpected)) {
                deadlines.add(deadline(duty, day0, setting.planSubmittedOn()));
            } else {
                notes.add(new ClockNote.NotDue(
                        duty.regime(),
                        duty.id(),
                        duty.condition(),
                        duty.condition().unmetBecause(seriousness, unexpected)));
            }
        }
        return new ClockReading(day0, seriousness, unexpected, deadlines, voluntaryOnly, notes);
    }

    private static Deadline deadline(ReportingDuty duty, LocalDate day0, LocalDate planSubmittedOn) {
        if (!duty.isPeriodic()) {
            String because = "%s; due %d calendar days after day 0 (%s)"
                    .formatted(duty.condition().words(), duty.days(), day0);
            return new Deadline(
                    duty.id(),
                    duty.regime(),
                    duty.recipient(),
                    day0.plusDays(duty.days()),
                    duty.voluntary(),
                    because,
                    duty.basis());
        }
        if (planSubmittedOn == null) {
            String because =
                    "%s; periodic: due %d days after the end of each %d-day period counted from the plan's submission, which is not known"
                            .formatted(duty.condition().words(), duty.days(), duty.periodDays());
            return new Deadline(
                    duty.id(), duty.regime(), duty.recipient(), null, duty.voluntary(), because, duty.basis());
        }
        LocalDate periodEnd = periodEnd(planSubmittedOn, day0, duty.periodDays());
        String because =
                "%s; periodic: the %d-day period counted from the plan's submission on %s ends %s, due %d days later"
                        .formatted(
                                duty.condition().words(), duty.periodDays(), planSubmittedOn, periodEnd, duty.days());
        return new Deadline(
                duty.id(),
                duty.regime(),
                duty.recipient(),
                periodEnd.plusDays(duty.days()),
                duty.voluntary(),
                because,
                duty.basis());
    }

    /**
     * The end of the period holding day 0. Periods are counted without their first day (Japanese Civil
     * Code Art 140), so period n runs from the day after anchor + 60(n−1) to anchor + 60n inclusive.
     */
    static LocalDate periodEnd(LocalDate anchor, LocalDate day0, int periodDays) {
        long elapsed = ChronoUnit.DAYS.between(anchor, day0);
        long periods = Math.max(1, Math.ceilDiv(elapsed, periodDays));
        return anchor.plusDays(periods * periodDays);
    }

    /** Where the reaction occurred, else where the first reporter with a country is (E2B(R3) C.2.r.3). */
    private static String country(IndividualCaseSafetyReport report) {
        if (report.identification().occurrenceCountry() != null) {
            return report.identification().occurrenceCountry();
        }
        return report.primarySources().stream()
                .map(PrimarySource::country)
                .filter(c -> c != null)
                .findFirst()
                .orElse(null);
    }

    private static Set<ProductType> productTypes(IndividualCaseSafetyReport report) {
        Set<ProductType> types = new HashSet<>();
        report.products().stream()
                .filter(p -> p.role().isSuspected())
                .map(Product::type)
                .forEach(types::add);
        return types;
    }

    private static ClockNote unexpectedNote(IndividualCaseSafetyReport report, ExpectednessAssessment expectedness) {
        return expectedness
                .firstNotExpected()
                .<ClockNote>map(finding -> {
                    String product =
                            report.products().get(finding.productIndex()).name();
                    return finding.reference() == null
                            ? new ClockNote.NoReference(product)
                            : new ClockNote.NotListed(
                                    report.reactions()
                                            .get(finding.reactionIndex())
                                            .label(),
                                    product,
                                    finding.reference());
                })
                .orElseGet(ClockNote.NothingToAssess::new);
    }

    private static ClockNote noLawNote(String country, DutyQuery query, LocalDate day0) {
        if (country == null) {
            return new ClockNote.CountryUnknown();
        }
        List<ProductType> known = query.productTypes().stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(ProductType::code))
                .toList();
        return new ClockNote.NoLaw(known, query.productTypes().contains(null), country, query.setting(), day0);
    }
}
