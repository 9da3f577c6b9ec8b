package org.exovigil.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.exovigil.app.ExovigilApplication;
import org.exovigil.app.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15 (3): the attacks on the audit log that a plain hash chain let through, each made as a
 * database superuser would make them, and each now found by {@code verify}. On a store of its own
 * whose log begins with three events of an earlier release (plain SHA-256), as an upgraded store's does.
 * Each test puts the rows back as they were.
 */
class KeyedAuditChainIT {

    private static final int LEGACY_EVENTS = 3;

    private static Path data;
    private static ConfigurableApplicationContext context;
    private static AuditLog audit;
    private static JdbcClient jdbc;
    /** The owner: only an operator with the database's owner password can switch the trigger off. */
    private static JdbcClient owner;

    private static TransactionTemplate transactions;

    @BeforeAll
    static void aStoreWhoseLogBeganBeforeKeying() {
        data = TestDatabase.freshDataDirectory();
        context = new SpringApplicationBuilder(ExovigilApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .web(WebApplicationType.NONE)
                .properties(Map.of(
                        "exovigil.data-dir",
                        data.toString(),
                        "exovigil.database.embedded-dir",
                        data + "/pg17",
                        "logging.level.root",
                        "warn"))
                .run();
        audit = context.getBean(AuditLog.class);
        jdbc = context.getBean(JdbcClient.class);
        owner = TestDatabase.ownerJdbc(data.resolve("pg17"));
        transactions = context.getBean(TransactionTemplate.class);
        String previous = AuditEvent.GENESIS;
        for (int id = 1; id <= LEGACY_EVENTS; id++) {
            // Exactly what the earlier release wrote: SHA-256 over the same lines, no key.
            Instant at = Instant.parse("2026-01-0" + id + "T09:00:00Z");
            String hash = Sha256.of(AuditEvent.contentOf(id, at, "system", "legacy.event", "item:" + id, "", previous));
            jdbc.sql("""
                            insert into audit_event (id, occurred_at, actor, action, subject, detail, previous_hash, hash)
                            values (?, ?, 'system', 'legacy.event', ?, '', ?, ?)""")
                    .params(id, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), "item:" + id, previous, hash)
                    .update();
            previous = hash;
        }
        for (int i = 0; i < 3; i++) {
            append("after upgrade " + i);
        }
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void theChainOfAnEarlierReleaseStillVerifiesAndTheKeyedChainFollowsIt() throws Exception {
        AuditLog.ChainCheck check = audit.verify();

        assertThat(check.firstBreak()).isEmpty();
        assertThat(check.keyedFrom()).isEqualTo(LEGACY_EVENTS + 1);
        assertThat(Files.readAllLines(data.resolve("audit-anchors.log")).getFirst())
                .contains(" event=" + LEGACY_EVENTS + " ", " keyed-from=" + (LEGACY_EVENTS + 1) + " ");
        assertThat(Files.getPosixFilePermissions(data.resolve("audit.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void deletingTheLastEventsIsFoundByTheAnchor() {
        append("soon deleted 1");
        append("soon deleted 2");
        audit.anchor();
        long last = head();
        List<Map<String, Object>> deleted = rows("where id > ?", last - 2);
        try {
            asSuperuser("delete from audit_event where id > " + (last - 2));

            AuditLog.ChainCheck check = audit.verify();

            assertThat(check.firstBreak()).hasValueSatisfying(broken -> {
                assertThat(broken.eventId()).isEqualTo(last - 1);
                assertThat(broken.reason()).contains("deleted from its end");
            });
        } finally {
            reinsert(deleted);
        }
        assertThat(audit.verify().firstBreak()).isEmpty();
    }

    @Test
    void rewritingAKeyedEventAndRecomputingThePlainHashesIsFound() {
        long target = append("the truth").id();
        append("what came after");
        List<Map<String, Object>> original = rows("where id >= ?", target);
        try {
            rewriteAndRecomputePlainHashes(target, "a lie", "sha-256");

            assertThat(audit.verify().firstBreak()).hasValueSatisfying(broken -> {
                assertThat(broken.eventId()).isEqualTo(target);
                assertThat(broken.reason()).contains("plain hash where the chain is keyed");
            });

            // Leaving the event marked keyed does not help: without the key its hash cannot be made.
            rewriteAndRecomputePlainHashes(target, "a lie", "hmac-sha-256");

            assertThat(audit.verify().firstBreak()).hasValueSatisfying(broken -> {
                assertThat(broken.eventId()).isEqualTo(target);
                assertThat(broken.reason()).contains("does not match its hash");
            });
        } finally {
            restore(original);
        }
        assertThat(audit.verify().firstBreak()).isEmpty();
    }

    @Test
    void rewritingAnEventOfTheEarlierReleaseAndRecomputingEveryHashIsFound() {
        List<Map<String, Object>> original = rows("where id >= ?", 2L);
        try {
            rewriteAndRecomputePlainHashes(2, "a lie", "sha-256");

            // The plain part recomputes cleanly; the anchor written when keying began still names
            // the last plain event's true hash.
            assertThat(audit.verify().firstBreak()).hasValueSatisfying(broken -> {
                assertThat(broken.eventId()).isEqualTo(LEGACY_EVENTS);
                assertThat(broken.reason()).contains("differs from the one anchored");
            });
        } finally {
            restore(original);
        }
        assertThat(audit.verify().firstBreak()).isEmpty();
    }

    @Test
    void anAnchorCannotBeForgedWithoutTheKey() throws Exception {
        Path anchors = data.resolve("audit-anchors.log");
        byte[] before = Files.readAllBytes(anchors);
        try {
            String forged = "2026-12-06T00:00:00Z event=1 hash=" + "a".repeat(64) + " keyed-from=4 key="
                    + Files.readAllLines(anchors).getFirst().replaceAll(".* key=([0-9a-f]{16}) .*", "$1")
                    + " hmac=" + "b".repeat(64) + "\n";
            Files.writeString(anchors, forged, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

            assertThat(audit.verify().firstBreak()).hasValueSatisfying(broken -> {
                assertThat(broken.eventId()).isZero();
                assertThat(broken.reason()).contains("does not match its HMAC");
            });
        } finally {
            Files.write(anchors, before);
        }
        assertThat(audit.verify().firstBreak()).isEmpty();
    }

    private static AuditEvent append(String detail) {
        return transactions.execute(status -> audit.append("test", "keyed.append", "item", detail));
    }

    private static long head() {
        return jdbc.sql("select max(id) from audit_event").query(Long.class).single();
    }

    private static List<Map<String, Object>> rows(String where, long id) {
        return jdbc.sql("select * from audit_event " + where + " order by id")
                .param(id)
                .query()
                .listOfRows();
    }

    /**
     * What a superuser who knows the old algorithm does: change an event and make every hash after it
     * consistent again, with plain SHA-256 since the key is not in the database.
     */
    private static void rewriteAndRecomputePlainHashes(long from, String detail, String algorithm) {
        transactions.executeWithoutResult(status -> {
            disableTrigger();
            String previous = jdbc.sql("select previous_hash from audit_event where id = ?")
                    .param(from)
                    .query(String.class)
                    .single();
            for (Map<String, Object> row : rows("where id >= ?", from)) {
                long id = ((Number) row.get("id")).longValue();
                String newDetail = id == from ? detail : (String) row.get("detail");
                String hash = Sha256.of(AuditEvent.contentOf(
                        id,
                        ((java.sql.Timestamp) row.get("occurred_at")).toInstant(),
                        (String) row.get("actor"),
                        (String) row.get("action"),
                        (String) row.get("subject"),
                        newDetail,
                        previous));
                owner.sql("update audit_event set detail = ?, previous_hash = ?, hash = ?, hash_algorithm = ?"
                                + " where id = ?")
                        .params(newDetail, previous, hash, algorithm, id)
                        .update();
                previous = hash;
            }
            enableTrigger();
        });
    }

    private static void restore(List<Map<String, Object>> original) {
        transactions.executeWithoutResult(status -> {
            disableTrigger();
            for (Map<String, Object> row : original) {
                owner.sql("update audit_event set detail = ?, previous_hash = ?, hash = ?, hash_algorithm = ?"
                                + " where id = ?")
                        .params(
                                row.get("detail"),
                                row.get("previous_hash"),
                                row.get("hash"),
                                row.get("hash_algorithm"),
                                row.get("id"))
                        .update();
            }
            enableTrigger();
        });
    }

    private static void reinsert(List<Map<String, Object>> deleted) {
        transactions.executeWithoutResult(status -> {
            for (Map<String, Object> row : deleted) {
                jdbc.sql("""
                                insert into audit_event
                                    (id, occurred_at, actor, action, subject, detail, previous_hash, hash, hash_algorithm)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                                row.get("id"),
                                row.get("occurred_at"),
                                row.get("actor"),
                                row.get("action"),
                                row.get("subject"),
                                row.get("detail"),
                                row.get("previous_hash"),
                                row.get("hash"),
                                row.get("hash_algorithm"))
                        .update();
            }
        });
    }

    private static void asSuperuser(String statement) {
        transactions.executeWithoutResult(status -> {
            disableTrigger();
            owner.sql(statement).update();
            enableTrigger();
        });
    }

    private static void disableTrigger() {
        owner.sql("alter table audit_event disable trigger audit_event_append_only")
                .update();
    }

    private static void enableTrigger() {
        owner.sql("alter table audit_event enable trigger audit_event_append_only")
                .update();
    }
}
