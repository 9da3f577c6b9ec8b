package org.exovigil.app.events;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A name written in Latin letters, so that a rumour saying "Hakodate" finds a clinic registered as 函館再生クリニック, and
 * a notice saying 札幌 finds "Sapporo Skin Clinic".
 *
 * <p>Kana can be romanised by rule, kanji cannot: that 函館 reads ハコダテ is a fact of the lexicon, not of its
 * characters. So the text goes first through Lucene's Kuromoji tokenizer, whose IPADIC dictionary gives each word's
 * katakana reading (a word it does not know, or Latin text, keeps its surface). ICU's transforms then write the
 * katakana in Latin (Katakana-Latin, a Hepburn-like romanisation), drop the macrons (Latin-ASCII) and lower-case it.
 * Long vowels are folded last (ou, oo, uu to one vowel), since romanised names drop them: IPADIC reads 東京 トウキョウ,
 * "toukyou", which the world writes Tokyo. Spaces and punctuation go, because Japanese writes names without spaces.
 */
final class Romanised {

    private static final ThreadLocal<Transliterator> LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Katakana-Latin; Latin-ASCII; Lower"));

    /** The register's names are romanised again for every event: kept, up to a bound. */
    private static final Cache<String, String> SEEN =
            Caffeine.newBuilder().maximumSize(20_000).build();

    private Romanised() {}

    static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        return SEEN.get(name, Romanised::romanise);
    }

    /** Whether the text has a kanji, a hiragana or a katakana. */
    static boolean isJapanese(String text) {
        return text != null
                && text.codePoints().anyMatch(point -> switch (Character.UnicodeScript.of(point)) {
                    case HAN, HIRAGANA, KATAKANA -> true;
                    default -> false;
                });
    }

    private static String romanise(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder readings = new StringBuilder();
        try (var tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                readings.append(reading.getReading() == null ? term.toString() : reading.getReading());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return LATIN.get()
                .transliterate(readings.toString())
                .replaceAll("[^\\p{L}\\p{N}]", "")
                .replace("ou", "o")
                .replace("oo", "o")
                .replace("uu", "u");
    }
}
