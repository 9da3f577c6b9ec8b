package org.exovigil.vigilance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.Sex;
import org.junit.jupiter.api.Test;

class CaseFactsTest {

    static final LocalDate ONSET = LocalDate.of(2025, 3, 2);
    static final LocalDate GIVEN = LocalDate.of(2025, 3, 1);

    @Test
    void theSameNameTypedTwoWaysIsOneValue() {
        assertThat(Normalised.of("Exosome  Serum")).isEqualTo(Normalised.of("exosome serum"));
        assertThat(Normalised.of(" EXOSOME\tSERUM\n")).isEqualTo("exosome serum");
        assertThat(Normalised.of("Exosome\u00A0Serum")).isEqualTo("exosome serum"); // no-break space
        assertThat(Normalised.of("Ｅｘｏｓｏｍｅ\u3000Ｓｅｒｕｍ")).isEqualTo("exosome serum"); // full width, ideographic space
        assertThat(Normalised.of("ﬁbrosis")).isEqualTo("fibrosis"); // ligature
        assertThat(Normalised.of("Straße")).isEqualTo(Normalised.of("STRASSE")); // full case folding
        assertThat(Normalised.of("ｴｸｿｿｰﾑ")).isEqualTo("エクソソーム"); // half-width katakana
    }

    @Test
    void blankTextIsNoValue() {
        assertThat(Normalised.of(null)).isNull();
        assertThat(Normalised.of(" \u3000\t")).isNull();
    }

    @Test
    void aMistypedNameStaysAnotherValue() {
        assertThat(Normalised.of("Exosome Serun")).isNotEqualTo(Normalised.of("Exosome Serum"));
    }

    @Test
    void factsAreReadFromTheReport() {
        CaseFacts facts = TestReport.report("CLINIC-17")
                .worldwideId("JP-MHLW-2025-0001")
                .age(52)
                .sex(Sex.FEMALE)
                .country("jp")
                .coded("Headache", "10019211", ONSET)
                .reaction("  Injection-site   SWELLING ", ONSET.plusDays(1))
                .product("Exosome  Serum", "LOT-7", "Tokyo Clinic", GIVEN)
                .product(ProductRole.NOT_ADMINISTERED, "Placebo Gel")
                .reporter("Dr Aiko Sato", "Tokyo Clinic", null)
                .facts("case-1");

        assertThat(facts.ageYears()).isEqualTo(52);
        assertThat(facts.sex()).isEqualTo(Sex.FEMALE);
        assertThat(facts.onset()).isEqualTo(ONSET);
        assertThat(facts.dates()).containsExactly(GIVEN, ONSET, ONSET.plusDays(1), LocalDate.of(2025, 3, 10));
        assertThat(facts.events()).containsExactly("injection-site swelling", "meddra:10019211");
        assertThat(facts.products()).containsExactly("exosome serum");
        assertThat(facts.lots()).containsExactly("lot-7");
        assertThat(facts.providers()).containsExactly("tokyo clinic");
        assertThat(facts.reporter()).isEqualTo("dr aiko sato");
        assertThat(facts.country()).isEqualTo("JP");
        assertThat(facts.ownIds()).containsExactly("CLINIC-17", "JP-MHLW-2025-0001", "case-1");
        assertThat(facts.referencedIds()).isEmpty();
        assertThat(facts.receivedOn()).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void withoutANameTheReporterIsTheOrganisation() {
        CaseFacts facts = TestReport.report("S-1")
                .reporter(null, "Osaka  Wellness Clinic", null)
                .facts("c");

        assertThat(facts.reporter()).isEqualTo("osaka wellness clinic");
    }

    @Test
    void anUnknownSexIsABlank() {
        assertThat(TestReport.report("S-1").sex(Sex.UNKNOWN).facts("c").sex()).isNull();
    }

    @Test
    void referencedIdsAreAddedAndOwnIdsAreNotReferences() {
        CaseFacts facts = TestReport.report("S-1").facts("c").withReferencedIds(List.of(" S-0 ", "S-1", "c"));

        assertThat(facts.referencedIds()).containsExactly("S-0");
        assertThat(facts.withReferencedIds(List.of("S-9")).referencedIds()).containsExactly("S-0", "S-9");
    }
}
