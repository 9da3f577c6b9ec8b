package org.exovigil.app.security;

import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Names of accounts and tokens are labels, but a label two principals share, or one that reads like
 * the public forms' own sender, misleads every person who reads a list or a log. So a name is unique
 * across accounts and tokens (ignoring case and surrounding space, revoked tokens included: a name is
 * never reused), and the names the application gives itself cannot be taken (OWASP ASVS 4.0.3 V4.2.1;
 * NIST SP 800-63B §6.1.1 wants a binding that is unique to its subscriber).
 */
final class PrincipalNames {

    /** The forms' and the system's own names, and anything shaped like a principal id. */
    private static final Set<String> RESERVED =
            Set.of("public", "professional-form", "patient-form", "system", "anonymous", "anonymoususer");

    private static final Set<String> RESERVED_PREFIXES = Set.of(
            SenderPrincipal.ACCOUNT, SenderPrincipal.TOKEN, SenderPrincipal.FORM, SenderPrincipal.IMPORT, "legacy:");

    private PrincipalNames() {}

    /**
     * Refuses a name that is reserved or already taken, inside the caller's transaction. The advisory
     * lock orders concurrent claims, so two administrators cannot give the same name at once.
     */
    static void claim(JdbcClient jdbc, String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (RESERVED.contains(key) || RESERVED_PREFIXES.stream().anyMatch(key::startsWith)) {
            throw new AccountRefused(AccountRefusal.NAME_RESERVED, name);
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('exovigil.principal-name'))")
                .query((rs, row) -> 1)
                .list();
        String takenBy =
                jdbc.sql("""
                        select 'account' from account where lower(btrim(name)) = :key
                        union all
                        select 'token' from api_token where lower(btrim(name)) = :key
                        limit 1""").param("key", key).query(String.class).optional().orElse(null);
        if (takenBy != null) {
            throw new AccountRefused(
                    takenBy.equals("account") ? AccountRefusal.NAME_OF_AN_ACCOUNT : AccountRefusal.NAME_OF_A_TOKEN,
                    name.strip());
        }
    }
}
