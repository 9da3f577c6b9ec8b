package org.exovigil.app.plans;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One item a committee checks in a plan, with its source; a required item must be met to accept. A
 * change to a plan is checked against the items relevant to the fields it changes.
 */
public record ChecklistItem(
        String id, boolean required, Set<String> relevantTo, Map<String, String> labels, String source, String status) {

    public ChecklistItem {
        relevantTo = Set.copyOf(relevantTo);
        labels = Map.copyOf(labels);
    }

    /** The item's source, as the pages cite it. */
    public PlanRules.Cited cited() {
        return new PlanRules.Cited(source, status);
    }

    /** Whether a change of these fields calls for this item again. */
    public boolean concerns(Collection<String> changed) {
        return changed.stream().anyMatch(relevantTo::contains);
    }

    public String label(Locale locale) {
        return labels.getOrDefault(locale.getLanguage(), labels.get("en"));
    }
}
