package org.exovigil.app.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a chosen password must be, after NIST SP 800-63B rev. 4 §3.1.1.2 (rev. 3 §5.1.1.2): a password
 * is the only factor here, so at least 15 characters (rev. 4; rev. 3 asked 8), no composition rules,
 * and not a password known to be common or breached, nor the account's or the service's name (ASVS 4.0.3
 * V2.1.1, V2.1.7, V2.1.9). The list ships with the application ({@code security/common-passwords.txt}):
 * the system has no internet to ask a breach service.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 15;
    /** bcrypt reads at most 72 bytes; a longer password would be cut without telling anyone. */
    static final int MAX_BYTES = 72;

    private static final String SERVICE = "exovigil";
    private static final Set<String> COMMON = load("/security/common-passwords.txt");

    private PasswordRules() {}

    /** Why the password is refused, or empty when it may be used. */
    static Optional<AccountRefused> check(String password, String accountName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return refused(AccountRefusal.PASSWORD_TOO_SHORT, MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return refused(AccountRefusal.PASSWORD_TOO_LONG);
        }
        String plain = plain(password);
        if (isCommon(plain) || plain.codePoints().distinct().count() < 4) {
            return refused(AccountRefusal.PASSWORD_COMMON);
        }
        String name = accountName == null ? "" : plain(accountName);
        if (plain.contains(SERVICE) || (name.length() >= 3 && plain.contains(name))) {
            return refused(AccountRefusal.PASSWORD_NAMES_ACCOUNT);
        }
        return Optional.empty();
    }

    /**
     * Common alone or as two common pieces ("passwordpassword", "iloveyou12345678"): with 15 characters
     * required, the listed passwords mostly come back doubled or with digits added.
     */
    static boolean isCommon(String plain) {
        if (COMMON.contains(plain)) {
            return true;
        }
        for (int cut = 4; cut <= plain.length() - 4; cut++) {
            String head = plain.substring(0, cut);
            String tail = plain.substring(cut);
            boolean headCommon = COMMON.contains(head);
            boolean tailCommon = COMMON.contains(tail);
            if ((headCommon || tailCommon) && (headCommon || isDigits(head)) && (tailCommon || isDigits(tail))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without spaces and punctuation: "Pass Word!" is as guessable as "password". */
    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Z}\\s\\p{P}\\p{S}]", "");
    }

    private static boolean isDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static Optional<AccountRefused> refused(AccountRefusal code, Object... particulars) {
        return Optional.of(new AccountRefused(code, particulars));
    }

    private static Set<String> load(String resource) {
        var stream = PasswordRules.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("the common-password list " + resource + " is missing from the build");
        }
        var words = new HashSet<String>();
        try (var lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            lines.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
