package org.exovigil.app.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The append-only file of anchors, outside the database. Each anchor is one line written with one
 * {@code write} in append mode and synced before the call returns; nothing here ever rewrites it. An
 * operator can make the append-only rule the kernel's ({@code chattr +a}) or copy the file elsewhere.
 */
@Component
class AuditAnchorFile {

    private final Path file;

    AuditAnchorFile(
            @Value("${exovigil.audit.anchor-file:${exovigil.data-dir:.exovigil}/audit-anchors.log}") Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    Path path() {
        return file;
    }

    /** The lines as written, oldest first; none if nothing was anchored yet. */
    List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit anchors " + file, e);
        }
    }

    synchronized void append(AuditAnchor anchor) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                try {
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException anotherProcessWasFirst) {
                    // Appending is all either process does.
                }
            }
            try (var channel = FileChannel.open(
                    file, Set.of(StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.DSYNC))) {
                channel.write(ByteBuffer.wrap((anchor.line() + "\n").getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit anchors " + file, e);
        }
    }
}
