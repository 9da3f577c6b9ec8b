package org.exovigil.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Closes the embedded PostgreSQL to everyone without a password, while it is still stopped: zonky's
 * {@code initdb} writes {@code trust} for every local user, and directories from earlier releases
 * still have it. Before the server first listens, {@code postgres --single} sets the owner's and the
 * application role's passwords from {@link DatabaseSecret} (stored as SCRAM-SHA-256 verifiers) and
 * {@code pg_hba.conf} is replaced by one that asks every connection, socket or loopback, for SCRAM
 * (OWASP ASVS 4.0.3 2.10.1, 2.10.2; NIST SP 800-63B 5.1.1.2 for stored verifiers). No moment exists
 * when the server accepts a connection without a password, so nothing can be planted on first start.
 *
 * <p>The application role can log in and nothing more: no superuser, no role or database creation,
 * no replication, no row-security bypass. It owns no table, so it cannot {@code ALTER TABLE ... DISABLE
 * TRIGGER}; its table rights are granted after each migration by {@link ApplicationRoleGrants}.
 */
final class PasswordOnlyAccess {

    static final String HBA = """
            # Written by Exovigil on every start: every connection needs a SCRAM-SHA-256 password.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private PasswordOnlyAccess() {}

    /** Run by zonky after {@code initdb} and before the postmaster starts. */
    static void impose(Path dataDirectory, DatabaseSecret secret) {
        setPasswords(dataDirectory, secret);
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write pg_hba.conf in " + dataDirectory, e);
        }
    }

    /** One statement a line: single-user mode ends a statement at a newline. */
    private static void setPasswords(Path dataDirectory, DatabaseSecret secret) {
        String app = DatabaseSecret.APPLICATION_ROLE;
        List<String> statements = List.of(
                "alter role " + DatabaseSecret.OWNER_ROLE + " password '" + secret.owner() + "'",
                "do $$ begin if not exists (select from pg_roles where rolname = '" + app + "') then create role " + app
                        + "; end if; end $$",
                "alter role " + app + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                        + secret.application() + "'");
        List<String> command = PostgresBinaries.command(
                "postgres",
                "--single",
                "-D",
                dataDirectory.toString(),
                "-c",
                "password_encryption=scram-sha-256",
                "-c",
                "exit_on_error=true",
                "-c",
                "log_statement=none",
                "postgres");
        try {
            Process single = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (var in = single.getOutputStream()) {
                in.write((String.join("\n", statements) + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            if (!single.waitFor(120, TimeUnit.SECONDS)) {
                single.destroyForcibly();
                throw new IllegalStateException("setting the database passwords did not finish in 120 s");
            }
            if (single.exitValue() != 0) {
                throw new IllegalStateException("setting the database passwords failed (postgres --single exit "
                        + single.exitValue() + "); is another server running on " + dataDirectory + "?");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting the database passwords", e);
        }
    }
}
