package org.exovigil.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server whose files live in one directory. If a server already runs there (a
 * running {@code serve}, while {@code admin} creates a user), it is joined rather than started again;
 * only the process that started it stops it.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";

    private final int port;
    private final EmbeddedPostgres started;

    private EmbeddedDatabase(int port, EmbeddedPostgres started) {
        this.port = port;
        this.started = started;
    }

    static EmbeddedDatabase open(Path directory) {
        return runningServerPort(directory)
                .map(port -> new EmbeddedDatabase(port, null))
                .orElseGet(() -> start(directory));
    }

    private static EmbeddedDatabase start(Path directory) {
        try {
            Files.createDirectories(directory);
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            return new EmbeddedDatabase(postgres.getPort(), postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * PostgreSQL writes its process id on line 1 and its port on line 4 of {@code postmaster.pid}
     * (PostgreSQL 17 documentation, "Database File Layout"); a stale file from a crash names a dead process.
     */
    private static Optional<Integer> runningServerPort(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
