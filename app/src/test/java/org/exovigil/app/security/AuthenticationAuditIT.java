package org.exovigil.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.exovigil.app.RunningExovigil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 (3): signing in, failing to, signing out and a refused bearer token were not audited, so
 * fifty guessed passwords left no trace in the log that is meant to be the record. Now each is an event.
 */
class AuthenticationAuditIT extends RunningExovigil {

    private static final String PASSWORD = "a passphrase long enough";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void aFailedAndASuccessfulSignInAndASignOutAreEachAudited() throws Exception {
        accounts.completeSetup(accounts.invite("kaito", Role.REGULATOR).token(), PASSWORD);

        HttpResponse<String> wrong = signIn("kaito", "not the passphrase");
        assertThat(wrong.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("error"));
        HttpResponse<String> right = signIn("kaito", PASSWORD);
        assertThat(right.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        HttpResponse<String> out = post("/logout", "_csrf=" + csrf("/regulator"));
        assertThat(out.statusCode()).isEqualTo(302);

        assertThat(events("account:kaito"))
                .containsExactly(
                        "anonymous login.failed reason=bad-credentials address=127.0.0.1",
                        "kaito login.succeeded address=127.0.0.1",
                        "kaito logout address=127.0.0.1");
    }

    @Test
    void aNameNobodyHasIsAuditedAsAFailureWithoutItsControlCharacters() throws Exception {
        signIn("nobody\nforged line", "whatever it is");

        assertThat(events("account:nobody\uFFFDforged line"))
                .containsExactly("anonymous login.failed reason=bad-credentials address=127.0.0.1");
    }

    @Test
    void aNameWithANulIsRefusedBeforeAnyoneLooksItUp() throws Exception {
        // Finding 11: a NUL in any field is refused naming the field, so it never reaches the database.
        assertThat(signIn("nobody\u0000", "whatever it is").statusCode()).isEqualTo(400);
    }

    @Test
    void aRefusedBearerTokenIsAuditedWithoutTheToken() throws Exception {
        String token = "exo_guessed-token-for-the-audit-test";
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/whoami")))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);

        String subject = "token:sha256-" + Secrets.hash(token).substring(0, 12);
        assertThat(events(subject)).containsExactly("anonymous token.refused address=127.0.0.1 path=/api/v1/whoami");
        assertThat(jdbc.sql("select count(*) from audit_event where detail like ? or subject like ?")
                        .params("%" + token + "%", "%" + token + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private List<String> events(String subject) {
        return jdbc.sql("""
                        select actor || ' ' || action || ' ' || detail from audit_event
                        where subject = ? and (action like 'login.%' or action like 'logout' or action like 'token.%')
                        order by id""").param(subject).query(String.class).list();
    }

    private HttpResponse<String> signIn(String name, String password) throws Exception {
        return post(
                "/login",
                "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf("/login"));
    }

    private String csrf(String page) throws Exception {
        String html = browser.send(
                        HttpRequest.newBuilder(URI.create(url(page))).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        var match = CSRF.matcher(html);
        assertThat(match.find()).as("a CSRF token on " + page).isTrue();
        return URLEncoder.encode(match.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
