package org.exovigil.vigilance.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermSuggesterTest {

    private static final TermSuggester SUGGESTER =
            TermSuggester.over(EventVocabulary.bundled().designations());

    private static String top(String verbatim) {
        List<Suggestion> suggestions = SUGGESTER.suggest(verbatim, 5);
        assertThat(suggestions).as(verbatim).isNotEmpty();
        return suggestions.getFirst().code();
    }

    @Test
    void feverInEnglishJapaneseAndFaersCapitalsIsOneConcept() {
        assertThat(top("fever")).isEqualTo("EXO:pyrexia");
        assertThat(top("発熱")).isEqualTo("EXO:pyrexia");
        assertThat(top("PYREXIA")).isEqualTo("EXO:pyrexia");
        assertThat(top("熱が出た")).isEqualTo("EXO:pyrexia");
        assertThat(SUGGESTER.suggest("fever", 1).getFirst().score()).isEqualTo(1.0);
    }

    @Test
    void emptyTextSuggestsNothing() {
        assertThat(SUGGESTER.suggest("", 5)).isEmpty();
        assertThat(SUGGESTER.suggest(null, 5)).isEmpty();
        assertThat(SUGGESTER.suggest("fever", 0)).isEmpty();
    }
}
