package org.exovigil.watch;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The page text folded for matching: NFKC (full-width digits and letters, half-width katakana and
 * compatibility symbols become their ordinary forms), lower case, every dash as a space, and runs of
 * spaces as one space, one line break, or one blank line where the text has one (a paragraph ends). Each folded character remembers the span of the original
 * character it came from, so a match in folded text becomes an evidence span in the page text.
 */
final class NormalizedText {

    private final String folded;
    private final int[] originStart;
    private final int[] originEnd;

    private NormalizedText(String folded, int[] originStart, int[] originEnd) {
        this.folded = folded;
        this.originStart = originStart;
        this.originEnd = originEnd;
    }

    static NormalizedText of(String text) {
        var out = new StringBuilder(text.length());
        int[] starts = new int[text.length() + 8];
        int[] ends = new int[text.length() + 8];
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String folded = fold(codePoint);
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
                if (Character.isWhitespace(c)) {
                    if (out.isEmpty()) {
                        continue;
                    }
                    if (c == '\r' && next < text.length() && text.charAt(next) == '\n') {
                        continue; // CR LF is one line break
                    }
                    char last = out.charAt(out.length() - 1);
                    boolean lineBreak = c == '\n' || c == '\r';
                    boolean paragraph = lineBreak && last == '\n' && !blankLineBefore(out);
                    if ((last == ' ' || last == '\n') && !paragraph) {
                        if (lineBreak && last == ' ') {
                            out.setCharAt(out.length() - 1, '\n');
                        }
                        continue;
                    }
                    c = lineBreak ? '\n' : ' '; // a blank line stays: it ends a paragraph, and so a list
                }
                if (out.length() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.append(c);
            }
            i = next;
        }
        return new NormalizedText(out.toString(), starts, ends);
    }

    private static boolean blankLineBefore(StringBuilder out) {
        return out.length() >= 2 && out.charAt(out.length() - 2) == '\n';
    }

    private static String fold(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint == '-' ? " " : String.valueOf((char) Character.toLowerCase(codePoint));
        }
        if (isDash(codePoint)) {
            return " ";
        }
        // Arabic short vowels, shadda and tatweel are optional in writing: فعّال is فعال.
        if (codePoint == 0x0640 || codePoint >= 0x064B && codePoint <= 0x0652 || codePoint == 0x0670) {
            return "";
        }
        // Arabic-Indic and Persian digits are digits (١٥٠٠ درهم).
        if (codePoint >= 0x0660 && codePoint <= 0x0669 || codePoint >= 0x06F0 && codePoint <= 0x06F9) {
            return String.valueOf((char) ('0' + codePoint % 16));
        }
        // Turkish capital dotted İ lower-cases to i plus a combining dot in the root locale.
        if (codePoint == 0x0130) {
            return "i";
        }
        // Greek capitals drop their accents and words end in ς: ΑΣΦΑΛΗΣ and ασφαλής are one word.
        if (codePoint >= 0x0370 && codePoint <= 0x03FF || codePoint >= 0x1F00 && codePoint <= 0x1FFF) {
            String plain = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD)
                    .replaceAll("\\p{Mn}", "")
                    .toLowerCase(Locale.ROOT);
            return plain.replace('ς', 'σ');
        }
        if (isStableEastAsian(codePoint)) {
            return Character.toString(codePoint); // already NFKC, no case: skip the costly normaliser
        }
        return Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
    }

    /** Kana (not the compatibility half-width forms), common Han ideographs and Hangul syllables. */
    private static boolean isStableEastAsian(int codePoint) {
        return codePoint >= 0x3041 && codePoint <= 0x30FA
                || codePoint >= 0x4E00 && codePoint <= 0x9FFF
                || codePoint >= 0xAC00 && codePoint <= 0xD7A3;
    }

    private static boolean isDash(int codePoint) {
        return codePoint == 0x2010
                || codePoint == 0x2011
                || codePoint == 0x2012
                || codePoint == 0x2013
                || codePoint == 0x2014
                || codePoint == 0x2212
                || codePoint == 0xFF0D
                || codePoint == 0xFE63;
    }

    String folded() {
        return folded;
    }

    int length() {
        return folded.length();
    }

    char charAt(int index) {
        return folded.charAt(index);
    }

    /** Start of the original span for folded index {@code start}. */
    int originStart(int start) {
        return originStart[start];
    }

    /** End of the original span for a folded span ending (exclusive) at {@code end}. */
    int originEnd(int end) {
        return originEnd[end - 1];
    }
}
