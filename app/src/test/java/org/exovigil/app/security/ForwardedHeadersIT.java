package org.exovigil.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.exovigil.app.FormSession;
import org.exovigil.app.RunningExovigil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, finding 12: behind a TLS proxy the session cookie was not {@code Secure}, no HSTS was sent, and
 * every client had the proxy's address. Now the configured proxy's forwarded headers are believed (the
 * test application trusts {@value RunningExovigil#PROXY}), and anyone else's are ignored, so a client
 * cannot claim TLS it does not have or another client's address.
 */
class ForwardedHeadersIT extends RunningExovigil {

    private static final String HSTS = "Strict-Transport-Security";

    @Autowired
    JdbcClient jdbc;

    @Test
    void behindTheTrustedProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        var viaProxy = overTls(PROXY, "198.51.100.23");

        HttpResponse<String> login = viaProxy.get("/login");

        assertThat(login.headers().firstValue(HSTS))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(sessionCookie(login)).contains("Secure", "HttpOnly");
    }

    @Test
    void theProxysForwardedAddressIsTheClientsForTheAuditAndTheThrottle() throws Exception {
        forwarding(PROXY, "198.51.100.24").signIn("forwarded-nobody-1", "not a password at all");

        assertThat(failures("forwarded-nobody-1")).containsExactly("address=198.51.100.24");
    }

    @Test
    void aClientCannotSlipAnAddressInFrontOfTheOneTheProxyAdds() throws Exception {
        // The proxy appends the peer it saw; whatever the client sent before that is the client's own claim.
        forwarding(PROXY, "192.0.2.1, 198.51.100.25").signIn("forwarded-nobody-2", "not a password at all");

        assertThat(failures("forwarded-nobody-2")).containsExactly("address=198.51.100.25");
    }

    @Test
    void aClientThatIsNotTheProxyCannotClaimTlsOrAnotherAddress() throws Exception {
        var forger = overTls("127.0.0.3", "198.51.100.26");

        HttpResponse<String> login = forger.get("/login");
        forger.signIn("forwarded-nobody-3", "not a password at all");

        assertThat(login.headers().firstValue(HSTS)).isEmpty();
        assertThat(sessionCookie(login)).doesNotContain("Secure");
        assertThat(failures("forwarded-nobody-3")).containsExactly("address=127.0.0.3");
    }

    /** A session from {@code from}, sending what a TLS proxy sends for the client {@code forwardedFor}. */
    private FormSession overTls(String from, String forwardedFor) throws Exception {
        return new FormSession(
                path -> "http://127.0.0.1:" + port + path,
                InetAddress.getByName(from),
                Map.of("X-Forwarded-For", forwardedFor, "X-Forwarded-Proto", "https"));
    }

    /**
     * The same without {@code X-Forwarded-Proto}: this test's client speaks plain HTTP to the server, and
     * would rightly not send back a {@code Secure} cookie, which a sign-in's CSRF token lives in.
     */
    private FormSession forwarding(String from, String forwardedFor) throws Exception {
        return new FormSession(
                path -> "http://127.0.0.1:" + port + path,
                InetAddress.getByName(from),
                Map.of("X-Forwarded-For", forwardedFor));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private List<String> failures(String name) {
        return jdbc
                .sql("select detail from audit_event where action = 'login.failed' and subject = ? order by id")
                .param("account:" + name)
                .query(String.class)
                .list()
                .stream()
                .map(detail -> detail.replaceFirst("^.*(address=\\S+).*$", "$1"))
                .toList();
    }
}
