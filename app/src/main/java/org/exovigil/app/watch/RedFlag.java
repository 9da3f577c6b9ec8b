package org.exovigil.app.watch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A red flag of {@code watch/red-flags.yaml}: published advice to patients, and the test on a page's
 * extracted facts that shows it (a claim, a product type, or many indications on one page).
 */
public record RedFlag(
        String id,
        Map<String, String> labels,
        String sourceTitle,
        String sourceUrl,
        String claim,
        List<String> productTypes,
        int indicationsAtLeast) {

    public RedFlag {
        labels = Map.copyOf(labels);
        productTypes = List.copyOf(productTypes);
    }

    /** The advice in the reader's language, English when there is no translation. */
    public String label(Locale locale) {
        return labels.getOrDefault(locale.getLanguage(), labels.get("en"));
    }

    /** True when the facts (the JSON of shared/spec/extract.md) show this flag. */
    boolean shownBy(JsonNode facts) {
        if (claim != null) {
            return facts.path("claims").path(claim).asBoolean(false);
        }
        if (!productTypes.isEmpty()) {
            for (JsonNode type : facts.path("product_types")) {
                if (productTypes.contains(type.asString())) {
                    return true;
                }
            }
            return false;
        }
        return indicationsAtLeast > 0 && facts.path("indications").size() >= indicationsAtLeast;
    }
}
