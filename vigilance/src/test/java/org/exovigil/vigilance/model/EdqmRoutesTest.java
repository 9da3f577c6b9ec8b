package org.exovigil.vigilance.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EdqmRoutesTest {

    @Test
    void everyRouteOfTheVocabularyIsInTheListAndCodesGoBothWays() {
        for (Route route : Route.values()) {
            EdqmRoutes.codeOf(route)
                    .ifPresent(code -> assertThat(EdqmRoutes.routeOf(code)).contains(route));
        }
        assertThat(EdqmRoutes.codeOf(Route.IV)).contains("20045000");
        assertThat(EdqmRoutes.codeOf(Route.MICRONEEDLING)).isEmpty();
        assertThat(EdqmRoutes.routeOf("20053000"))
                .as("oral use, none of the vocabulary's")
                .isEmpty();
    }
}
