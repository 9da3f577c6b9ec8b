package org.exovigil.vigilance.model;

import java.util.List;

/**
 * The four minimum criteria checked on one report version (ICH E2B(R3) IG §3.3.1; ICH E2D §5.1).
 * An invalid report is kept and followed up, not refused: it may be the only trace of a death, and
 * reporting clocks start only once it becomes valid ({@link DayZero}).
 */
public record Validity(List<CriterionCheck> checks) {

    public Validity {
        checks = List.copyOf(checks);
    }

    public static Validity of(IndividualCaseSafetyReport report) {
        return new Validity(List.of(reporter(report), patient(report), suspectProduct(report), reaction(report)));
    }

    /** All four criteria met. */
    public boolean isValid() {
        return checks.stream().allMatch(CriterionCheck::met);
    }

    public List<CriterionCheck> unmet() {
        return checks.stream().filter(c -> !c.met()).toList();
    }

    private static CriterionCheck reporter(IndividualCaseSafetyReport report) {
        return report.primarySources().stream()
                .filter(PrimarySource::isIdentifiable)
                .findFirst()
                .map(source -> met(
                        MinimumCriterion.IDENTIFIABLE_REPORTER, "a reporter is identified by " + identifiers(source)))
                .orElseGet(() -> unmet(
                        MinimumCriterion.IDENTIFIABLE_REPORTER,
                        "no primary source gives a name, organisation, country or qualification (C.2.r)"));
    }

    private static String identifiers(PrimarySource source) {
        StringBuilder by = new StringBuilder();
        if (source.name() != null) by.append("name, ");
        if (source.organisation() != null) by.append("organisation, ");
        if (source.country() != null) by.append("country, ");
        if (source.qualification() != null)
            by.append("qualification (").append(source.qualification().code()).append("), ");
        return by.substring(0, by.length() - 2);
    }

    private static CriterionCheck patient(IndividualCaseSafetyReport report) {
        return report.patient().isIdentifiable()
                ? met(
                        MinimumCriterion.IDENTIFIABLE_PATIENT,
                        "the patient is identified by initials, age, age group or sex (D.1, D.2, D.5)")
                : unmet(
                        MinimumCriterion.IDENTIFIABLE_PATIENT,
                        "no initials, age, age group or sex of the patient (D.1, D.2, D.5)");
    }

    private static CriterionCheck suspectProduct(IndividualCaseSafetyReport report) {
        return report.products().stream()
                .filter(p -> p.role().isSuspected())
                .findFirst()
                .map(p -> met(
                        MinimumCriterion.SUSPECT_PRODUCT,
                        "\"%s\" is %s (G.k.1)".formatted(p.name(), p.role().code())))
                .orElseGet(() -> unmet(
                        MinimumCriterion.SUSPECT_PRODUCT, "no product has the role suspect or interacting (G.k.1)"));
    }

    private static CriterionCheck reaction(IndividualCaseSafetyReport report) {
        return report.reactions().isEmpty()
                ? unmet(MinimumCriterion.ADVERSE_REACTION, "no reaction or event is reported (E.i)")
                : met(
                        MinimumCriterion.ADVERSE_REACTION,
                        "\"%s\" is reported (E.i.1)"
                                .formatted(report.reactions().getFirst().label()));
    }

    private static CriterionCheck met(MinimumCriterion criterion, String reason) {
        return new CriterionCheck(criterion, true, reason);
    }

    private static CriterionCheck unmet(MinimumCriterion criterion, String reason) {
        return new CriterionCheck(criterion, false, reason);
    }
}
