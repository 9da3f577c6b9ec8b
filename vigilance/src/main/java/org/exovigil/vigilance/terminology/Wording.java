package org.exovigil.vigilance.terminology;

import com.ibm.icu.text.Normalizer2;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * A text as the suggester compares it. Folding: Unicode NFKC with case folding (ICU's {@code NFKC_Casefold}, UAX #15
 * and Unicode §5.18), so full-width letters, half-width katakana, ligatures and "PYREXIA" meet "pyrexia". English
 * words are split on anything not a letter
 * or digit, British spellings folded to American ones, and stemmed with the Snowball English (Porter2) stemmer
 * (Lucene's copy), so "vomited" meets "vomiting". Japanese is not split: it is matched as substrings and character
 * bigrams. Hiragana and katakana are not folded into each other: a particle in hiragana (が, す) would then meet a
 * loanword in katakana (ガス); variants such as じんましん/蕁麻疹 are listed as designations instead.
 */
final class Wording {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    /** Function words dropped from phrases, so "pain in arm" meets "pain in the arm"; negation cues are kept apart. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "with", "by", "for", "from", "my", "his",
            "her", "their", "its", "is", "was", "were", "be", "been", "has", "had", "have", "this", "that", "as",
            "left", "right", "both");

    /**
     * Cues that negate what follows in the same clause, after NegEx (Chapman WW et al. A simple algorithm for
     * identifying negated findings and diseases in discharge summaries. J Biomed Inform 2001;34:301-310), reduced.
     */
    private static final Set<String> NEGATIONS = Set.of(
            "no",
            "not",
            "denies",
            "denied",
            "deny",
            "without",
            "never",
            "negative",
            "neither",
            "nor",
            "absent",
            "ruled");

    private static final Set<String> CLAUSE_ENDS = Set.of("but", "however", "although", "though", "except");

    /** Japanese negation just after a finding: 熱はない, 発疹なし, 嘔吐を認めず, 発熱は出なかった, 頭が痛くない, 腫脹(-). */
    private static final Pattern JAPANESE_NEGATION =
            Pattern.compile("^[くしかっ]{0,2}[はがもをの]?\\s*(?:ない|無い|なし|無し|なかった|無かった|ありません|ありませんでした|せず|しない|しなかった|"
                    + "認めず|認めない|認めなかった|認められない|認められず|みられない|見られない|みられず|見られず|"
                    + "出ない|出なかった|出ず|出ていない|陰性|否定|\\(-\\)|\\(−\\))");

    /** Verb and adjective endings of lay Japanese: 出た, 出ました, 腫れている, 痛い, 痛く, 痛くて, 張る. */
    private static final Pattern INFLECTION = Pattern.compile("(?:ました|ます|ている|ていた|てる|った|した|です|た|だ|る|い|く|て)$");

    private Wording() {}

    /** One English word of a text: its folded form, stem, place among the content words and clause. */
    record Word(String folded, String stem, int index, int clause, boolean negated) {}

    static String fold(String text) {
        return NFKC_CASEFOLD.normalize(text);
    }

    static boolean isJapanese(int codePoint) {
        if (codePoint == 'ー' || codePoint == '々') {
            return true;
        }
        UnicodeScript script = UnicodeScript.of(codePoint);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }

    static boolean hasJapanese(String text) {
        return text.codePoints().anyMatch(Wording::isJapanese);
    }

    static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u309f';
    }

    /**
     * A Japanese designation as matched: folded, without spaces, one trailing inflection cut (熱が出た → 熱が出, 頭が痛い
     * → 頭が痛), so that 熱が出ました and 頭が痛くて meet it; a word written in hiragana (がん, かゆみ) is kept whole.
     */
    static String japaneseKey(String designation) {
        String folded = fold(designation).replaceAll("\\s+", "");
        String stem = INFLECTION.matcher(folded).replaceFirst("");
        return stem.length() >= 2 ? stem : folded;
    }

    /** Where a key's subject particle (が, を, は, に, も) stands between two parts, or -1: 頭が痛 → 1. */
    static int particle(String key) {
        for (int i = 1; i < key.length() - 1; i++) {
            if ("がをはにも".indexOf(key.charAt(i)) >= 0 && !isHiragana(key.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    /** No sentence or clause mark between from and to: 、 and 。 end a Japanese clause. */
    static boolean oneClause(String folded, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("、。,.!?;:\n".indexOf(folded.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    static boolean negatedAfter(String folded, int end) {
        String next = folded.substring(end, Math.min(folded.length(), end + 14));
        return JAPANESE_NEGATION.matcher(next).find();
    }

    /**
     * The content words of a folded text, stop words dropped; a word is negated when a negation cue precedes it
     * within four words of its clause (punctuation and "but" close a clause).
     */
    static List<Word> words(String folded) {
        EnglishStemmer stemmer = new EnglishStemmer();
        List<Word> words = new ArrayList<>();
        int clause = 0;
        int sinceNegation = Integer.MAX_VALUE;
        int i = 0;
        int n = folded.length();
        while (i < n) {
            int cp = folded.codePointAt(i);
            if (Character.isLetterOrDigit(cp) && !isJapanese(cp)) {
                int start = i;
                while (i < n) {
                    int c = folded.codePointAt(i);
                    if (!Character.isLetterOrDigit(c) || isJapanese(c)) {
                        break;
                    }
                    i += Character.charCount(c);
                }
                String word = folded.substring(start, i);
                if (CLAUSE_ENDS.contains(word)) {
                    clause++;
                    sinceNegation = Integer.MAX_VALUE;
                } else if (NEGATIONS.contains(word)) {
                    sinceNegation = 0;
                } else if (!STOP_WORDS.contains(word)) {
                    sinceNegation = sinceNegation == Integer.MAX_VALUE ? sinceNegation : sinceNegation + 1;
                    words.add(new Word(word, stem(stemmer, word), words.size(), clause, sinceNegation <= 4));
                }
            } else {
                if (cp == '.'
                        || cp == ';'
                        || cp == ':'
                        || cp == '!'
                        || cp == '?'
                        || cp == '\n'
                        || cp == '。'
                        || isJapanese(cp)) {
                    clause++;
                    sinceNegation = Integer.MAX_VALUE;
                }
                i += Character.charCount(cp);
            }
        }
        return words;
    }

    /** British to American spelling (haem-, oedema, diarrhoea, tumour), then the Porter2 stem. */
    static String stem(EnglishStemmer stemmer, String word) {
        String american = word.replace("ae", "e").replace("oe", "e");
        if (american.endsWith("our") && american.length() > 4) {
            american = american.substring(0, american.length() - 3) + "or";
        }
        stemmer.setCurrent(american);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
