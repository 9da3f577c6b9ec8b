package org.exovigil.app.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exovigil.app.ReviewedData;
import org.exovigil.vigilance.terminology.EventGroup;
import org.exovigil.vigilance.terminology.EventGroups;

/**
 * Reads the cluster rules; a rule that breaks the schema, or names an event group the terminology does not
 * have, stops the start with its file, rule and field.
 */
final class ClusterRules {

    static final String BUNDLED = "/alerts/cluster-rules.yaml";

    private ClusterRules() {}

    static List<ClusterRule> bundled() {
        return read(ReviewedData.text(BUNDLED), BUNDLED, EventGroups.bundled());
    }

    static List<ClusterRule> read(String yaml, String file, EventGroups groups) {
        Map<String, Object> root = ReviewedData.parse(yaml);
        if (!(root.get("rules") instanceof List<?> rules)) {
            throw invalid(file, "(top)", "rules", "a list of rules");
        }
        double minScore = uncodedMinScore(root, file);
        List<ClusterRule> read = new ArrayList<>();
        for (Object entry : rules) {
            if (!(entry instanceof Map<?, ?> rule)) {
                throw invalid(file, "(rule " + (read.size() + 1) + ")", "", "a map");
            }
            read.add(rule(rule, groups, minScore, file));
        }
        return List.copyOf(read);
    }

    /** {@code uncoded_reactions.min_score}: a score of the suggester, above 0 and at most 1. */
    private static double uncodedMinScore(Map<String, Object> root, String file) {
        Map<?, ?> uncoded = root.get("uncoded_reactions") instanceof Map<?, ?> found ? found : Map.of();
        if (!(uncoded.get("min_score") instanceof Number score)
                || !(score.doubleValue() > 0 && score.doubleValue() <= 1)) {
            throw invalid(file, "(top)", "uncoded_reactions.min_score", "a score above 0 and at most 1");
        }
        return score.doubleValue();
    }

    /** {@code reactions}: one group id or a list of them; absent for any reaction. */
    private static List<String> groups(Map<?, ?> rule, EventGroups groups, String file, String id) {
        Object named = rule.get("reactions");
        if (named == null) {
            return List.of();
        }
        List<?> ids = named instanceof List<?> list ? list : List.of(named);
        if (ids.isEmpty()
                || !ids.stream()
                        .allMatch(group -> group instanceof String text
                                && groups.group(text).isPresent())) {
            throw invalid(
                    file,
                    id,
                    "reactions",
                    "the id of an event group, or a list of them, among "
                            + groups.groups().stream().map(EventGroup::id).toList());
        }
        return ids.stream().map(String::valueOf).toList();
    }

    private static ClusterRule rule(Map<?, ?> rule, EventGroups groups, double minScore, String file) {
        String id = text(rule, "id", file, "(rule)");
        ClusterRule.Scope scope;
        try {
            scope = ClusterRule.Scope.valueOf(text(rule, "scope", file, id).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(file, id, "scope", "one of lot, provider, product");
        }
        Map<?, ?> source = rule.get("source") instanceof Map<?, ?> found ? found : Map.of();
        return new ClusterRule(
                id,
                text(rule, "title", file, id),
                scope,
                positive(rule, "window_days", file, id),
                positive(rule, "min_cases", file, id),
                Boolean.TRUE.equals(rule.get("serious_only")),
                groups(rule, groups, file, id),
                minScore,
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
