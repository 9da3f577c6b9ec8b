package org.exovigil.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.ServerProcess;
import org.exovigil.app.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, finding 2: the embedded PostgreSQL trusted every local user, so any process on the machine
 * got a superuser shell and could switch off the audit log's append-only trigger, and the server
 * outlived a killed Exovigil. Each test is one of those attacks, now refused.
 */
class DatabaseAccessIT extends RunningExovigil {

    private static final Path SHARED = Path.of(TestDatabase.sharedPostgresDirectory());

    @Autowired
    DataSource applicationDataSource;

    @Test
    void aConnectionWithoutThePasswordIsRefused() throws Exception {
        String url = "jdbc:postgresql://localhost:" + port(SHARED) + "/postgres";
        for (String user : List.of("postgres", DatabaseSecret.APPLICATION_ROLE)) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, user, "").close())
                    .as("%s without a password", user)
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() ->
                            DriverManager.getConnection(url, user, "postgres").close())
                    .as("%s with a guessed password", user)
                    .hasMessageContaining("password authentication failed");
        }
        try (Connection owner = TestDatabase.ownerConnection(SHARED);
                var rules = owner.createStatement()
                        .executeQuery(
                                "select count(*) filter (where auth_method <> 'scram-sha-256'), current_setting('listen_addresses')"
                                        + " from pg_hba_file_rules")) {
            rules.next();
            assertThat(rules.getInt(1))
                    .as("pg_hba.conf rules without a password")
                    .isZero();
            assertThat(rules.getString(2)).isEqualTo("localhost");
        }
    }

    @Test
    void theApplicationRoleCannotSwitchOffTheAuditTriggerNorRewriteTheLog() throws Exception {
        try (Connection app = applicationDataSource.getConnection();
                var statement = app.createStatement()) {
            var who = statement.executeQuery("select current_user, current_setting('is_superuser')");
            who.next();
            assertThat(who.getString(1)).isEqualTo(DatabaseSecret.APPLICATION_ROLE);
            assertThat(who.getString(2)).isEqualTo("off");

            assertThatThrownBy(
                            () -> statement.execute("alter table audit_event disable trigger audit_event_append_only"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("update audit_event set detail = 'changed'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("delete from audit_event"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("truncate audit_event"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("set session_replication_role = replica"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("drop trigger audit_event_append_only on audit_event"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("delete from flyway_schema_history"))
                    .hasMessageContaining("permission denied");
        }
    }

    /**
     * Finding 16: the application's statements are cut off by the server after 30 s, and a connection gives
     * up on a server that sends nothing for 45 s (pgjdbc socketTimeout, in seconds; 0 would be never).
     */
    @Test
    void theApplicationsStatementsAndConnectionsHaveTimeLimits() throws Exception {
        try (Connection app = applicationDataSource.getConnection();
                var setting = app.createStatement().executeQuery("select current_setting('statement_timeout')")) {
            setting.next();
            assertThat(setting.getString(1)).isEqualTo("30s");
            assertThat(app.getNetworkTimeout()).isEqualTo(45_000);
        }
    }

    @Test
    void theSecretFileIsReadableByItsOwnerOnly() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(SHARED.resolve(DatabaseSecret.FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void aDirectoryFromAnEarlierReleaseThatTrustedEveryoneIsClosedOnFirstStart() throws Exception {
        Path directory = TestDatabase.freshDataDirectory().resolve("pg17");
        int oldPort = ServerProcess.freePort();
        earlierRelease(directory, oldPort);
        try (Connection trusted = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + oldPort + "/postgres", "postgres", "");
                var statement = trusted.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('from the earlier release')");
        }
        // Exovigil of that release was killed: its PostgreSQL is still running, trusting everyone.
        Files.writeString(directory.resolve(EmbeddedDatabase.OWNER_FILE), deadProcess() + "\n");
        long orphan = EmbeddedDatabase.Postmaster.of(directory).orElseThrow().pid();

        try (EmbeddedDatabase database = EmbeddedDatabase.open(directory)) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                    .as("the server left behind is stopped")
                    .isFalse();
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(directory.resolve(DatabaseSecret.FILE))))
                    .isEqualTo("rw-------");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "")
                            .close())
                    .isInstanceOf(SQLException.class);
            try (Connection owner = DriverManager.getConnection(
                            database.jdbcUrl(), "postgres", database.secret().owner());
                    var kept = owner.createStatement().executeQuery("select note from kept")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("from the earlier release");
            }
            try (Connection app = DriverManager.getConnection(
                    database.jdbcUrl(),
                    DatabaseSecret.APPLICATION_ROLE,
                    database.secret().application())) {
                assertThat(app.isValid(5)).isTrue();
            }
        }
        assertThat(EmbeddedDatabase.Postmaster.of(directory))
                .as("stopped with its database")
                .isEmpty();
    }

    @Test
    void thePostgresOfAKilledServerStopsWithIt() throws Exception {
        Path data = TestDatabase.freshDataDirectory();
        Process server = ServerProcess.start(ServerProcess.freePort(), data);
        long postmaster = EmbeddedDatabase.Postmaster.of(data.resolve("pg17"))
                .orElseThrow()
                .pid();

        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        boolean stopped = ProcessHandle.of(postmaster)
                .map(handle -> handle.onExit()
                        .thenApply(h -> true)
                        .completeOnTimeout(false, 30, TimeUnit.SECONDS)
                        .join())
                .orElse(true);
        assertThat(stopped)
                .as("PostgreSQL %d stops within 30 s of a SIGKILL of its server", postmaster)
                .isTrue();
    }

    /** A server stopped as an operator stops it (SIGTERM) stops its PostgreSQL and starts no other on the way out. */
    @Test
    void aServerStoppedInTheOrdinaryWayLeavesNoPostgresBehind() throws Exception {
        Path data = TestDatabase.freshDataDirectory();
        Process server = ServerProcess.start(ServerProcess.freePort(), data);

        server.destroy();
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (postgresOf(data) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(postgresOf(data))
                .as("PostgreSQL processes of %s after the server stopped", data)
                .isZero();
    }

    private static long postgresOf(Path data) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains("-D " + data.resolve("pg17")))
                .count();
    }

    /** Issue 15, finding 16: a PostgreSQL that dies is started again, where the pool will look for it. */
    @Test
    void aPostgresThatDiesIsStartedAgainOnTheSamePort() throws Exception {
        Path directory = TestDatabase.freshDataDirectory().resolve("pg17");
        try (EmbeddedDatabase database = EmbeddedDatabase.open(directory)) {
            long first = EmbeddedDatabase.Postmaster.of(directory).orElseThrow().pid();
            ProcessHandle.of(first).orElseThrow().destroyForcibly();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try (Connection owner = DriverManager.getConnection(
                        database.jdbcUrl(), "postgres", database.secret().owner())) {
                    assertThat(owner.isValid(5)).isTrue();
                    break;
                } catch (SQLException down) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("PostgreSQL was not started again within 60 s", down);
                    }
                    Thread.sleep(500);
                }
            }
            assertThat(EmbeddedDatabase.Postmaster.of(directory).orElseThrow().pid())
                    .isNotEqualTo(first);
        }
        assertThat(EmbeddedDatabase.Postmaster.of(directory))
                .as("stopped with its database")
                .isEmpty();
    }

    /** initdb and start as releases before this fix did: trust for every local user, every interface. */
    private static void earlierRelease(Path directory, int port) throws Exception {
        run(PostgresBinaries.command(
                "initdb", "-A", "trust", "-U", "postgres", "-D", directory.toString(), "-E", "UTF-8"));
        run(PostgresBinaries.command("pg_ctl", "-D", directory.toString(), "-o", "-p " + port, "-w", "start"));
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }

    private static long deadProcess() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        return gone.pid();
    }

    private static int port(Path directory) {
        return EmbeddedDatabase.Postmaster.of(directory).orElseThrow().port();
    }
}
