package org.exovigil.app.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.exovigil.vigilance.terminology.EventVocabulary;
import org.junit.jupiter.api.Test;

/** A reporter reads their reactions back in lay words or their own, never as a code. */
class LayTermsTest {

    private static final UUID CASE = UUID.randomUUID();

    @Test
    void aConfirmedCodeShowsTheConceptsLayTermInTheReadersLanguage() {
        var codes = Map.of(0, code(0, "fever", "EXO:pyrexia", ReactionCode.Status.CONFIRMED));
        assertThat(LayTerms.of(java.util.List.of("fever"), codes, EventVocabulary.bundled(), Locale.ENGLISH))
                .containsExactly("high temperature");
        assertThat(LayTerms.of(java.util.List.of("fever"), codes, EventVocabulary.bundled(), Locale.JAPANESE))
                .containsExactly("熱が出た");
    }

    @Test
    void aSuggestionAnUncodedReactionOrAFollowUpsNewWordsShowTheReportersOwnWords() {
        var codes = Map.of(
                0, code(0, "fever", "EXO:pyrexia", ReactionCode.Status.SUGGESTED),
                1, code(1, "old words", "EXO:headache", ReactionCode.Status.CONFIRMED));
        assertThat(LayTerms.of(
                        Arrays.asList("fever", "頭がずきずきする", "はきけ"), codes, EventVocabulary.bundled(), Locale.JAPANESE))
                .containsExactly("fever", "頭がずきずきする", "はきけ");
    }

    @Test
    void aMeddraCodeWithoutAConceptNeverShowsItsCodeOrName() {
        var meddraOnly = new ReactionCode(
                CASE,
                0,
                "glimmer",
                null,
                "Pyrexia",
                "90.1",
                83_000_001L,
                82_000_001L,
                null,
                ReactionCode.Status.CONFIRMED,
                "r",
                Instant.now());
        var lines = LayTerms.of(
                java.util.List.of("glimmer"), Map.of(0, meddraOnly), EventVocabulary.bundled(), Locale.ENGLISH);
        assertThat(lines).containsExactly("glimmer");
        assertThat(String.join(" ", lines)).doesNotContainPattern("\\d{8}");
    }

    @Test
    void aReactionSentOnlyAsACodeIsLeftOut() {
        assertThat(LayTerms.of(Arrays.asList(null, "rash"), Map.of(), EventVocabulary.bundled(), Locale.ENGLISH))
                .containsExactly("rash");
    }

    private static ReactionCode code(int reaction, String verbatim, String concept, ReactionCode.Status status) {
        return new ReactionCode(
                CASE, reaction, verbatim, concept, null, null, null, null, 0.9, status, null, Instant.now());
    }
}
