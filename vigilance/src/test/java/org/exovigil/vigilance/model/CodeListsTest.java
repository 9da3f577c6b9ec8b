package org.exovigil.vigilance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.exovigil.vigilance.SeededInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The units and languages E2B(R3) codes, held to UCUM and ISO 639-2 themselves. */
class CodeListsTest {

    @ParameterizedTest
    @ValueSource(strings = {"mg", "mL", "mg/dL", "mg/dl", "a", "mo", "wk", "d", "h", "10.a", "1", "{tbl}", "[iU]", "%"})
    void unitsAsFdaExamplesAndTheIgWriteThemAreUcum(String unit) {
        assertThat(UcumUnits.isValid(unit)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "tablet", "milligram", "mg ", "drops", "µg", "mg/", "\u0000"})
    void wordsSymbolsOutsideUcumAndNoiseAreNot(String unit) {
        assertThat(UcumUnits.isValid(unit)).isFalse();
    }

    @Test
    void anyTextIsJudgedWithoutAnException() {
        Random random = new Random(1966);
        for (int i = 0; i < 5_000; i++) {
            String text =
                    SeededInput.anyText(random, 12) + SeededInput.textOf(random, "{}[]()./^*+-0123456789mgLa'", 8);
            assertThatCode(() -> UcumUnits.isValid(text)).as(text).doesNotThrowAnyException();
            assertThatCode(() -> IsoLanguages.isAlpha3(text)).as(text).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"eng", "jpn", "kor", "zho", "chi", "deu", "ger", "fra", "fre", "spa", "haw", "ara"})
    void iso6392TerminologyAndBibliographicCodesAreLanguages(String code) {
        assertThat(IsoLanguages.isAlpha3(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en", "ja", "ENG", "english", "xx", "jp", "zzz"})
    void twoLetterCodesNamesAndUnknownCodesAreNot(String code) {
        assertThat(IsoLanguages.isAlpha3(code)).isFalse();
    }
}
