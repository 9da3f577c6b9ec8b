package org.exovigil.app.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exovigil.app.ReviewedData;

/** Reads the cluster rules; a rule that breaks the schema stops the start with its file, rule and field. */
final class ClusterRules {

    static final String BUNDLED = "/alerts/cluster-rules.yaml";

    private ClusterRules() {}

    static List<ClusterRule> bundled() {
        return read(ReviewedData.text(BUNDLED), BUNDLED);
    }

    static List<ClusterRule> read(String yaml, String file) {
        Map<String, Object> root = ReviewedData.parse(yaml);
        if (!(root.get("rules") instanceof List<?> rules)) {
            throw invalid(file, "(top)", "rules", "a list of rules");
        }
        Map<?, ?> groups = root.get("term_groups") instanceof Map<?, ?> found ? found : Map.of();
        List<ClusterRule> read = new ArrayList<>();
        for (Object entry : rules) {
            if (!(entry instanceof Map<?, ?> rule)) {
                throw invalid(file, "(rule " + (read.size() + 1) + ")", "", "a map");
            }
            read.add(rule(rule, groups, file));
        }
        return List.copyOf(read);
    }

    private static ClusterRule rule(Map<?, ?> rule, Map<?, ?> groups, String file) {
        String id = text(rule, "id", file, "(rule)");
        ClusterRule.Scope scope;
        try {
            scope = ClusterRule.Scope.valueOf(text(rule, "scope", file, id).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(file, id, "scope", "one of lot, provider, product");
        }
        List<String> terms = List.of();
        if (rule.get("reactions") != null) {
            if (!(groups.get(rule.get("reactions")) instanceof List<?> group)) {
                throw invalid(file, id, "reactions", "the name of a term group under term_groups");
            }
            terms = group.stream().map(String::valueOf).toList();
        }
        Map<?, ?> source = rule.get("source") instanceof Map<?, ?> found ? found : Map.of();
        return new ClusterRule(
                id,
                text(rule, "title", file, id),
                scope,
                positive(rule, "window_days", file, id),
                positive(rule, "min_cases", file, id),
                Boolean.TRUE.equals(rule.get("serious_only")),
                terms,
                text(rule, "why", file, id),
                translations(rule),
                text(source, "title", file, id + " source"),
                source.get("url") == null ? null : String.valueOf(source.get("url")));
    }

    /** Fields such as title_ja and why_ja: the rule's words in another language. */
    private static Map<String, String> translations(Map<?, ?> rule) {
        Map<String, String> found = new java.util.HashMap<>();
        rule.forEach((key, value) -> {
            if (String.valueOf(key).matches("(title|why)_[a-z]{2}") && value instanceof String text) {
                found.put(String.valueOf(key), text.strip());
            }
        });
        return found;
    }

    private static String text(Map<?, ?> map, String field, String file, String rule) {
        if (!(map.get(field) instanceof String value) || value.isBlank()) {
            throw invalid(file, rule, field, "a text");
        }
        return value.strip();
    }

    private static int positive(Map<?, ?> map, String field, String file, String rule) {
        if (!(map.get(field) instanceof Integer value) || value < 1) {
            throw invalid(file, rule, field, "a whole number of at least 1");
        }
        return value;
    }

    private static IllegalStateException invalid(String file, String rule, String field, String expected) {
        return new IllegalStateException("%s: rule %s: %s: expected %s".formatted(file, rule, field, expected));
    }
}
