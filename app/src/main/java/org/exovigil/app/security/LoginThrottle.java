package org.exovigil.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.limits.ClientOrigin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins counted per account and per client address (OWASP ASVS 4.0.3 V2.2.1; NIST SP 800-63B
 * §5.2.2 allows at most 100 consecutive failures). An account locks after {@value #ACCOUNT_LIMIT} failures
 * within the window, an address after {@value #ADDRESS_LIMIT} (a password sprayed over many names), each for
 * {@link #LOCKOUT}. The counts live in the database, so a restart does not reset them and every server
 * behind one database shares them. A lock is timed rather than permanent: an attacker who locks a victim out
 * delays the victim by minutes, and the victim is told until when.
 */
@Service
public class LoginThrottle {

    static final int ACCOUNT_LIMIT = 10;
    static final int ADDRESS_LIMIT = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    LoginThrottle(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** Until when sign-in is refused for this name or this address, if it is. */
    public Optional<Instant> lockedUntil(String name, String address) {
        return jdbc.sql("""
                        select locked_until from login_throttle where subject in (?, ?) and locked_until > ?
                        order by locked_until desc limit 1""")
                .params(accountSubject(name), addressSubject(address), at(clock.instant()))
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    /** Counts a failure against both the name and the address; returns until when either is now locked. */
    @Transactional
    public Optional<Instant> failed(String name, String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from login_throttle where first_failure_at < ? and (locked_until is null or locked_until < ?)")
                .params(at(now.minus(WINDOW)), at(now))
                .update();
        count(accountSubject(name), ACCOUNT_LIMIT, now);
        count(addressSubject(address), ADDRESS_LIMIT, now);
        return lockedUntil(name, address);
    }

    /** A correct password clears the name's count, not the address's: one known account must not reset a spray. */
    @Transactional
    public void succeeded(String name) {
        jdbc.sql("delete from login_throttle where subject = ?")
                .param(accountSubject(name))
                .update();
    }

    /** An administrator lifts a lock, e.g. once a person has shown who they are. */
    @Transactional
    public void release(String name) {
        succeeded(name);
        audit.append("login.unlocked", accountSubject(name), "");
    }

    private void count(String subject, int limit, Instant now) {
        int failures = jdbc.sql("""
                        insert into login_throttle as t (subject, failures, first_failure_at) values (:subject, 1, :now)
                        on conflict (subject) do update set
                            failures = case when t.first_failure_at < :windowStart then 1 else t.failures + 1 end,
                            first_failure_at = case when t.first_failure_at < :windowStart then :now else t.first_failure_at end
                        returning failures""")
                .param("subject", subject)
                .param("now", at(now))
                .param("windowStart", at(now.minus(WINDOW)))
                .query(Integer.class)
                .single();
        if (failures >= limit) {
            jdbc.sql("update login_throttle set locked_until = ?, failures = 0, first_failure_at = ? where subject = ?")
                    .params(at(now.plus(LOCKOUT)), at(now), subject)
                    .update();
            audit.append("login.locked", subject, "failures=" + failures + " lockout=" + LOCKOUT);
        }
    }

    /** The typed name as a key: PostgreSQL refuses NUL in text, so control characters become U+FFFD. */
    static String accountSubject(String name) {
        String typed = name == null ? "" : name.strip().replaceAll("\\p{Cntrl}", "\uFFFD");
        return "account:" + (typed.length() > 100 ? typed.substring(0, 100) : typed);
    }

    /** The address as the limits count it: an IPv6 client by its /64 (see {@link ClientOrigin}). */
    static String addressSubject(String address) {
        return "address:" + ClientOrigin.of(address).key();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
