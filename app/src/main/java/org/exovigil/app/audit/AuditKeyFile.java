package org.exovigil.app.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the audit key comes from: {@code exovigil.audit.key} (base64, e.g. from the environment or a
 * secrets store) or else a file in the data directory, generated on first use, readable by the owner
 * only (mode 0600). Never the database: the key must not travel with what it protects.
 */
@Component
class AuditKeyFile {

    private static final Logger LOG = LoggerFactory.getLogger(AuditKeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final String configured;
    private final Path file;
    private volatile AuditKey key;

    AuditKeyFile(
            @Value("${exovigil.audit.key:}") String configured,
            @Value("${exovigil.audit.key-file:${exovigil.data-dir:.exovigil}/audit.key}") Path file) {
        this.configured = configured.strip();
        this.file = file.toAbsolutePath().normalize();
    }

    Path path() {
        return file;
    }

    /** The key, if one is configured or was generated before; verifying never creates one. */
    synchronized Optional<AuditKey> existing() {
        if (key == null) {
            if (!configured.isEmpty()) {
                key = AuditKey.of(Base64.getDecoder().decode(configured));
            } else if (Files.exists(file)) {
                key = read();
            }
        }
        return Optional.ofNullable(key);
    }

    /** The key, generating the file on first use. */
    synchronized AuditKey obtain() {
        return existing().orElseGet(this::generate);
    }

    private AuditKey read() {
        try {
            warnIfOthersCanRead();
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return AuditKey.of(Base64.getDecoder().decode(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit key " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the audit key " + file + " is not a base64 key: " + e.getMessage(), e);
        }
    }

    /**
     * Written whole to a file of its own and then linked into place, which fails if the key exists:
     * a full disk leaves no half-written key, and two processes starting at once keep the first key.
     */
    private AuditKey generate() {
        byte[] secret = AuditKey.generateSecret();
        Path draft = null;
        try {
            Files.createDirectories(file.getParent());
            try {
                draft = Files.createTempFile(
                        file.getParent(), "audit.key.", ".draft", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException notPosix) {
                draft = Files.createTempFile(file.getParent(), "audit.key.", ".draft");
            }
            Files.writeString(draft, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
            try (var channel = FileChannel.open(draft, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.createLink(file, draft);
            } catch (UnsupportedOperationException noHardLinks) {
                Files.move(draft, file);
            }
        } catch (FileAlreadyExistsException anotherProcessWasFirst) {
            key = read();
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the audit key " + file, e);
        } finally {
            if (draft != null) {
                try {
                    Files.deleteIfExists(draft);
                } catch (IOException ignored) {
                    // A leftover draft is harmless; it never becomes the key.
                }
            }
        }
        LOG.info("generated the audit key {}; back it up apart from the database", file);
        key = AuditKey.of(secret);
        return key;
    }

    private void warnIfOthersCanRead() throws IOException {
        try {
            if (!OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                LOG.warn("the audit key {} can be read by others than its owner; chmod 600 it", file);
            }
        } catch (UnsupportedOperationException notPosix) {
            // Nothing to check on a file system without POSIX permissions.
        }
    }
}
