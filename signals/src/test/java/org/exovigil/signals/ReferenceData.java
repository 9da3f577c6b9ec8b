package org.exovigil.signals;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code shared/data/reference} by walking up from the working directory. */
public final class ReferenceData {

    private ReferenceData() {}

    public static Path file(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/reference").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/reference/" + relative + " not found above "
                + Path.of("").toAbsolutePath());
    }
}
