package org.exovigil.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The two passwords of the embedded PostgreSQL: the owner's (superuser, runs migrations) and the
 * application's (a role that owns nothing). They are generated on first start with 256 bits from a
 * CSPRNG and kept in the data directory, readable by its owner only (mode 0600), never in the code,
 * a property or a log (OWASP ASVS 4.0.3 2.10.1, 2.10.4, 6.3.1).
 *
 * @param owner password of the superuser {@code postgres}
 * @param application password of {@link #APPLICATION_ROLE}
 */
public record DatabaseSecret(String owner, String application) {

    /** The file, inside the PostgreSQL data directory. */
    public static final String FILE = "exovigil-credentials";

    public static final String OWNER_ROLE = "postgres";
    public static final String APPLICATION_ROLE = "exovigil_app";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    public DatabaseSecret {
        if (!safe(owner) || !safe(application)) {
            throw new IllegalArgumentException("a database password must be 43 base64url characters");
        }
    }

    /** The secret of the PostgreSQL data directory {@code directory}. */
    public static DatabaseSecret read(Path directory) {
        Path file = directory.resolve(FILE);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            if (lines.size() < 2
                    || !lines.get(0).startsWith("owner ")
                    || !lines.get(1).startsWith("application ")) {
                throw new IllegalStateException(
                        file + " is damaged; remove it and start again to generate new passwords");
            }
            return new DatabaseSecret(
                    lines.get(0).substring("owner ".length()).strip(),
                    lines.get(1).substring("application ".length()).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the database secret " + file, e);
        }
    }

    /**
     * The secret of {@code directory}, or a new one when it has none yet (a new directory, which
     * {@code initdb} needs empty, or one from a release that trusted every local user); a new one is
     * written by {@link #keepIn(Path)} once {@code initdb} has run.
     */
    static DatabaseSecret readOrGenerate(Path directory) {
        return Files.exists(directory.resolve(FILE)) ? read(directory) : new DatabaseSecret(generate(), generate());
    }

    /** Writes this secret into {@code directory} (mode 0600) unless it is there already. */
    void keepIn(Path directory) {
        Path file = directory.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                Path written = directory.resolve(FILE + ".new");
                Files.deleteIfExists(written);
                Files.createFile(written, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.writeString(
                        written, "owner " + owner + "\napplication " + application + "\n", StandardCharsets.US_ASCII);
                Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            }
            // A copy or a restore may have widened it; a password readable by others is no secret.
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            if (!read(directory).equals(this)) {
                throw new IllegalStateException(file + " changed while the server started");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the database secret " + file, e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Only base64url, so a password can be quoted in SQL without escaping. */
    private static boolean safe(String password) {
        return password != null && password.matches("[A-Za-z0-9_-]{43}");
    }

    @Override
    public String toString() {
        return "DatabaseSecret[redacted]";
    }
}
