package org.exovigil.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random one-time secrets (setup links, API tokens, a reporter's follow-up code) and their stored
 * form. Tokens carry 256 random bits and codes people type 60, with online guessing rate-limited, so a
 * plain SHA-256 is enough to store them: unlike passwords they are not chosen by people.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    // Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
    private static final String READABLE = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private Secrets() {}

    /** Twelve random characters in three groups, "7KQ2-M9XD-4TRB": 60 bits a person can copy. */
    public static String readableCode() {
        var code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
        }
        return code.toString();
    }

    /** A typed code in its one spelling: upper case, O read as 0, I and L as 1, spaces and dashes regrouped. */
    public static String normalisedCode(String typed) {
        String plain = typed.toUpperCase(java.util.Locale.ROOT)
                .replaceAll("[\\s-]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        if (plain.length() != 12) {
            return plain;
        }
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
    }

    static String random(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
