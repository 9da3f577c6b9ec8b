package org.exovigil.app.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exovigil.app.ReviewedData;

/**
 * The review checklist, the annual-report rule, and the rules for changing and withdrawing a plan, of
 * {@code plans/provision-plans.yaml}. A file that breaks the schema stops the start with the item and field
 * named.
 *
 * @param changeFields       what a change may change: product, indication, route, dose, consent
 * @param withdrawalNoticeDays the days after provision stopped within which a withdrawal is on time
 */
public record PlanRules(
        List<ChecklistItem> checklist,
        int periodMonths,
        int dueDaysAfterPeriod,
        String annualSource,
        java.util.Set<String> planRequirements,
        List<String> changeFields,
        Cited changeSource,
        int withdrawalNoticeDays,
        Cited withdrawalSource) {

    /**
     * A source as the data cites it: its title, as published (most are English), and its status, which the
     * pages word in the reader's language ({@code rulebook.status.<status>}).
     */
    public record Cited(String title, String status) {}

    static final String BUNDLED = "/plans/provision-plans.yaml";

    public PlanRules {
        checklist = List.copyOf(checklist);
        planRequirements = java.util.Set.copyOf(planRequirements);
        changeFields = List.copyOf(changeFields);
    }

    /** The items a version is reviewed against: all of them for the plan as filed, for a change the relevant ones. */
    public List<ChecklistItem> checklistFor(PlanVersion version) {
        return version.version() == 1
                ? checklist
                : checklist.stream()
                        .filter(item -> item.concerns(version.changed()))
                        .toList();
    }

    /** The end of the n-th yearly period (n from 1) after acceptance, and when its report is due. */
    LocalDate periodEnd(LocalDate accepted, int n) {
        return accepted.plusMonths((long) periodMonths * n);
    }

    LocalDate dueOn(LocalDate periodEnd) {
        return periodEnd.plusDays(dueDaysAfterPeriod);
    }

    static PlanRules bundled() {
        return read(ReviewedData.text(BUNDLED));
    }

    static PlanRules read(String yaml) {
        Map<String, Object> root = ReviewedData.parse(yaml);
        if (!(root.get("checklist") instanceof List<?> items) || items.isEmpty()) {
            throw invalid("(top)", "checklist", "a list of items");
        }
        List<ChecklistItem> checklist = new ArrayList<>();
        for (Object entry : items) {
            if (!(entry instanceof Map<?, ?> item) || !(item.get("id") instanceof String id)) {
                throw invalid("(item " + (checklist.size() + 1) + ")", "id", "a map with an id");
            }
            if (!(item.get("label") instanceof String label)) {
                throw invalid(id, "label", "a text");
            }
            if (!(item.get("source") instanceof Map<?, ?> source) || !(source.get("title") instanceof String title)) {
                throw invalid(id, "source", "a map with a title");
            }
            if (!(item.get("relevant_to") instanceof List<?> relevant)) {
                throw invalid(id, "relevant_to", "a list of the fields of changes");
            }
            Map<String, String> labels = new HashMap<>();
            labels.put("en", label);
            if (item.get("label_ja") instanceof String japanese) {
                labels.put("ja", japanese);
            }
            checklist.add(new ChecklistItem(
                    id,
                    Boolean.TRUE.equals(item.get("required")),
                    java.util.Set.copyOf(relevant.stream().map(String::valueOf).toList()),
                    labels,
                    title,
                    String.valueOf(source.get("status"))));
        }
        if (!(root.get("annual_report") instanceof Map<?, ?> annual)
                || !(annual.get("period_months") instanceof Integer months)
                || !(annual.get("due_days_after_period") instanceof Integer days)
                || months < 1
                || days < 0) {
            throw invalid("annual_report", "period_months, due_days_after_period", "whole numbers (months at least 1)");
        }
        String source = annual.get("source") instanceof Map<?, ?> cited ? String.valueOf(cited.get("title")) : "";
        if (!(root.get("plan_requirements") instanceof List<?> codes)) {
            throw invalid("(top)", "plan_requirements", "a list of the rulebook's requirement codes");
        }
        if (!(root.get("changes") instanceof Map<?, ?> changes)
                || !(changes.get("fields") instanceof List<?> fields)
                || !(changes.get("source") instanceof Map<?, ?> changeSource)) {
            throw invalid("changes", "fields, source", "a list of fields and a source");
        }
        List<String> changeFields = fields.stream().map(String::valueOf).toList();
        for (ChecklistItem item : checklist) {
            if (!changeFields.containsAll(item.relevantTo())) {
                throw invalid(item.id(), "relevant_to", "fields of changes " + changeFields);
            }
        }
        if (!(root.get("withdrawal") instanceof Map<?, ?> withdrawal)
                || !(withdrawal.get("notice_days") instanceof Integer notice)
                || notice < 0
                || !(withdrawal.get("source") instanceof Map<?, ?> withdrawalSource)) {
            throw invalid("withdrawal", "notice_days, source", "a whole number of days and a source");
        }
        return new PlanRules(
                checklist,
                months,
                days,
                source,
                java.util.Set.copyOf(codes.stream().map(String::valueOf).toList()),
                changeFields,
                cited(changeSource),
                notice,
                cited(withdrawalSource));
    }

    private static Cited cited(Map<?, ?> source) {
        return new Cited(String.valueOf(source.get("title")), String.valueOf(source.get("status")));
    }

    private static IllegalStateException invalid(String item, String field, String expected) {
        return new IllegalStateException("%s: %s: %s: expected %s".formatted(BUNDLED, item, field, expected));
    }
}
