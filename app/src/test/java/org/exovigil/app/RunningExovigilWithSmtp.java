package org.exovigil.app;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with an SMTP server configured: a real one, GreenMail, in the test's own process, started
 * afresh (and empty) for each test on a port chosen once. The sender runs every half second and retries after one
 * or two seconds, so a test sees a letter leave, fail and leave again in a few seconds. A database of its own: the
 * application of {@link RunningExovigil} may be running beside this one. The public address is http, as an https one
 * would make the session cookie Secure, which a test's plain-http client would not send back.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.mail.host=127.0.0.1",
            "exovigil.mail.from=exovigil@example.org",
            "exovigil.mail.send-every=PT0.5S",
            "exovigil.mail.first-retry=PT1S",
            "exovigil.mail.longest-retry=PT2S",
            "exovigil.public-base-url=http://exovigil.example"
        })
public abstract class RunningExovigilWithSmtp {

    protected static final int SMTP_PORT = freePort();
    private static final Path DATA = TestDatabase.freshDataDirectory();

    @RegisterExtension
    protected static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort
    protected int port;

    /**
     * A test whose beans differ (so whose application is another one, beside this) names a directory of its own in
     * this property: a second application joining the first's PostgreSQL would share its audit chain and anchors.
     */
    protected static final String OWN_DATA_DIRECTORY = "exovigil.test.own-data-dir";

    @DynamicPropertySource
    static void databaseAndSmtp(DynamicPropertyRegistry registry) {
        // A placeholder, since a subclass's registration of the same name would be overridden by this one.
        String data = "${" + OWN_DATA_DIRECTORY + ":" + DATA + "}";
        registry.add("exovigil.database.embedded-dir", () -> data + "/pg17");
        registry.add("exovigil.data-dir", () -> data);
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * A free port below Linux's ephemeral range (32768-60999): GreenMail binds it only when a test starts, after the
     * embedded PostgreSQL has asked the system for a port of its own, and a port from the ephemeral range could be
     * handed to PostgreSQL in between (it was, once, in CI).
     */
    private static int freePort() {
        var random = new java.util.Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = 20_000 + random.nextInt(12_000);
            try (var socket = new ServerSocket(candidate, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // taken: try another
            }
        }
        throw new UncheckedIOException(new IOException("no free port between 20000 and 32000 for the SMTP server"));
    }
}
