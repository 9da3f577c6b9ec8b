package org.exovigil.app.plans;

import java.util.List;
import org.exovigil.app.portal.Vocabulary;
import org.exovigil.rulebook.Rulebook;

/** The codes a plan's forms offer: the shared vocabulary's product types and routes, the rulebook's indications and sources. */
record PlanChoices(List<String> productTypes, List<String> routes, List<String> indications, List<String> sources) {

    static PlanChoices from(Rulebook rulebook) {
        return new PlanChoices(
                Vocabulary.PRODUCT_TYPES, Vocabulary.ROUTES, rulebook.codes("indications"), rulebook.codes("sources"));
    }
}
