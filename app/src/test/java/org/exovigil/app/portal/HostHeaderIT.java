package org.exovigil.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, finding 13: a client sets the Host header to anything; it must never reach a redirect, a
 * link on a page or a FHIR {@code fullUrl} (host header injection, OWASP ASVS 4.0.3 V5.1.5). Sent over a
 * raw socket, because HTTP clients refuse to set Host.
 */
class HostHeaderIT extends RunningExovigil {

    private static final String EVIL = "evil.example";

    @Autowired
    ApiTokens tokens;

    private String get(String path, String... headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            var request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + EVIL + "\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRedirectCarriesNoForeignHost() throws IOException {
        String response = get("/staff", "Accept: text/html");

        assertThat(response).startsWith("HTTP/1.1 302").doesNotContain(EVIL);
    }

    @Test
    void thePagesLinksCarryNoForeignHost() throws IOException {
        String response = get("/check/treatment?lang=en");

        assertThat(response).startsWith("HTTP/1.1 200").doesNotContain(EVIL);
    }

    @Test
    void aFhirSearchBundleCarriesNoForeignHost() throws IOException {
        String token = tokens.issue("host-header-regulator", Role.REGULATOR);

        String response =
                get("/fhir/AdverseEvent?_count=5", "Authorization: Bearer " + token, "Accept: application/fhir+json");

        assertThat(response).startsWith("HTTP/1.1 200").contains("\"link\"").doesNotContain(EVIL);
    }
}
