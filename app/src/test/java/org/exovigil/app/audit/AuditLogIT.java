package org.exovigil.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log keeps one unbroken chain, refuses edits, and shows an edit made behind its back. */
class AuditLogIT extends RunningExovigil {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void concurrentAppendsFormOneUnbrokenChain() throws Exception {
        List<Long> ids = Collections.synchronizedList(new ArrayList<>());
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 64; i++) {
                int n = i;
                pool.submit(() -> ids.add(
                        transactions.execute(status -> audit.append("test", "concurrency.append", "item:" + n, "n=" + n)
                                .id())));
            }
        }

        assertThat(ids).hasSize(64).doesNotHaveDuplicates();
        AuditLog.ChainCheck check = audit.verify();
        assertThat(check.firstBreak()).isEmpty();
    }

    @Test
    void anEventCannotBeChangedOrDeleted() throws Exception {
        transactions.executeWithoutResult(status -> audit.append("test", "immutability.append", "item", "original"));

        // The application's role may not even try; the trigger stops the owner too.
        assertThatThrownBy(() ->
                        jdbc.sql("update audit_event set detail = 'changed'").update())
                .hasStackTraceContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .hasStackTraceContaining("permission denied for table audit_event");
        try (var owner = TestDatabase.ownerConnection(Path.of(TestDatabase.sharedPostgresDirectory()));
                var statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update audit_event set detail = 'changed'"))
                    .hasMessageContaining("audit_event is append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from audit_event"))
                    .hasMessageContaining("audit_event is append-only");
        }
    }

    @Test
    void anEditMadeBehindTheTriggersBackIsFoundByVerify() {
        AuditEvent event = transactions.execute(status -> audit.append("test", "tamper.append", "item", "the truth"));
        try {
            tamper(event.id(), "a lie");

            AuditLog.ChainCheck check = audit.verify();

            assertThat(check.firstBreak()).hasValueSatisfying(broken -> {
                assertThat(broken.eventId()).isEqualTo(event.id());
                assertThat(broken.reason()).contains("does not match its hash");
            });
        } finally {
            tamper(event.id(), "the truth");
        }
        assertThat(audit.verify().firstBreak()).isEmpty();
    }

    @Test
    void appendingNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> audit.append("test", "no.transaction", "item", ""))
                .hasMessageContaining("mandatory");
    }

    /**
     * What an operator with the owner's password could do (the application's own role cannot, see
     * DatabaseAccessIT); the chain must show it.
     */
    private void tamper(long id, String detail) {
        try (var owner = TestDatabase.ownerConnection(Path.of(TestDatabase.sharedPostgresDirectory()))) {
            owner.setAutoCommit(false);
            try (var statement = owner.createStatement()) {
                statement.execute("alter table audit_event disable trigger audit_event_append_only");
            }
            try (var update = owner.prepareStatement("update audit_event set detail = ? where id = ?")) {
                update.setString(1, detail);
                update.setLong(2, id);
                update.executeUpdate();
            }
            try (var statement = owner.createStatement()) {
                statement.execute("alter table audit_event enable trigger audit_event_append_only");
            }
            owner.commit();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
