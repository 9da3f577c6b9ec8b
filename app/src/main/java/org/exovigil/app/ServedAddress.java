package org.exovigil.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The address the portal was last served at, kept in the data folder beside the database. {@code admin
 * user} runs while the server is not necessarily up, and prints a link that person must be able to open:
 * reading this file, it names the port {@code serve} really used (or the configured public address),
 * instead of guessing 8080.
 */
@Component
public class ServedAddress implements ApplicationListener<ServletWebServerInitializedEvent> {

    private static final String FILE = "served-at";

    private final PublicAddress publicAddress;
    private final Path dataDirectory;

    ServedAddress(PublicAddress publicAddress, @Value("${exovigil.data-dir:.exovigil}") Path dataDirectory) {
        this.publicAddress = publicAddress;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
        try {
            Files.createDirectories(dataDirectory);
            Files.writeString(
                    dataDirectory.resolve(FILE),
                    publicAddress.forPort(
                                    event.getWebServer().getPort(),
                                    event.getApplicationContext()
                                            .getServletContext()
                                            .getContextPath())
                            + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the served address in " + dataDirectory, e);
        }
    }

    /** The address last served from this data folder, or empty when no server has run from it. */
    public static Optional<String> lastServedFrom(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file).strip())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
