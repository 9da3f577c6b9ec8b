package org.exovigil.app.portal;

import java.util.List;

/**
 * The shared codes of shared/spec/vocabulary.md that the portal's forms offer, in the order a person
 * reads them; their labels are the {@code vocabulary.*} messages. One list, so the report form and
 * the treatment check cannot drift apart.
 */
public final class Vocabulary {

    public static final List<String> PRODUCT_TYPES = List.of(
            "exosome",
            "extracellular_vesicle",
            "culture_supernatant",
            "secretome",
            "conditioned_media",
            "stem_cell",
            "prp",
            "other");

    public static final List<String> ROUTES = List.of(
            "iv",
            "injection_local",
            "microneedling",
            "topical",
            "intra_articular",
            "intradiscal",
            "epidural",
            "intrathecal",
            "nebulised_inhaled",
            "intranasal",
            "intramuscular",
            "other");

    private Vocabulary() {}
}
