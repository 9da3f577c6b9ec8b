package org.exovigil.vigilance.clock;

import java.time.LocalDate;
import java.util.Set;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.ReportType;

/**
 * What the report itself does not say but the clock needs: trial or practice, the regimes the rulebook
 * found to apply (empty when not known), and the date the provision plan was submitted, from which the
 * ASRM's 60-day periods are counted (null when not known).
 */
public record CaseSetting(Setting setting, Set<String> regimes, LocalDate planSubmittedOn) {

    public CaseSetting {
        regimes = Set.copyOf(regimes);
    }

    /** A study report (ICH E2B(R3) C.1.3 = 2) comes from a trial; any other from practice. */
    public static CaseSetting of(IndividualCaseSafetyReport report) {
        Setting setting = report.identification().type() == ReportType.STUDY ? Setting.TRIAL : Setting.PRACTICE;
        return new CaseSetting(setting, Set.of(), null);
    }

    public CaseSetting withRegimes(Set<String> known) {
        return new CaseSetting(setting, known, planSubmittedOn);
    }

    public CaseSetting withPlanSubmittedOn(LocalDate date) {
        return new CaseSetting(setting, regimes, date);
    }
}
