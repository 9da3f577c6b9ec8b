package org.exovigil.app.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.exovigil.vigilance.terminology.EventVocabulary;
import org.junit.jupiter.api.Test;

class CodingTerminologyTest {

    private static final CodingTerminology VOCABULARY = CodingTerminology.of(EventVocabulary.bundled());
    private static final CodingTerminology MEDDRA =
            CodingTerminology.of(InventedMeddra.version91(), EventVocabulary.bundled());

    @Test
    void withoutMeddraFeverInEitherLanguageIsTheOpenVocabularysConcept() {
        assertThat(VOCABULARY.meddraVersion()).isEmpty();
        for (String verbatim : new String[] {"fever", "発熱", "PYREXIA", "high fever since the infusion"}) {
            var best = VOCABULARY.suggest(verbatim, 1);
            assertThat(best).as(verbatim).hasSize(1);
            assertThat(best.getFirst().code()).isEqualTo("EXO:pyrexia");
            assertThat(best.getFirst().lltCode()).isNull();
            assertThat(best.getFirst().ptName()).isEqualTo("Pyrexia");
            assertThat(best.getFirst().score()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void withMeddraTheCodeIsAnLltFoundByItsNameInEitherLanguageOrByTheVocabularysNames() {
        assertThat(MEDDRA.meddraVersion()).contains("90.1");
        var byLlt = MEDDRA.suggest("glimmer fever", 1).getFirst();
        assertThat(byLlt.lltCode()).isEqualTo(InventedMeddra.LLT_GLIMMER_FEVER);
        assertThat(byLlt.ptCode()).isEqualTo(InventedMeddra.PT_PYREXIA);
        assertThat(byLlt.meddraVersion()).isEqualTo("90.1");
        assertThat(MEDDRA.suggest("きらめき熱", 1).getFirst().lltCode()).isEqualTo(InventedMeddra.LLT_GLIMMER_FEVER);
        // "熱が出た" is only in the open vocabulary: it leads to the LLT of the concept's PT, with the concept kept.
        var byConcept = MEDDRA.suggest("熱が出た", 1).getFirst();
        assertThat(byConcept.lltCode()).isEqualTo(InventedMeddra.PT_PYREXIA);
        assertThat(byConcept.conceptId()).isEqualTo("EXO:pyrexia");
        assertThat(byConcept.name(Locale.JAPANESE)).isEqualTo("発熱（作）");
    }

    @Test
    void suggestionsAreEachCodeOnceBestFirstAndNeverANonCurrentLlt() {
        var top = MEDDRA.suggest("fever headache wobbly head pain", CodingTerminology.TOP);
        assertThat(top).extracting(CodingTerminology.Term::code).doesNotHaveDuplicates();
        assertThat(top).extracting(CodingTerminology.Term::lltCode).doesNotContain(InventedMeddra.LLT_OLD_HEADACHE);
        assertThat(top).extracting(CodingTerminology.Term::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aCodeIsLookedUpWhateverItsShapeAndUnknownOnesAreEmpty() {
        assertThat(MEDDRA.term(" " + InventedMeddra.LLT_OLD_HEADACHE + " ")).hasValueSatisfying(t -> {
            assertThat(t.current()).isFalse();
            assertThat(t.ptName()).isEqualTo("Headache");
        });
        assertThat(MEDDRA.term("EXO:pyrexia")).isEmpty();
        assertThat(MEDDRA.term("99999999999999999999")).isEmpty();
        assertThat(VOCABULARY.term("EXO:pyrexia")).isPresent();
        assertThat(VOCABULARY.term("12345")).isEmpty();
        assertThat(VOCABULARY.term(null)).isEmpty();
    }

    @Test
    void blankOrHugeOrHostileWordsSuggestNothingOrSomethingButNeverFail() {
        assertThat(VOCABULARY.suggest(null, 5)).isEmpty();
        assertThat(VOCABULARY.suggest("   ", 5)).isEmpty();
        assertThat(VOCABULARY.suggest("<script>alert(1)</script>'; drop table x;--", 5))
                .allSatisfy(t -> assertThat(t.score()).isBetween(0.0, 1.0));
        assertThat(VOCABULARY.suggest("fever ".repeat(10_000), 5)).isNotEmpty();
    }
}
