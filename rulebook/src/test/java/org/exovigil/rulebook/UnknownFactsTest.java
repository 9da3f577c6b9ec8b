package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.RULEBOOK;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A missing fact may make a conclusion uncertain but never makes an offering "permitted". */
class UnknownFactsTest {

    private static final List<String> JURISDICTIONS =
            List.of("US", "EU", "GB", "JP", "KR", "TW", "CN", "CA", "AU", "IN", "SG", "MX", "AE", "SA");
    private static final List<String> TYPES = List.of(
            "exosome",
            "extracellular_vesicle",
            "secretome",
            "culture_supernatant",
            "conditioned_media",
            "stem_cell",
            "prp",
            "other");
    private static final List<LocalDate> DATES = List.of(
            LocalDate.of(2019, 6, 1),
            LocalDate.of(2024, 8, 1),
            LocalDate.of(2025, 6, 1),
            LocalDate.of(2026, 6, 1),
            LocalDate.of(2028, 1, 1));

    @Test
    void an_offering_that_names_only_its_product_type_is_never_permitted_anywhere_on_any_date() {
        for (var jurisdiction : JURISDICTIONS) {
            for (var type : TYPES) {
                for (var date : DATES) {
                    var offering = new Offering(
                            jurisdiction,
                            date,
                            new Offering.Product(null, type, null, null, null, null, null, null, null, null, null),
                            null,
                            null,
                            null,
                            null);
                    var a = RULEBOOK.classify(offering);
                    assertThat(a.verdict())
                            .as("%s %s %s", jurisdiction, type, date)
                            .isNotEqualTo(Verdict.PERMITTED);
                }
            }
        }
    }

    @Test
    void an_empty_offering_is_undetermined_and_says_what_is_missing() {
        for (var jurisdiction : JURISDICTIONS) {
            var a = RULEBOOK.classify(
                    new Offering(jurisdiction, LocalDate.of(2025, 6, 1), null, null, null, null, null));
            assertThat(a.verdict()).as(jurisdiction).isIn(Verdict.UNDETERMINED, Verdict.PERMITTED_IF);
        }
    }
}
