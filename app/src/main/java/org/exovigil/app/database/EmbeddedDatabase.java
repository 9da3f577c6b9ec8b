package org.exovigil.app.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server whose files live in one directory, listening on loopback only and asking every
 * connection for a password ({@link PasswordOnlyAccess}). If a server already runs there for a live
 * Exovigil process (a running {@code serve}, while {@code admin} creates a user), it is joined rather
 * than started again; only the process that started it stops it. A server left behind by a process
 * that died is stopped and started afresh, and a watchdog outside the process group stops the server
 * when the process that started it dies, however it dies (OWASP ASVS 4.0.3 1.14.1, 14.1.1).
 */
final class EmbeddedDatabase implements AutoCloseable {

    /** The Exovigil process that started the server in this directory. */
    static final String OWNER_FILE = "exovigil-owner.pid";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path directory;
    private final int port;
    private final boolean owned;
    private volatile Server server;
    private volatile boolean closed;
    private final ScheduledExecutorService supervisor;

    /** The server this process started, and its watchdog. */
    private record Server(EmbeddedPostgres postgres, Process watchdog) {

        void stop() throws IOException {
            try {
                postgres.close();
            } finally {
                if (watchdog != null) {
                    watchdog.destroy();
                }
            }
        }
    }

    private EmbeddedDatabase(Path directory, int port, Server server) {
        this.directory = directory;
        this.port = port;
        this.owned = server != null;
        this.server = server;
        if (owned) {
            // Issue 15, finding 16: a server that dies (OOM killer, a crash) is started again on the same
            // port, and the pool's next connection finds it (OWASP ASVS 4.0.3 1.14.x availability).
            this.supervisor = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("exovigil-db-supervisor").factory());
            this.supervisor.scheduleWithFixedDelay(this::restartIfDead, 2, 2, TimeUnit.SECONDS);
        } else {
            this.supervisor = null;
        }
    }

    static EmbeddedDatabase open(Path directory) {
        Optional<Postmaster> running = Postmaster.of(directory);
        if (running.isPresent()) {
            if (ownerAlive(directory)) {
                return new EmbeddedDatabase(directory, running.get().port(), null);
            }
            running.get().stopOrphan();
        }
        Server server = start(directory, 0);
        return new EmbeddedDatabase(directory, server.postgres().getPort(), server);
    }

    private synchronized void restartIfDead() {
        if (closed || Postmaster.of(directory).isPresent()) {
            return;
        }
        log.warn("The embedded PostgreSQL in {} stopped unexpectedly; starting it again on port {}", directory, port);
        try {
            Server dead = server;
            try {
                dead.stop();
            } catch (IOException | RuntimeException alreadyGone) {
                // pg_ctl cannot stop what has died; zonky still lets go of its lock
            }
            server = start(directory, port);
        } catch (RuntimeException e) {
            log.warn("Could not start the embedded PostgreSQL again (tried again in 2 s): {}", e.getMessage());
        }
    }

    private static Server start(Path directory, int port) {
        try {
            Files.createDirectories(directory);
            DatabaseSecret secret = DatabaseSecret.readOrGenerate(directory);
            var postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(DefaultPostgresBinaryResolver.INSTANCE)
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setDataDirectoryCustomizer(data -> {
                        secret.keepIn(data.toPath());
                        PasswordOnlyAccess.impose(data.toPath(), secret);
                    })
                    .setConnectConfig("password", secret.owner())
                    // Stopped by close(), after the pool, when the application stops; the library's own JVM hook
                    // stopped it first, the supervisor then started it again mid-shutdown and left it orphaned.
                    // A JVM that dies without stopping leaves it to the watchdog.
                    .setRegisterShutdownHook(false)
                    .start();
            Files.writeString(
                    directory.resolve(OWNER_FILE), ProcessHandle.current().pid() + "\n");
            Process watchdog =
                    Postmaster.of(directory).map(Postmaster::watchdog).orElse(null);
            return new Server(postgres, watchdog);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static boolean ownerAlive(Path directory) {
        try {
            long pid = Long.parseLong(
                    Files.readString(directory.resolve(OWNER_FILE)).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    DatabaseSecret secret() {
        return DatabaseSecret.read(directory);
    }

    @Override
    public void close() throws IOException {
        if (!owned) {
            return;
        }
        supervisor.shutdownNow();
        synchronized (this) {
            closed = true;
            server.stop();
        }
    }

    /**
     * The server running in a directory. PostgreSQL writes its process id on line 1 and its port on line
     * 4 of {@code postmaster.pid} (PostgreSQL 17 documentation, "Database File Layout"); a stale file
     * from a crash names a dead process.
     */
    record Postmaster(Path directory, long pid, int port) {

        static Optional<Postmaster> of(Path directory) {
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
                boolean alive =
                        ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                return alive
                        ? Optional.of(new Postmaster(
                                directory, pid, Integer.parseInt(lines.get(3).trim())))
                        : Optional.empty();
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** Left behind by an Exovigil that died before its watchdog could act: a fast shutdown. */
        void stopOrphan() {
            run(PostgresBinaries.command("pg_ctl", "stop", "-D", directory.toString(), "-m", "fast", "-w", "-t", "60"));
            // pg_ctl returns once postmaster.pid is gone, a moment before the process itself.
            ProcessHandle.of(pid)
                    .ifPresent(process -> process.onExit()
                            .completeOnTimeout(process, 30, TimeUnit.SECONDS)
                            .join());
        }

        /**
         * A shell in a session of its own (so killing the server's process group does not kill it) that
         * waits for this Java process to end and then asks the postmaster for a fast shutdown (SIGINT),
         * unless another server has since taken the directory.
         */
        Process watchdog() {
            String script = "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
                    + "[ \"$(head -n 1 \"$3/postmaster.pid\" 2>/dev/null)\" = \"$2\" ] && kill -INT \"$2\"";
            List<String> command = new java.util.ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid"))) {
                command.add("setsid");
            }
            command.addAll(List.of(
                    "sh",
                    "-c",
                    script,
                    "exovigil-db-watchdog",
                    Long.toString(ProcessHandle.current().pid()),
                    Long.toString(pid),
                    directory.toString()));
            try {
                return new ProcessBuilder(command)
                        .redirectInput(ProcessBuilder.Redirect.from(
                                Path.of("/dev/null").toFile()))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the database watchdog", e);
            }
        }

        private static void run(List<String> command) {
            try {
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new IllegalStateException("cannot stop the PostgreSQL left behind: " + command);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
