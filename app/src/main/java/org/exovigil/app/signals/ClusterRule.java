package org.exovigil.app.signals;

import java.util.List;
import java.util.Locale;

/**
 * One rule of {@code alerts/cluster-rules.yaml}: at least {@code minCases} cases (serious ones only,
 * if so) from one lot, clinic or product whose days fall within {@code windowDays}, with a reaction in
 * one of the event groups {@code groups} (any reaction when empty).
 *
 * @param groups ids of the terminology's event groups ({@code EventGroups})
 * @param uncodedMinScore the least score at which the suggester's best concept puts a reaction not yet coded
 *     in a group
 */
public record ClusterRule(
        String id,
        String title,
        Scope scope,
        int windowDays,
        int minCases,
        boolean seriousOnly,
        List<String> groups,
        double uncodedMinScore,
        String why,
        java.util.Map<String, String> translations,
        String sourceTitle,
        String sourceUrl) {

    public ClusterRule {
        groups = List.copyOf(groups);
        translations = java.util.Map.copyOf(translations);
    }

    /** The title in the reader's language when the rule has it (title_ja), else in English. */
    public String title(Locale locale) {
        return translations.getOrDefault("title_" + locale.getLanguage(), title);
    }

    public String why(Locale locale) {
        return translations.getOrDefault("why_" + locale.getLanguage(), why);
    }

    /** What a cluster gathers around; each names the column of report_product that links a case to it. */
    public enum Scope {
        LOT("lot_id"),
        PROVIDER("provider_id"),
        PRODUCT("product_id");

        private final String column;

        Scope(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * True when one of the case's reactions is in one of the rule's groups, by its code or, not yet coded, by
     * the suggester's best concept scoring at least {@link #uncodedMinScore} (always, for any reaction).
     */
    boolean matchesAny(List<CodedReaction> reactions, ReactionGroups reactionGroups) {
        return groups.isEmpty()
                || reactions.stream()
                        .flatMap(reaction -> reactionGroups.of(reaction, uncodedMinScore).stream())
                        .anyMatch(group -> groups.contains(group.id()));
    }
}
