package org.exovigil.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language of a page, told first by script (kana means Japanese, Hangul Korean, Han alone Chinese,
 * then Cyrillic, Greek, Thai, Arabic, Hebrew) and, for Latin script, by counting each language's
 * commonest function words ({@code languages.tsv}). No statistical model: clinic pages are long enough
 * that these two signals decide, and the method needs no download.
 *
 * @param code   ISO 639-1 code, as extract.md asks
 * @param script for Chinese, {@code Hans} or {@code Hant}; else null
 */
record Language(String code, String script) {

    private static final Map<String, Set<String>> FUNCTION_WORDS = loadFunctionWords();
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}']+");

    /** Characters whose simplified and traditional forms differ; the side with more of them wins. */
    private static final String SIMPLIFIED = "这们来个为发说时会后细疗体医药术价肤龄颜护们对过还进现与关几让给带样经门问题东见话动点长开产应实种国际专业务币银";
    private static final String TRADITIONAL = "這們來個為發說時會後細療體醫藥術價膚齡顏護對過還進現與關幾讓給帶樣經門問題東見話動點長開產應實種國際專業務幣銀";

    static Language detect(String folded) {
        var scripts = new int[Script.values().length];
        int sampled = 0;
        for (int i = 0; i < folded.length() && sampled < 20_000; i++) {
            Script script = Script.of(folded.charAt(i));
            if (script != null) {
                scripts[script.ordinal()]++;
                sampled++;
            }
        }
        return fromScripts(scripts, folded);
    }

    private static Language fromScripts(int[] counts, String folded) {
        int kana = counts[Script.KANA.ordinal()];
        int han = counts[Script.HAN.ordinal()];
        int hangul = counts[Script.HANGUL.ordinal()];
        int latin = counts[Script.LATIN.ordinal()];
        int eastAsian = kana + han + hangul;
        // One East Asian character carries about a word, a Latin letter a fifth of one.
        if (eastAsian * 3 >= latin && eastAsian > 0) {
            if (hangul >= kana && hangul >= han / 2) {
                return new Language("ko", null);
            }
            if (kana * 10 >= han || kana > 50) {
                return new Language("ja", null);
            }
            return new Language("zh", chineseScript(folded));
        }
        Script top = Script.LATIN;
        for (Script script : Script.values()) {
            if (counts[script.ordinal()] > counts[top.ordinal()]) {
                top = script;
            }
        }
        return switch (top) {
            case CYRILLIC -> new Language(folded.matches("(?s).*[іїєґ].*") ? "uk" : "ru", null);
            case GREEK -> new Language("el", null);
            case THAI -> new Language("th", null);
            case ARABIC -> new Language("ar", null);
            case HEBREW -> new Language("he", null);
            default -> new Language(latinLanguage(folded), null);
        };
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

    private static String latinLanguage(String folded) {
        var votes = new HashMap<String, Integer>();
        int words = 0;
        for (String word : NON_LETTERS.split(folded)) {
            if (++words > 5_000) {
                break;
            }
            for (var entry : FUNCTION_WORDS.entrySet()) {
                if (entry.getValue().contains(word)) {
                    votes.merge(entry.getKey(), 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("en");
    }

    private static Map<String, Set<String>> loadFunctionWords() {
        var words = new LinkedHashMap<String, Set<String>>();
        try (var in = Language.class.getResourceAsStream("terms/languages.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] columns = line.split("\t");
                words.put(columns[0].strip(), Set.of(columns[1].strip().split("\\s+")));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private enum Script {
        KANA, HAN, HANGUL, LATIN, CYRILLIC, GREEK, THAI, ARABIC, HEBREW;

        static Script of(char c) {
            Character.UnicodeScript script;
            if (c < 0x80) {
                return Character.isLetter(c) ? LATIN : null;
            }
            if (!Character.isLetter(c) && c != 'ー') {
                return null;
            }
            script = Character.UnicodeScript.of(c);
            return switch (script) {
                case HIRAGANA, KATAKANA -> KANA;
                case HAN -> HAN;
                case HANGUL -> HANGUL;
                case LATIN -> LATIN;
                case CYRILLIC -> CYRILLIC;
                case GREEK -> GREEK;
                case THAI -> THAI;
                case ARABIC -> ARABIC;
                case HEBREW -> HEBREW;
                default -> null;
            };
        }
    }
}
