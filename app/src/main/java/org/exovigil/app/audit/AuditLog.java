package org.exovigil.app.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends events to the hash-chained audit log inside the caller's transaction, so an event exists
 * exactly when the change it records was committed. Appends are serialised by a transaction-scoped
 * advisory lock: the chain has one order, whatever the concurrency.
 */
@Service
public class AuditLog {

    /** Any constant works; it names the lock that orders appends to the chain. */
    private static final long CHAIN_LOCK = 0x4578_6f41_7564_6974L;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action by whoever is signed in (a person or a token), or by the system. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent append(String action, String subject, String detail) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = authentication == null ? "system" : authentication.getName();
        return append(actor, action, subject, detail);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent append(String actor, String action, String subject, String detail) {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(CHAIN_LOCK)
                .query((rs, row) -> 0)
                .single();
        record Last(long id, String hash) {}
        Last last = jdbc.sql("select id, hash from audit_event order by id desc limit 1")
                .query((rs, row) -> new Last(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(new Last(0, AuditEvent.GENESIS));
        long id = last.id() + 1;
        // PostgreSQL keeps microseconds; truncating first makes the hashed instant the stored one.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditEvent.hashOf(id, now, actor, action, subject, detail, last.hash());
        jdbc.sql(
                        """
                        insert into audit_event (id, occurred_at, actor, action, subject, detail, previous_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        actor,
                        action,
                        subject,
                        detail,
                        last.hash(),
                        hash)
                .update();
        return new AuditEvent(id, now, actor, action, subject, detail, last.hash(), hash);
    }

    /** Reads the chain in order and returns the first event that breaks it, if any. */
    @Transactional(readOnly = true)
    public ChainCheck verify() {
        var check = new ChainWalk();
        jdbc.sql(
                        "select id, occurred_at, actor, action, subject, detail, previous_hash, hash from audit_event order by id")
                .query((java.sql.ResultSet rs) -> {
                    check.accept(new AuditEvent(
                            rs.getLong(1),
                            rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8)));
                });
        return check.result();
    }

    /** The outcome of {@link #verify()}: how many events were read, and where the chain breaks. */
    public record ChainCheck(long events, String lastHash, Optional<Break> firstBreak) {}

    /** Where and why the chain breaks. */
    public record Break(long eventId, String reason) {}

    private static final class ChainWalk implements Consumer<AuditEvent> {
        private long events;
        private long expectedId = 1;
        private String previousHash = AuditEvent.GENESIS;
        private Break firstBreak;

        @Override
        public void accept(AuditEvent event) {
            events++;
            if (firstBreak != null) {
                return;
            }
            if (event.id() != expectedId) {
                firstBreak = new Break(expectedId, "event " + expectedId + " is missing (next is " + event.id() + ")");
            } else if (!event.previousHash().equals(previousHash)) {
                firstBreak = new Break(event.id(), "it does not follow the hash of the event before it");
            } else if (!event.hashMatchesContent()) {
                firstBreak =
                        new Break(event.id(), "its content does not match its hash (changed after it was written)");
            }
            expectedId = event.id() + 1;
            previousHash = event.hash();
        }

        ChainCheck result() {
            return new ChainCheck(events, previousHash, Optional.ofNullable(firstBreak));
        }
    }
}
