package org.exovigil.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends events to the hash-chained audit log inside the caller's transaction, so an event exists
 * exactly when the change it records was committed. Appends are serialised by a transaction-scoped
 * advisory lock: the chain has one order, whatever the concurrency.
 *
 * <p>The chain alone cannot show a rewrite by someone who can also recompute hashes, nor events cut
 * from its end (issue 15). So each event is HMACed with a key held outside the database, and the
 * head of the chain is anchored, HMACed, in an append-only file outside it: every few minutes, when
 * the application stops, and on demand ({@code ./exovigil audit anchor}). OWASP ASVS 4.0.3 V7.3.3
 * (security logs protected from modification).
 */
@Service
public class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    /** Any constant works; it names the lock that orders appends to the chain. */
    private static final long CHAIN_LOCK = 0x4578_6f41_7564_6974L;

    private static final String COLUMNS =
            "id, occurred_at, actor, action, subject, detail, previous_hash, hash, hash_algorithm";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditKeyFile keys;
    private final AuditAnchorFile anchors;
    /** Whether this process has seen the anchor file begun, which must happen before the first keyed event. */
    private volatile boolean anchoringBegun;
    /** Whether this process appended since it last anchored; then it anchors when it stops. */
    private final AtomicBoolean appended = new AtomicBoolean();

    AuditLog(JdbcClient jdbc, Clock clock, AuditKeyFile keys, AuditAnchorFile anchors) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
        this.anchors = anchors;
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
        return chain(List.of(new Entry(actor, action, subject, detail))).getFirst();
    }

    /**
     * Records an event of the caller's transaction that is chained as that transaction commits, together
     * with every other event so recorded in it. The chain's lock is then held through the commit only, not
     * through the rest of the caller's work, and a transaction that stores a batch of reports takes it once.
     * As with {@link #append}, the event exists exactly when the change it records was committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAtCommit(String actor, String action, String subject, String detail) {
        var atCommit = (AtCommit) TransactionSynchronizationManager.getResource(this);
        if (atCommit == null) {
            atCommit = new AtCommit();
            TransactionSynchronizationManager.bindResource(this, atCommit);
            TransactionSynchronizationManager.registerSynchronization(atCommit);
        }
        atCommit.entries.add(new Entry(actor, action, subject, detail));
    }

    /** An event before the chain gives it its number, time and hash. */
    private record Entry(String actor, String action, String subject, String detail) {}

    /** The events a transaction chains as it commits; bound to that transaction only (suspended with it). */
    private final class AtCommit implements TransactionSynchronization {
        private final List<Entry> entries = new ArrayList<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(AuditLog.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(AuditLog.this, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            chain(entries);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
        }
    }

    /** Appends the entries, in their order, under the chain's lock: one lock, one read of the head, one insert. */
    private List<AuditEvent> chain(List<Entry> entries) {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(CHAIN_LOCK)
                .query((rs, row) -> 0)
                .single();
        Head last = head();
        AuditKey key = keys.obtain();
        if (!anchoringBegun) {
            beginAnchoring(key, last);
        }
        // PostgreSQL keeps microseconds; truncating first makes the hashed instant the stored one.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var events = new ArrayList<AuditEvent>(entries.size());
        var values = new ArrayList<Object>(entries.size() * 9);
        long id = last.id();
        String previous = last.hash();
        for (Entry entry : entries) {
            id++;
            String hash = key.mac(AuditEvent.contentOf(
                    id, now, entry.actor(), entry.action(), entry.subject(), entry.detail(), previous));
            events.add(new AuditEvent(
                    id, now, entry.actor(), entry.action(), entry.subject(), entry.detail(), previous, hash, true));
            values.addAll(Arrays.asList(
                    id,
                    OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                    entry.actor(),
                    entry.action(),
                    entry.subject(),
                    entry.detail(),
                    previous,
                    hash,
                    AuditEvent.HMAC));
            previous = hash;
        }
        jdbc.sql("insert into audit_event (" + COLUMNS + ") values "
                        + String.join(", ", Collections.nCopies(entries.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)")))
                .params(values)
                .update();
        appended.set(true);
        return events;
    }

    /**
     * Before the first keyed event, the file records where the keyed chain begins: a plain event
     * after that point is then a rewrite, whatever the table says about itself.
     */
    private synchronized void beginAnchoring(AuditKey key, Head head) {
        if (anchoringBegun) {
            return;
        }
        if (anchors.lines().isEmpty()) {
            Optional<Long> firstKeyed = jdbc.sql(
                            "select min(id) from audit_event where hash_algorithm = '" + AuditEvent.HMAC + "'")
                    .query(Long.class)
                    .optional();
            if (firstKeyed.isPresent()) {
                LOG.warn(
                        "the audit log is keyed from event {} but the anchor file {} is empty; anchoring anew",
                        firstKeyed.get(),
                        anchors.path());
            }
            anchors.append(
                    AuditAnchor.signed(key, clock.instant(), head.id(), head.hash(), firstKeyed.orElse(head.id() + 1)));
        }
        anchoringBegun = true;
    }

    /**
     * Anchors the head of the chain if it moved since the last anchor, after checking that the events
     * since that anchor still follow it: a chain already broken is never vouched for.
     *
     * @return the anchor written, or empty if the head had not moved
     * @throws IllegalStateException if the events since the last anchor break the chain
     */
    public Optional<AuditAnchorView> anchor() {
        AuditKey key = keys.obtain();
        Anchors read = readAnchors(Optional.of(key));
        if (read.problem().isPresent()) {
            throw new IllegalStateException(read.problem().get().reason());
        }
        Head head = head();
        AuditAnchor last = read.all().isEmpty() ? null : read.all().getLast();
        if (last != null && last.eventId() == head.id() && last.hash().equals(head.hash())) {
            return Optional.empty();
        }
        long keyedFrom;
        if (last == null) {
            keyedFrom = jdbc.sql("select min(id) from audit_event where hash_algorithm = '" + AuditEvent.HMAC + "'")
                    .query(Long.class)
                    .optional()
                    .orElse(head.id() + 1);
        } else {
            keyedFrom = last.keyedFrom();
            var walk = new ChainWalk(Optional.of(key), keyedFrom, Map.of(), last.eventId() + 1, last.hash());
            if (head.id() < last.eventId()) {
                throw new IllegalStateException("the log ends at event " + head.id() + " but the anchor of " + last.at()
                        + " names event " + last.eventId() + ": events were deleted from its end");
            }
            readEvents("where id > ? order by id", last.eventId(), walk);
            if (walk.firstBreak != null) {
                throw new IllegalStateException("not anchored: the audit log breaks at event "
                        + walk.firstBreak.eventId() + ": " + walk.firstBreak.reason());
            }
        }
        AuditAnchor anchor = AuditAnchor.signed(key, clock.instant(), head.id(), head.hash(), keyedFrom);
        anchors.append(anchor);
        anchoringBegun = true;
        return Optional.of(new AuditAnchorView(anchor.at(), anchor.eventId(), anchor.hash()));
    }

    @Scheduled(
            fixedDelayString = "${exovigil.audit.anchor-every:PT5M}",
            initialDelayString = "${exovigil.audit.anchor-every:PT5M}")
    void anchorPeriodically() {
        try {
            anchor();
        } catch (RuntimeException e) {
            LOG.error("the audit log was not anchored", e);
        }
    }

    @EventListener(ContextClosedEvent.class)
    void anchorWhenStopping() {
        if (appended.getAndSet(false)) {
            anchorPeriodically();
        }
    }

    /** Reads the chain in order and returns the first event that breaks it, if any. */
    @Transactional(readOnly = true)
    public ChainCheck verify() {
        Optional<AuditKey> key = keys.existing();
        Anchors read = readAnchors(key);
        long keyedFrom =
                read.all().stream().mapToLong(AuditAnchor::keyedFrom).min().orElse(Long.MAX_VALUE);
        Map<Long, AuditAnchor> byEvent = new HashMap<>();
        read.all().forEach(anchor -> byEvent.putIfAbsent(anchor.eventId(), anchor));
        var walk = new ChainWalk(key, keyedFrom, byEvent, 1, AuditEvent.GENESIS);
        readEvents("order by id", null, walk);
        Break firstBreak = read.problem().orElse(walk.firstBreak);
        Optional<AuditAnchor> lastAnchor = read.all().stream().max(Comparator.comparingLong(AuditAnchor::eventId));
        if (firstBreak == null && lastAnchor.isPresent() && lastAnchor.get().eventId() > walk.lastId) {
            AuditAnchor missing = lastAnchor.get();
            firstBreak = new Break(
                    walk.lastId + 1,
                    "events " + (walk.lastId + 1) + " to " + missing.eventId() + " are missing: the anchor of "
                            + missing.at() + " names event " + missing.eventId() + " but the log ends at event "
                            + walk.lastId + " (events were deleted from its end)");
        }
        if (firstBreak == null && walk.firstKeyed > 0 && read.all().isEmpty()) {
            firstBreak = new Break(
                    walk.firstKeyed,
                    "the log is keyed from this event but no anchor vouches for it: the anchor file " + anchors.path()
                            + " is missing or empty");
        }
        Optional<AuditAnchorView> anchoredUpTo = read.all().isEmpty()
                ? Optional.empty()
                : Optional.of(read.all().getLast()).map(a -> new AuditAnchorView(a.at(), a.eventId(), a.hash()));
        long keyedFromEvent = walk.firstKeyed > 0 ? walk.firstKeyed : 0;
        return new ChainCheck(
                walk.events, walk.previousHash, keyedFromEvent, anchoredUpTo, Optional.ofNullable(firstBreak));
    }

    private void readEvents(String clause, Long after, ChainWalk walk) {
        var statement = jdbc.sql("select " + COLUMNS + " from audit_event " + clause);
        if (after != null) {
            statement = statement.param(after);
        }
        statement.query((ResultSet rs) -> {
            walk.accept(event(rs));
        });
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(
                rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                AuditEvent.HMAC.equals(rs.getString(9)));
    }

    private Head head() {
        return jdbc.sql("select id, hash from audit_event order by id desc limit 1")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(new Head(0, AuditEvent.GENESIS));
    }

    private record Head(long id, String hash) {}

    /** The anchors that check out, and the first line that does not. */
    private record Anchors(List<AuditAnchor> all, Optional<Break> problem) {}

    private Anchors readAnchors(Optional<AuditKey> key) {
        List<String> lines = anchors.lines();
        var good = new ArrayList<AuditAnchor>();
        for (int i = 0; i < lines.size(); i++) {
            String where = "line " + (i + 1) + " of the anchor file " + anchors.path();
            if (lines.get(i).isBlank()) {
                continue;
            }
            AuditAnchor anchor = AuditAnchor.parse(lines.get(i));
            if (anchor == null) {
                return new Anchors(good, Optional.of(new Break(0, where + " is not an anchor (altered?)")));
            }
            if (key.isEmpty()) {
                return new Anchors(
                        good,
                        Optional.of(new Break(
                                0, where + " cannot be checked: the audit key " + keys.path() + " is missing")));
            }
            if (!anchor.keyId().equals(key.get().id())) {
                return new Anchors(
                        good,
                        Optional.of(new Break(
                                0,
                                where + " was signed with another audit key (" + anchor.keyId() + ", this one is "
                                        + key.get().id() + "): the key was replaced")));
            }
            if (!anchor.isSignedBy(key.get())) {
                return new Anchors(good, Optional.of(new Break(0, where + " does not match its HMAC (altered)")));
            }
            good.add(anchor);
        }
        return new Anchors(good, Optional.empty());
    }

    /** An anchor as others see it: when, and which event with which hash. */
    public record AuditAnchorView(Instant at, long eventId, String hash) {}

    /**
     * The outcome of {@link #verify()}: how many events were read, the first keyed one (0 if none),
     * the last anchor, and where the chain breaks. A break at event 0 is in the anchor file itself.
     */
    public record ChainCheck(
            long events,
            String lastHash,
            long keyedFrom,
            Optional<AuditAnchorView> lastAnchor,
            Optional<Break> firstBreak) {}

    /** Where and why the chain breaks. */
    public record Break(long eventId, String reason) {}

    private static final class ChainWalk implements Consumer<AuditEvent> {
        private final Optional<AuditKey> key;
        private final long keyedFrom;
        private final Map<Long, AuditAnchor> anchors;
        private long events;
        private long expectedId;
        private long lastId;
        private long firstKeyed;
        private String previousHash;
        private Break firstBreak;

        ChainWalk(
                Optional<AuditKey> key,
                long keyedFrom,
                Map<Long, AuditAnchor> anchors,
                long expectedId,
                String previousHash) {
            this.key = key;
            this.keyedFrom = keyedFrom;
            this.anchors = anchors;
            this.expectedId = expectedId;
            this.lastId = expectedId - 1;
            this.previousHash = previousHash;
        }

        @Override
        public void accept(AuditEvent event) {
            events++;
            if (event.keyed() && firstKeyed == 0) {
                firstKeyed = event.id();
            }
            if (firstBreak == null) {
                firstBreak = check(event);
            }
            expectedId = event.id() + 1;
            lastId = event.id();
            previousHash = event.hash();
        }

        private Break check(AuditEvent event) {
            if (event.id() != expectedId) {
                return new Break(expectedId, "event " + expectedId + " is missing (next is " + event.id() + ")");
            }
            if (!event.previousHash().equals(previousHash)) {
                return new Break(event.id(), "it does not follow the hash of the event before it");
            }
            if (!event.keyed() && (event.id() >= keyedFrom || firstKeyed > 0)) {
                return new Break(
                        event.id(),
                        "it has a plain hash where the chain is keyed (from event "
                                + Math.min(keyedFrom, firstKeyed > 0 ? firstKeyed : Long.MAX_VALUE)
                                + "): rewritten and its hashes recomputed without the key");
            }
            if (event.keyed() && key.isEmpty()) {
                return new Break(event.id(), "it is keyed but the audit key is missing, so it cannot be checked");
            }
            if (!event.hashMatchesContent(key.orElse(null))) {
                return new Break(
                        event.id(),
                        "its content does not match its hash (changed after it was written"
                                + (event.keyed() ? ", or the audit key is not the one it was written with)" : ")"));
            }
            AuditAnchor anchor = anchors.get(event.id());
            if (anchor != null && !anchor.hash().equals(event.hash())) {
                return new Break(
                        event.id(),
                        "its hash differs from the one anchored at " + anchor.at() + " (the event was replaced)");
            }
            return null;
        }
    }
}
