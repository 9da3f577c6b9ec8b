package org.exovigil.app.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The form's plain words become an offering in which silence stays unknown. */
class TreatmentDescriptionTest {

    private static final List<String> AUTHORIZATION_TYPES =
            org.exovigil.rulebook.Rulebook.load().codes("authorization_types");

    private static TreatmentDescription described(
            List<String> claims, Boolean noClaims, List<String> authorizations, Boolean noAuthorizations) {
        return new TreatmentDescription(
                "JP",
                null,
                " ",
                "culture_supernatant",
                "",
                "allogeneic",
                null,
                "clinic_commercial",
                List.of("iv"),
                null,
                "physician",
                claims,
                noClaims,
                authorizations,
                noAuthorizations);
    }

    @Test
    void nothingTickedIsUnknownNotNone() {
        var offering = described(null, null, List.of(), null).toOffering(AUTHORIZATION_TYPES);

        assertThat(offering.claims()).isNull();
        assertThat(offering.authorizations()).isNull();
        assertThat(offering.use().indications()).isNull();
        assertThat(offering.product().source()).isNull();
        assertThat(offering.product().name()).isNull();
    }

    @Test
    void noneOfTheseSaysNoneAndATickedCodeWinsOverIt() {
        var none = described(null, true, null, true).toOffering(AUTHORIZATION_TYPES);
        assertThat(none.claims()).isEmpty();
        assertThat(none.authorizations()).isEmpty();

        var ticked =
                described(List.of("price"), true, List.of("ASRM_PLAN"), true).toOffering(AUTHORIZATION_TYPES);
        assertThat(ticked.claims()).containsExactly("price");
        assertThat(ticked.authorizations()).singleElement().satisfies(held -> {
            assertThat(held.type()).isEqualTo("ASRM_PLAN");
            assertThat(held.status()).isEqualTo("active");
        });
    }

    @Test
    void aCodeOutsideTheVocabularyIsDroppedToUnknown() {
        var offering = new TreatmentDescription(
                        "US",
                        null,
                        null,
                        "magic",
                        null,
                        null,
                        null,
                        null,
                        List.of("iv", "osmosis"),
                        null,
                        null,
                        List.of("<script>"),
                        null,
                        List.of("FAKE"),
                        null)
                .toOffering(AUTHORIZATION_TYPES);

        assertThat(offering.product().type()).isNull();
        assertThat(offering.use().routes()).containsExactly("iv");
        assertThat(offering.claims()).isNull();
        assertThat(offering.authorizations()).isNull();
    }
}
