package org.exovigil.vigilance.model;

import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Languages as E2B(R3) codes them: ISO 639-2 alpha-3 (ICH E2B(R3) IG v5.02, E.i.1.1b and H.5.r.1b). Taken from ICU's
 * ISO 639 table: the three-letter codes it lists, and the terminology code of each two-letter one ({@code ja} is
 * {@code jpn}). ISO 639-2 also has bibliographic codes for twenty languages ({@code ger} beside {@code deu}); they
 * are listed here from the ISO 639-2 Registration Authority's code list, as no library holds them.
 */
public final class IsoLanguages {

    /** ISO 639-2/B codes that differ from the terminology codes (Library of Congress, ISO 639-2 RA). */
    private static final Set<String> BIBLIOGRAPHIC = Set.of(
            "alb", "arm", "baq", "bur", "chi", "cze", "dut", "fre", "geo", "ger", "gre", "ice", "mac", "mao", "may",
            "per", "rum", "slo", "tib", "wel");

    private static final Set<String> CODES = load();

    private IsoLanguages() {}

    /** Whether the text is an ISO 639-2 alpha-3 code, in lower case as the standard writes it. */
    public static boolean isAlpha3(String code) {
        return code != null && CODES.contains(code);
    }

    private static Set<String> load() {
        Set<String> codes = new HashSet<>(BIBLIOGRAPHIC);
        for (String language : ULocale.getISOLanguages()) {
            codes.add(language.length() == 3 ? language : new ULocale(language).getISO3Language());
        }
        codes.removeIf(code -> code.length() != 3 || !code.equals(code.toLowerCase(Locale.ROOT)));
        return Set.copyOf(codes);
    }
}
