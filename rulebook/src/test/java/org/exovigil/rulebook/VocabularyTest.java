package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exovigil.rulebook.Scenarios.RULEBOOK;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared codes are readable through the public API, in the order of spec/vocabulary.md. */
class VocabularyTest {

    @Test
    void the_code_lists_come_in_the_order_of_the_specification() {
        assertThat(RULEBOOK.codes("product_types"))
                .containsExactly(
                        "exosome",
                        "extracellular_vesicle",
                        "secretome",
                        "culture_supernatant",
                        "conditioned_media",
                        "stem_cell",
                        "prp",
                        "other");
        assertThat(RULEBOOK.codes("routes"))
                .startsWith("iv", "topical", "microneedling")
                .endsWith("other");
        assertThat(RULEBOOK.codes().keySet())
                .startsWith("product_types", "origins", "sources", "donors", "positionings", "settings", "routes")
                .contains("indications", "administrators", "claims", "authorization_types", "finding_codes");
    }

    @Test
    void every_fact_names_its_kind_including_the_documented_extensions() {
        assertThat(RULEBOOK.facts())
                .containsEntry("product.type", "product_types")
                .containsEntry("use.routes", "routes")
                .containsEntry("product.systemic_effect", "boolean")
                .containsEntry("product.depends_on_metabolic_activity", "boolean")
                .containsEntry("product.donor_relative", "boolean")
                .containsEntry("use.same_surgical_procedure", "boolean")
                .containsEntry("use.reproductive", "boolean")
                .containsEntry("classification", "free");
        RULEBOOK.facts().values().stream()
                .filter(kind -> !kind.equals("boolean") && !kind.equals("free"))
                .forEach(list -> assertThat(RULEBOOK.codes(list)).isNotEmpty());
    }

    @Test
    void the_lists_cannot_be_changed_by_a_caller() {
        List<String> types = RULEBOOK.codes("product_types");
        assertThatThrownBy(() -> types.add("plasma")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> RULEBOOK.codes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_unknown_list_is_a_stable_error_that_names_the_lists() {
        assertThatThrownBy(() -> RULEBOOK.codes("colours"))
                .isInstanceOf(RulebookException.class)
                .satisfies(e -> assertThat(((RulebookException) e).code()).isEqualTo("EXO-2007"))
                .hasMessageContaining("colours")
                .hasMessageContaining("product_types");
    }
}
