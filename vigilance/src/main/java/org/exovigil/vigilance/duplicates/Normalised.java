package org.exovigil.vigilance.duplicates;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the matcher compares it, so that the same value typed two ways agrees: Unicode NFKC (full-width
 * letters and digits, ligatures and compatibility forms become their plain forms), then case folding,
 * then every run of white space (including no-break and ideographic spaces) collapsed to one space and
 * the ends trimmed. {@code "Ｅｘｏｓｏｍｅ\u3000 Serum "} and {@code "exosome serum"} are the same value.
 *
 * <p>Java has no full Unicode case folding; upper-casing then lower-casing in the root locale gives it
 * for the cases that matter here ({@code ß} → {@code ss}, final {@code ς} → {@code σ}) without the
 * Turkish dotless-i trap of a locale-dependent lower case. No spelling is corrected: a typo stays a
 * different value, as the hit-miss model expects of a "miss".
 */
final class Normalised {

    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private Normalised() {}

    /** The normalised text, or null when nothing but white space is left. */
    static String of(String raw) {
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        text = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        text = SPACE.matcher(text).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }

    /** An identifier as sent: compatibility forms and spaces normalised, case kept (E2B ids are codes). */
    static String id(String raw) {
        if (raw == null) {
            return null;
        }
        String text = SPACE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC))
                .replaceAll(" ")
                .strip();
        return text.isEmpty() ? null : text;
    }
}
