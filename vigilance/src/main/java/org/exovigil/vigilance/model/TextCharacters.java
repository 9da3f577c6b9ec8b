package org.exovigil.vigilance.model;

import java.util.Optional;

/**
 * The characters a report's text may hold. Refused: the C0 controls except tab, line feed and carriage
 * return (NUL above all: PostgreSQL text and jsonb cannot hold it, so before this rule a NUL gave a 500
 * and the report was lost), DEL, the C1 controls, and unpaired surrogates (not encodable as UTF-8).
 * XML 1.0 section 2.2 allows the same set, so a text accepted here also fits an E2B(R3) message.
 * OWASP ASVS 4.0.3 L2 5.1.4 (structured data checked against a defined set of allowed characters).
 */
public final class TextCharacters {

    private TextCharacters() {}

    /** The first disallowed character of {@code text}, described for a message ("U+0000 at position 12"). */
    public static Optional<String> firstDisallowed(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean disallowed;
            if (Character.isHighSurrogate(c)) {
                disallowed = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!disallowed) {
                    i++;
                    continue;
                }
            } else {
                disallowed = Character.isLowSurrogate(c)
                        || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                        || (c >= 0x7F && c <= 0x9F);
            }
            if (disallowed) {
                return Optional.of("U+%04X at position %d".formatted((int) c, i + 1));
            }
        }
        return Optional.empty();
    }

    public static boolean allowed(String text) {
        return firstDisallowed(text).isEmpty();
    }
}
