package org.exovigil.watch;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The words around a piece of evidence, for a reader: the evidence's span widened to whole words, then to
 * its sentence, or, where the sentence is longer than {@link #MAX} characters, to as many whole words on
 * either side as fit, with "…" where the sentence goes on. The evidence itself (extract.md) stays the
 * matched text, which may begin or end inside a word: 안전 in 안전합니다, exosom in exosomes.
 *
 * <p>Words and sentences are ICU4J's (Unicode UAX #29 boundaries, with ICU's dictionaries for scripts
 * written without spaces: Chinese and Japanese, Thai, Lao, Khmer, Burmese). Korean puts spaces between
 * its eojeol, so a Korean word here is a whole eojeol (안전합니다), never a syllable of it.
 */
final class Quotation {

    /** About two lines of text: enough to read a claim in its own words, short enough to list a few. */
    static final int MAX = 160;

    static final String ELLIPSIS = "…";

    /** How much text around the span is segmented; wider than {@link #MAX}, so its edges are never reached. */
    private static final int WINDOW = 2 * MAX;

    private Quotation() {}

    /** The quotation of {@code text[start, end)}. */
    static String around(String text, int start, int end) {
        int from = Math.max(0, start - WINDOW);
        int to = Math.min(text.length(), end + WINDOW);
        String window = text.substring(from, to);
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(window);
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ROOT);
        sentences.setText(window);

        int left = boundaryAtOrBefore(words, start - from);
        int right = boundaryAtOrAfter(words, end - from);
        int sentenceStart = boundaryAtOrBefore(sentences, left);
        int sentenceEnd = boundaryAtOrAfter(sentences, right);
        if (sentenceEnd - sentenceStart <= MAX) {
            return window.substring(sentenceStart, sentenceEnd).strip();
        }
        boolean widened = true;
        while (widened) {
            widened = false;
            int before = left > sentenceStart ? words.preceding(left) : BreakIterator.DONE;
            if (before != BreakIterator.DONE && before >= sentenceStart && right - before <= MAX) {
                left = before;
                widened = true;
            }
            int after = right < sentenceEnd ? words.following(right) : BreakIterator.DONE;
            if (after != BreakIterator.DONE && after <= sentenceEnd && after - left <= MAX) {
                right = after;
                widened = true;
            }
        }
        String quoted = window.substring(left, right).strip();
        String head = window.substring(sentenceStart, left).isBlank() ? "" : ELLIPSIS;
        String tail = window.substring(right, sentenceEnd).isBlank() ? "" : ELLIPSIS;
        return head + quoted + tail;
    }

    private static int boundaryAtOrBefore(BreakIterator boundaries, int offset) {
        return boundaries.isBoundary(offset) ? offset : boundaries.preceding(offset);
    }

    private static int boundaryAtOrAfter(BreakIterator boundaries, int offset) {
        return boundaries.isBoundary(offset) ? offset : boundaries.following(offset);
    }
}
