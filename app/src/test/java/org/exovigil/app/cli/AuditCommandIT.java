package org.exovigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.exovigil.app.ExovigilApplication;
import org.exovigil.app.ExovigilCommand;
import org.exovigil.app.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 (3), as an operator sees it: {@code ./exovigil audit verify} used to say "intact" after
 * the last events were deleted by someone able to switch off the append-only trigger. The anchor
 * written when the command that appended them stopped now shows the cut.
 */
class AuditCommandIT {

    private final Path data = TestDatabase.freshDataDirectory();

    @Test
    void verifyReportsEventsDeletedFromTheEnd() {
        for (String name : new String[] {"lena", "mateo"}) {
            ExovigilCommand user = ExovigilCommand.run(
                    "admin", "user", "--data", data.toString(), "--name", name, "--role", "REGULATOR");
            assertThat(user.exitCode()).as(user.err()).isZero();
        }
        assertThat(ExovigilCommand.run("audit", "anchor", "--data", data.toString())
                        .out())
                .isEqualTo("already anchored: the chain has not moved\n");

        ExovigilApplication.withDatabase(
                Map.of("exovigil.data-dir", data.toString(), "exovigil.database.embedded-dir", data + "/pg17"),
                JdbcClient.class,
                running -> {
                    // Only the owner, with the database's owner password, can switch the trigger off.
                    JdbcClient owner = TestDatabase.ownerJdbc(data.resolve("pg17"));
                    owner.sql("alter table audit_event disable trigger audit_event_append_only")
                            .update();
                    owner.sql("delete from audit_event where id = 2").update();
                    return owner.sql("alter table audit_event enable trigger audit_event_append_only")
                            .update();
                });
        ExovigilCommand verify = ExovigilCommand.run("audit", "verify", "--data", data.toString());
        ExovigilCommand anchor = ExovigilCommand.run("audit", "anchor", "--data", data.toString());

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.err())
                .contains("the audit log breaks at event 2: events 2 to 2 are missing", "deleted from its end");
        assertThat(anchor.exitCode()).as("a cut chain is never anchored").isEqualTo(1);
    }
}
