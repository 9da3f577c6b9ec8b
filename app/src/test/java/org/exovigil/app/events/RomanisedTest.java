package org.exovigil.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names match across scripts by their Latin readings: kanji read through IPADIC, kana by rule. */
class RomanisedTest {

    @Test
    void kanjiPlaceNamesAreReadFromTheDictionary() {
        assertThat(Romanised.of("函館")).isEqualTo("hakodate");
        assertThat(Romanised.of("札幌")).isEqualTo("sapporo");
        assertThat(Romanised.of("東京")).isEqualTo("tokyo");
    }

    @Test
    void kanaLatinAndFullWidthLettersAllEndInLowerCaseAscii() {
        assertThat(Romanised.of("クリニック")).isEqualTo("kurinikku");
        assertThat(Romanised.of("Ｈａｋｏｄａｔｅ Clinic")).isEqualTo("hakodateclinic");
        assertThat(Romanised.of("  ")).isEmpty();
        assertThat(Romanised.of(null)).isEmpty();
    }

    @Test
    void aRomanisedPlaceProposesAClinicRegisteredInJapaneseAndTheReverse() {
        assertThat(EventCandidates.names("Hakodate", "函館再生クリニック")).isTrue();
        assertThat(EventCandidates.names("函館", "Hakodate Saisei Clinic")).isTrue();
        assertThat(EventCandidates.names("Hakodate", "函館市")).isTrue();
        assertThat(EventCandidates.names("Tokyo", "東京美容クリニック")).isTrue();
    }

    @Test
    void otherPlacesAndSingleSyllablesDoNotMatch() {
        assertThat(EventCandidates.names("Sapporo", "函館再生クリニック")).isFalse();
        assertThat(EventCandidates.names("ha", "函館")).isFalse();
        assertThat(EventCandidates.names("函", "Hakodate")).isFalse();
        assertThat(Romanised.isJapanese("Hakodate")).isFalse();
        assertThat(Romanised.isJapanese("函館")).isTrue();
    }
}
