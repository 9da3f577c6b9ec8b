package org.exovigil.vigilance.duplicates;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.Sex;

/**
 * How completely a report is documented, after the vigiGrade completeness score (Bergvall, Norén,
 * Lindquist, Drug Saf 2014;37:65–77): the score starts at 1 and is multiplied by (1 − penalty) for each
 * missing dimension, so one missing dimension can cost much (time-to-onset halves it). A duplicate group
 * keeps its most complete report as master, as vigiMatch does (UMC, "Deduplication through vigiMatch").
 * vigiGrade scores a drug–reaction pair; here the dimensions are read at report level (any reaction, any
 * product), which is what choosing a master needs.
 *
 * @param score   from 0 to 1; reports above 0.8 are "well documented" in the paper
 * @param missing the dimensions that cost the report its penalties
 */
public record Completeness(double score, Set<CompletenessDimension> missing) {

    /** The paper's reduced penalty when only an age group is given instead of an age. */
    static final double AGE_GROUP_ONLY_PENALTY = 0.1;

    /** A report with every dimension the case model holds. */
    public static final Completeness FULL = new Completeness(1, Set.of());

    public Completeness {
        Objects.requireNonNull(missing, "missing");
        missing = missing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missing));
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a completeness score is between 0 and 1, got " + score);
        }
    }

    public static Completeness of(IndividualCaseSafetyReport report) {
        Set<CompletenessDimension> missing = EnumSet.noneOf(CompletenessDimension.class);
        double score = 1;
        boolean onset = report.reactions().stream().anyMatch(r -> r.onset() != null);
        boolean start = report.products().stream().map(Product::startedOn).anyMatch(Objects::nonNull);
        if (!(onset && start)) {
            missing.add(CompletenessDimension.TIME_TO_ONSET);
        }
        if (report.reactions().stream().noneMatch(r -> r.outcome() != null && r.outcome() != ReactionOutcome.UNKNOWN)) {
            missing.add(CompletenessDimension.OUTCOME);
        }
        var patient = report.patient();
        if (patient.sex() == null || patient.sex() == Sex.UNKNOWN) {
            missing.add(CompletenessDimension.SEX);
        }
        if (patient.ageYears() == null) {
            if (patient.ageGroup() == null) {
                missing.add(CompletenessDimension.AGE);
            } else {
                score *= 1 - AGE_GROUP_ONLY_PENALTY;
            }
        }
        if (report.products().stream().noneMatch(p -> p.dose() != null)) {
            missing.add(CompletenessDimension.DOSE);
        }
        if (report.identification().occurrenceCountry() == null) {
            missing.add(CompletenessDimension.COUNTRY);
        }
        if (report.primarySources().stream().noneMatch(s -> s.qualification() != null)) {
            missing.add(CompletenessDimension.PRIMARY_REPORTER);
        }
        if (report.identification().type() == ReportType.NOT_AVAILABLE_TO_SENDER) {
            missing.add(CompletenessDimension.REPORT_TYPE);
        }
        if (report.narrative() == null || report.narrative().isBlank()) {
            missing.add(CompletenessDimension.COMMENTS);
        }
        for (CompletenessDimension dimension : missing) {
            score *= 1 - dimension.penalty();
        }
        return new Completeness(score, missing);
    }
}
