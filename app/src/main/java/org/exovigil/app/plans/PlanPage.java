package org.exovigil.app.plans;

import java.util.List;

/**
 * One plan as its pages show it to the provider, the committee and the regulator: the plan in force, its
 * versions and review, the version under review, the yearly report owed and the withdrawal notice. Each
 * audience's page reads what it needs of it.
 *
 * @param underReview the version a committee is reviewing, or null
 * @param nextReport the yearly provision report owed next, or null when none falls due
 * @param withdrawal how a withdrawn plan's notice kept to its time limit, or null when not withdrawn
 */
record PlanPage(
        ProvisionPlan plan,
        List<PlanVersion> versions,
        List<ReviewStep> steps,
        PlanVersion underReview,
        AnnualReports.AnnualReportDue nextReport,
        ProvisionPlans.WithdrawalNotice withdrawal,
        PlanRules rules) {

    static PlanPage of(ProvisionPlan plan, ProvisionPlans plans, AnnualReports annualReports) {
        return new PlanPage(
                plan,
                plans.versions(plan.id()),
                plans.steps(plan.id()),
                plans.underReview(plan.id()).orElse(null),
                annualReports.nextAnnualReport(plan).orElse(null),
                plans.withdrawalNotice(plan).orElse(null),
                plans.rules());
    }

    /** The items the committee checks the version under review against; none when nothing is under review. */
    public List<ChecklistItem> checklist() {
        return underReview == null ? List.of() : rules.checklistFor(underReview);
    }
}
