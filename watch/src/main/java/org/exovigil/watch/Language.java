package org.exovigil.watch;

import static com.github.pemistahl.lingua.api.Language.ARABIC;
import static com.github.pemistahl.lingua.api.Language.BOKMAL;
import static com.github.pemistahl.lingua.api.Language.BULGARIAN;
import static com.github.pemistahl.lingua.api.Language.CATALAN;
import static com.github.pemistahl.lingua.api.Language.CROATIAN;
import static com.github.pemistahl.lingua.api.Language.CZECH;
import static com.github.pemistahl.lingua.api.Language.DANISH;
import static com.github.pemistahl.lingua.api.Language.DUTCH;
import static com.github.pemistahl.lingua.api.Language.ENGLISH;
import static com.github.pemistahl.lingua.api.Language.FINNISH;
import static com.github.pemistahl.lingua.api.Language.FRENCH;
import static com.github.pemistahl.lingua.api.Language.GERMAN;
import static com.github.pemistahl.lingua.api.Language.GREEK;
import static com.github.pemistahl.lingua.api.Language.HEBREW;
import static com.github.pemistahl.lingua.api.Language.HINDI;
import static com.github.pemistahl.lingua.api.Language.HUNGARIAN;
import static com.github.pemistahl.lingua.api.Language.INDONESIAN;
import static com.github.pemistahl.lingua.api.Language.ITALIAN;
import static com.github.pemistahl.lingua.api.Language.MALAY;
import static com.github.pemistahl.lingua.api.Language.PERSIAN;
import static com.github.pemistahl.lingua.api.Language.POLISH;
import static com.github.pemistahl.lingua.api.Language.PORTUGUESE;
import static com.github.pemistahl.lingua.api.Language.ROMANIAN;
import static com.github.pemistahl.lingua.api.Language.RUSSIAN;
import static com.github.pemistahl.lingua.api.Language.SLOVAK;
import static com.github.pemistahl.lingua.api.Language.SLOVENE;
import static com.github.pemistahl.lingua.api.Language.SPANISH;
import static com.github.pemistahl.lingua.api.Language.SWEDISH;
import static com.github.pemistahl.lingua.api.Language.TAGALOG;
import static com.github.pemistahl.lingua.api.Language.THAI;
import static com.github.pemistahl.lingua.api.Language.TURKISH;
import static com.github.pemistahl.lingua.api.Language.UKRAINIAN;
import static com.github.pemistahl.lingua.api.Language.VIETNAMESE;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The language of a page. Kana, Hangul and Han are told by counting scripts, which is decisive for
 * Japanese, Korean and Chinese and also tells simplified from traditional Chinese (CN vs TW, 元 as CNY
 * vs TWD); so are Thai, Greek, Hebrew and Devanagari, each written by one language of the markets.
 * Every other page goes to lingua (Stahl, github.com/pemistahl/lingua), given only the letters of
 * the page's main script; its character n-gram models tell close languages apart (Catalan/Spanish,
 * Slovak/Czech, Indonesian/Malay) where counting function words does not. It is restricted to the
 * languages of the markets the surveys cover, so that a short clinic page is not read as a language no
 * clinic writes in.
 *
 * @param code   ISO 639-1 code, as extract.md asks
 * @param script for Chinese, {@code Hans} or {@code Hant}; else null
 */
record Language(String code, String script) {

    /** Enough text for lingua to decide; more only costs time. */
    private static final int SAMPLE = 3_000;

