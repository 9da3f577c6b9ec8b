package org.exovigil.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.exovigil.app.database.DatabaseSecret;

/** One embedded PostgreSQL data directory per test run, under target/, never the user's. */
public final class TestDatabase {

    private static final Path ROOT = create();

    private TestDatabase() {}

    private static Path create() {
        try {
            Path target = Path.of("target").toAbsolutePath();
            Files.createDirectories(target);
            return Files.createTempDirectory(target, "test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data directory of its own for a test that needs a database nobody else touches. */
    public static Path freshDataDirectory() {
        try {
            return Files.createTempDirectory(ROOT, "data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A connection as the database owner (superuser), with the password the embedded PostgreSQL in
     * {@code postgresDirectory} keeps for it: what an operator could do, which the application cannot.
     */
    public static Connection ownerConnection(Path postgresDirectory) throws SQLException, IOException {
        List<String> pid = Files.readAllLines(postgresDirectory.resolve("postmaster.pid"));
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres",
                DatabaseSecret.OWNER_ROLE,
                DatabaseSecret.read(postgresDirectory).owner());
    }

    /** The owner's connection as a JdbcClient, for a test that plays an operator tampering with the data. */
    public static org.springframework.jdbc.core.simple.JdbcClient ownerJdbc(Path postgresDirectory) {
        try {
            return org.springframework.jdbc.core.simple.JdbcClient.create(
                    new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                            ownerConnection(postgresDirectory), true));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot connect as the owner of " + postgresDirectory, e);
        }
    }

    /** The PostgreSQL directory shared by all tests that run the application. */
    public static String sharedPostgresDirectory() {
        return ROOT.resolve("shared/pg17").toString();
    }
}
