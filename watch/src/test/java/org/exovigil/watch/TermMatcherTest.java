package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

    private static List<String> matches(String term, String text) {
        var matcher = new TermMatcher(List.of(new Term(Term.Field.PRODUCT, "exosome", term, false, Set.of())));
        return matcher.find(NormalizedText.of(text).folded()).stream()
                .map(h -> NormalizedText.of(text).folded().substring(h.start(), h.end()))
                .toList();
    }

    @Test
    void alphabeticTermsMatchWholeWordsOnly() {
        assertThat(matches("safe", "it is safe.")).containsExactly("safe");
        assertThat(matches("safe", "unsafe and safety")).isEmpty();
    }

    @Test
    void arabicTermsMatchAfterTheConjunctionPrepositionAndArticleWrittenOnto() {
        assertThat(matches("خلايا", "والخلايا")).containsExactly("خلايا");
        assertThat(matches("إكسوزوم", "بالإكسوزوم")).containsExactly("إكسوزوم");
        assertThat(matches("بشرة", "للبشرة")).containsExactly("بشرة");
        assertThat(matches("بشرة", "وللبشرة")).containsExactly("بشرة");
    }

    @Test
    void arabicLettersThatAreNotProcliticsStillMakeAnotherWord() {
        assertThat(matches("بشرة", "تبشرة")).isEmpty();
        assertThat(matches("بشرة", "ببببشرة")).isEmpty();
    }

    @Test
    void ideographsNeedNoBoundary() {
        assertThat(matches("外泌体", "使用外泌体疗程")).containsExactly("外泌体");
    }

    @Test
    void aOneCharacterIdeographMustBeAWordOfItsOwn() {
        assertThat(matches("膝", "膝の痛み")).containsExactly("膝");
        assertThat(matches("膝", "膝関節の治療")).containsExactly("膝");
        assertThat(matches("肺", "心肺機能")).isEmpty();
        assertThat(matches("针", "打针")).isEmpty();
    }

    @Test
    void devanagariVowelSignsAreInsideWordsNotBetweenThem() {
        assertThat(matches("रक्त", "विरक्त")).isEmpty();
        assertThat(matches("रक्त", "रक्त से")).containsExactly("रक्त");
    }
}
