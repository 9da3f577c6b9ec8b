package org.exovigil.app;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port against a real embedded PostgreSQL, with the demo data,
 * as {@code ./exovigil serve} runs it. Tests that extend it share one running application.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"exovigil.demo=true", "exovigil.trusted-proxies=" + RunningExovigil.PROXY})
public abstract class RunningExovigil {

    /**
     * The address a test connects from to play a TLS proxy in front of the server; the others on loopback
     * (127.0.0.1 and the rest of 127/8) are ordinary clients whose forwarded headers are ignored.
     */
    public static final String PROXY = "127.0.0.2";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("exovigil.database.embedded-dir", TestDatabase::sharedPostgresDirectory);
        // The audit key and anchor file live beside the database, as under ./exovigil --data.
        registry.add(
                "exovigil.data-dir",
                () -> java.nio.file.Path.of(TestDatabase.sharedPostgresDirectory())
                        .getParent()
                        .toString());
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
