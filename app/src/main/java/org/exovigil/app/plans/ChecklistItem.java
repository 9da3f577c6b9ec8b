package org.exovigil.app.plans;

import java.util.Locale;
import java.util.Map;

/** One item a committee checks in a plan, with its source; a required item must be met to accept. */
public record ChecklistItem(String id, boolean required, Map<String, String> labels, String source, String status) {

    public ChecklistItem {
        labels = Map.copyOf(labels);
    }

    public String label(Locale locale) {
        return labels.getOrDefault(locale.getLanguage(), labels.get("en"));
    }
}
