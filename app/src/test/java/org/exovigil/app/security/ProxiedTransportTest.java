package org.exovigil.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;

class ProxiedTransportTest {

    @Test
    void anHttpsPublicAddressMarksTheSessionCookieSecureEvenWithoutATrustedProxy() throws Exception {
        var https = new MockServletContext();
        var plain = new MockServletContext();

        new ProxiedTransport()
                .secureCookieForHttpsAddress(" HTTPS://exovigil.example.org/ ")
                .onStartup(https);
        new ProxiedTransport()
                .secureCookieForHttpsAddress("http://localhost:8080")
                .onStartup(plain);

        assertThat(https.getSessionCookieConfig().isSecure()).isTrue();
        assertThat(plain.getSessionCookieConfig().isSecure()).isFalse();
    }
}
