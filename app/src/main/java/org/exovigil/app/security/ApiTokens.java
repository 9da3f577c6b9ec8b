package org.exovigil.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.exovigil.app.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bearer tokens for machine senders (a clinic's system, a regulator's gateway); shown once, stored hashed. */
@Service
public class ApiTokens {

    static final String PREFIX = "exo_";

    /** What a token proves: who sends, in which role. */
    public record Sender(long id, String name, Role role) {}

    /**
     * How long a token found good is believed without asking the database again. A busy sender then costs
     * one query a second, not one a request. Revoking a token, or disabling its account, through this server
     * forgets every token at once; done elsewhere (another process, SQL), it takes effect within this time.
     */
    static final Duration BELIEVED_FOR = Duration.ofSeconds(1);

    /** Good tokens by hash, with the {@link System#nanoTime()} until which they are believed. */
    private final Map<String, Believed> believed = new ConcurrentHashMap<>();

    private record Believed(Sender sender, long untilNanos) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    ApiTokens(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** Creates a token and returns it; only its hash is kept, so it cannot be shown again. */
    @Transactional
    public String issue(String name, Role role) {
        return issue(name, role, null);
    }

    /**
     * Creates a token that belongs to a person's account (its {@code id}), or to none when {@code accountId} is
     * null. A token that belongs to an account is revoked when the account is disabled, and is refused
     * while the account is disabled in any case (OWASP ASVS 4.0.3 V3.5.2).
     */
    @Transactional
    public String issue(String name, Role role, Long accountId) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > Accounts.MAX_NAME_LENGTH) {
            throw new AccountRefused(AccountRefusal.NAME_LENGTH, Accounts.MAX_NAME_LENGTH);
        }
        PrincipalNames.claim(jdbc, cleanName);
        String token = Secrets.random(PREFIX);
        jdbc.sql("insert into api_token (name, role, token_hash, account_id) values (?, ?, ?, ?)")
                .params(cleanName, role.name(), Secrets.hash(token), accountId)
                .update();
        audit.append("token.issued", "token:" + cleanName, "role=" + role);
        return token;
    }

    /**
     * The sender holding this token, believed for {@link #BELIEVED_FOR} once found. The time of last use
     * is written at most once a minute: a busy sender's requests would otherwise all queue on the lock of
     * its one token row.
     */
    Optional<Sender> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = Secrets.hash(token);
        long now = System.nanoTime();
        Believed known = believed.get(hash);
        if (known != null && now - known.untilNanos() < 0) {
            return Optional.of(known.sender());
        }
        Optional<Sender> found = lookUp(hash);
        if (found.isPresent()) {
            believed.put(hash, new Believed(found.get(), now + BELIEVED_FOR.toNanos()));
        } else {
            believed.remove(hash);
        }
        return found;
    }

    /** Forgets every token believed, so that a revocation takes effect at the next request. */
    void forgetBelieved() {
        believed.clear();
    }

    private Optional<Sender> lookUp(String hash) {
        return jdbc.sql("""
                        with found as (
                            select t.id, t.name, t.role, t.last_used_at from api_token t
                            left join account a on a.id = t.account_id
                            where t.token_hash = :hash and t.revoked_at is null and a.disabled_at is null),
                        touched as (
                            update api_token t set last_used_at = :now from found
                            where t.id = found.id
                              and (found.last_used_at is null or found.last_used_at < :now - interval '1 minute')
                            returning t.id)
                        select id, name, role from found""")
                .param("hash", hash)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query((rs, row) -> new Sender(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3))))
                .optional();
    }

    public List<Sender> active() {
        return jdbc.sql("select id, name, role from api_token where revoked_at is null order by name, id")
                .query((rs, row) -> new Sender(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3))))
                .list();
    }

    @Transactional
    public void revoke(long id) {
        int revoked = jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), id)
                .update();
        forgetBelieved();
        if (revoked > 0) {
            audit.append("token.revoked", "token-id:" + id, "");
        }
    }
}