    /**
     * Low-accuracy mode (trigrams only) keeps the models at a few megabytes and detection under a
     * millisecond a page; on texts of a paragraph or more it is as accurate as the full models.
     */
    private static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
                    ENGLISH,
                    SPANISH,
                    CATALAN,
                    PORTUGUESE,
                    FRENCH,
                    ITALIAN,
                    GERMAN,
                    DUTCH,
                    SWEDISH,
                    DANISH,
                    BOKMAL,
                    FINNISH,
                    POLISH,
                    CZECH,
                    SLOVAK,
                    SLOVENE,
                    CROATIAN,
                    HUNGARIAN,
                    ROMANIAN,
                    TURKISH,
                    VIETNAMESE,
                    INDONESIAN,
                    MALAY,
                    TAGALOG,
                    RUSSIAN,
                    UKRAINIAN,
                    BULGARIAN,
                    GREEK,
                    ARABIC,
                    PERSIAN,
                    HEBREW,
                    HINDI,
                    THAI)
            .withLowAccuracyMode()
            .build();

    /** Characters whose simplified and traditional forms differ; the side with more of them wins. */
    private static final String SIMPLIFIED = "这们来个为发说时会后细疗体医药术价肤龄颜护们对过还进现与关几让给带样经门问题东见话动点长开产应实种国际专业务币银";

    private static final String TRADITIONAL = "這們來個為發說時會後細療體醫藥術價膚齡顏護對過還進現與關幾讓給帶樣經門問題東見話動點長開產應實種國際專業務幣銀";

    static Language detect(String folded) {
        String sample = withoutAddressLine(folded);
        sample = sample.substring(0, Math.min(sample.length(), SAMPLE));
        var scripts = new EnumMap<Character.UnicodeScript, Integer>(Character.UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c) || c == 'ー') {
                letters++;
                scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        int kana = scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
                + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        int han = scripts.getOrDefault(Character.UnicodeScript.HAN, 0);
        int hangul = scripts.getOrDefault(Character.UnicodeScript.HANGUL, 0);
        int eastAsian = kana + han + hangul;
        // One East Asian character carries about a word, a Latin letter a fifth of one.
        if (eastAsian > 0 && eastAsian * 3 >= letters - eastAsian) {
            if (hangul >= kana && hangul >= han / 2) {
                return new Language("ko", null);
            }
            if (kana * 10 >= han || kana > 50) {
                return new Language("ja", null);
            }
            return new Language("zh", chineseScript(sample));
        }
        for (var script : ONE_LANGUAGE_SCRIPTS.entrySet()) {
            // A third of the letters is the page's own script: English pages quote no Thai.
            if (scripts.getOrDefault(script.getKey(), 0) * 3 >= letters && letters > 0) {
                return new Language(script.getValue(), null);
            }
        }
        var main = scripts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(Character.UnicodeScript.LATIN);
        if (main != Character.UnicodeScript.LATIN) {
            sample = onlyScript(sample, main); // borrowed English words would outvote the page's own
        }
        var detected = DETECTOR.detectLanguageOf(sample);
        String code = detected == com.github.pemistahl.lingua.api.Language.UNKNOWN
                ? "en"
                : detected.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        return new Language(code, null);
    }

    /**
     * Scripts that one language of the markets writes, whatever English product words a page mixes in
     * (Thai pages say "Exosomes" in Latin letters between long Thai phrases, which lingua counts as one
     * word each).
     */
    private static final Map<Character.UnicodeScript, String> ONE_LANGUAGE_SCRIPTS = Map.of(
            Character.UnicodeScript.THAI,
            "th",
            Character.UnicodeScript.GREEK,
            "el",
            Character.UnicodeScript.HEBREW,
            "he",
            Character.UnicodeScript.DEVANAGARI,
            "hi");

    private static String onlyScript(String text, Character.UnicodeScript script) {
        var kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            kept.append(!Character.isLetter(c) || Character.UnicodeScript.of(c) == script ? c : ' ');
        }
        return kept.toString();
    }

    /** The {@code URL:} line of a saved page is an address, not language. */
    private static String withoutAddressLine(String folded) {
        if (folded.startsWith("url:")) {
            int end = folded.indexOf('\n');
            return end < 0 ? "" : folded.substring(end + 1);
        }
        return folded;
    }

    private static String chineseScript(String folded) {
        int simplified = 0;
        int traditional = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (SIMPLIFIED.indexOf(c) >= 0) {
                simplified++;
            } else if (TRADITIONAL.indexOf(c) >= 0) {
                traditional++;
            }
        }
        return traditional > simplified ? "Hant" : "Hans";
    }
}
