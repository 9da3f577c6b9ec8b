package org.exovigil.vigilance.model;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reactions a product's reference safety information lists as expected (ICH E2A §II.C: the
 * investigator's brochure or the authorised product information). Unproven products mostly have none,
 * which is why a product the list does not cover is "unknown", never "expected".
 *
 * @param title    e.g. "Investigator's brochure ExoX v3"
 * @param version  the date of the version used, so an assessment can be repeated
 * @param expected expected terms by product name; both matched case- and width-insensitively, on the
 *                 verbatim term or the coded term's code
 */
public record ReferenceSafetyInformation(String title, LocalDate version, Map<String, Set<String>> expected) {

    public ReferenceSafetyInformation {
        expected = expected.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        e -> normalise(e.getKey()),
                        e -> e.getValue().stream()
                                .map(ReferenceSafetyInformation::normalise)
                                .collect(Collectors.toUnmodifiableSet())));
    }

    /** No reference safety information at all: every reaction is of unknown expectedness. */
    public static ReferenceSafetyInformation none() {
        return new ReferenceSafetyInformation("none", null, Map.of());
    }

    /** Whether the product's list names the reaction; empty when the list does not cover the product. */
    public Optional<Boolean> lists(Product product, Reaction reaction) {
        Set<String> terms = expected.get(normalise(product.name()));
        if (terms == null) {
            return Optional.empty();
        }
        boolean coded = reaction.codedTerm() != null
                && terms.contains(normalise(reaction.codedTerm().code()));
        return Optional.of(coded || reaction.term() != null && terms.contains(normalise(reaction.term())));
    }

    /** NFKC folds full-width and half-width forms, common in Japanese input, before comparing. */
    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
