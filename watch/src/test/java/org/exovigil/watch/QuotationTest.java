package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationTest {

    private static String around(String text, String match) {
        int start = text.indexOf(match);
        return Quotation.around(text, start, start + match.length());
    }

    @Test
    void aKoreanMatchInsideAnEojeolIsQuotedWithItsWholeSentence() {
        String text = "피부 재생에 효과가 있습니다. 1회 1,200,000원.";

        assertThat(around(text, "효과가 있")).isEqualTo("피부 재생에 효과가 있습니다.");
    }

    @Test
    void aQuotationStaysWithinItsLine() {
        String text = "줄기세포 엑소좀 정맥주사\n부작용이 없는 안전한 시술입니다.\n서울특별시 강남구";

        assertThat(around(text, "부작용이 없")).isEqualTo("부작용이 없는 안전한 시술입니다.");
    }

    @Test
    void aLongSentenceIsCutBetweenWordsWithAnEllipsisOnEachSideItGoesOn() {
        String words = "word ".repeat(60);
        String text = words + "exosomes cure everything " + words + "end.";

        String quoted = around(text, "exosom");

        assertThat(quoted).startsWith("…word").endsWith("word…").contains("exosomes cure everything");
        assertThat(quoted.length()).isLessThanOrEqualTo(Quotation.MAX + 2);
    }

    @Test
    void japaneseAndThaiAreCutAtDictionaryWordsNotMidWord() {
        String japanese = "当院の治療は".repeat(30) + "安全性が高く、" + "効果的です".repeat(30);
        String quoted = around(japanese, "安全性が高");

        assertThat(quoted).contains("安全性が高く").hasSizeLessThanOrEqualTo(Quotation.MAX + 2);
        String thai = "การรักษา".repeat(40) + "ปลอดภัย" + "การรักษา".repeat(40);
        // การรักษา is two dictionary words, การ and รักษา: either may open or close the quotation.
        assertThat(around(thai, "ปลอดภัย")).matches("…(การ|รักษา).*ปลอดภัย.*(การ|รักษา)…");
    }

    @Test
    void aMatchAtTheVeryStartOrEndOfThePageIsQuoted() {
        assertThat(around("exosomes", "exo")).isEqualTo("exosomes");
        assertThat(around("safe", "safe")).isEqualTo("safe");
        assertThat(Quotation.around("", 0, 0)).isEmpty();
    }

    @Test
    void aMatchLongerThanTheLimitIsQuotedWhole() {
        String long_ = "x".repeat(Quotation.MAX * 2);
        String text = "before " + long_ + " after and more words.";

        assertThat(around(text, long_)).contains(long_);
    }

    @Test
    void aHugePageIsSegmentedOnlyAroundTheMatch() {
        String text = "Lorem ipsum dolor. ".repeat(200_000) + "Exosomes are safe." + " Lorem ipsum.".repeat(200_000);

        long began = System.nanoTime();
        assertThat(around(text, "safe")).isEqualTo("Exosomes are safe.");
        assertThat(System.nanoTime() - began).isLessThan(1_000_000_000L);
    }
}
