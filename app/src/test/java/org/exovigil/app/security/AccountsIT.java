package org.exovigil.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.refusals.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** People get in through a one-time link, machines through a bearer token; nobody through a default. */
class AccountsIT extends RunningExovigil {

    private static final String PASSWORD = "long enough passphrase";

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anInvitedPersonCannotSignInBeforeSettingAPassword() {
        accounts.invite("aiko", Role.REGULATOR);

        assertThat(accounts.find("aiko"))
                .hasValueSatisfying(account -> assertThat(account.active()).isFalse());
        assertThatThrownBy(() -> accounts.loadUserByUsername("aiko")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void theSetupLinkSetsThePasswordOnceAndIsThenSpent() {
        Invitation invitation = accounts.invite("bruno", Role.COMMITTEE);

        accounts.completeSetup(invitation.token(), PASSWORD);

        assertThat(accounts.loadUserByUsername("bruno").getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_COMMITTEE");
        assertThat(accounts.invited(invitation.token())).isEmpty();
        assertThatThrownBy(() -> accounts.completeSetup(invitation.token(), "another long passphrase"))
                .isInstanceOfSatisfying(
                        AccountRefused.class,
                        refused ->
                                assertThat(refused.refusal()).isEqualTo(Refusal.of(AccountRefusal.SETUP_LINK_SPENT)));
    }

    @Test
    void aShortPasswordIsRefusedAndTheLinkStaysUsable() {
        Invitation invitation = accounts.invite("chiara", Role.PROVIDER);

        assertThatThrownBy(() -> accounts.completeSetup(invitation.token(), "short"))
                .isInstanceOfSatisfying(
                        AccountRefused.class,
                        refused -> assertThat(refused.refusal())
                                .isEqualTo(Refusal.of(AccountRefusal.PASSWORD_TOO_SHORT, 15)));
        assertThat(accounts.invited(invitation.token())).isPresent();
    }

    @Test
    void aPasswordCountsCharactersNotBytes() {
        Invitation invitation = accounts.invite("daiki", Role.RESEARCHER);

        accounts.completeSetup(invitation.token(), "安全な合言葉を十五文字以上で選びます");

        assertThat(accounts.find("daiki"))
                .hasValueSatisfying(account -> assertThat(account.active()).isTrue());
    }

    @Test
    void twoAccountsCannotShareAName() {
        accounts.invite("eun-ji", Role.REGULATOR);

        assertThatThrownBy(() -> accounts.invite("  eun-ji ", Role.PROVIDER))
                .isInstanceOfSatisfying(
                        AccountRefused.class,
                        refused -> assertThat(refused.refusal())
                                .isEqualTo(Refusal.of(AccountRefusal.NAME_OF_AN_ACCOUNT, "eun-ji")));
    }

    @Test
    void aNewLinkReplacesTheOldOne() {
        Invitation first = accounts.invite("farid", Role.REGULATOR);
        Invitation second = accounts.reinvite("farid");

        assertThat(accounts.invited(first.token())).isEmpty();
        assertThat(accounts.invited(second.token())).isPresent();
    }

    @Test
    void aBearerTokenIdentifiesItsSenderUntilRevoked() throws Exception {
        String token = tokens.issue("clinic gateway", Role.PROVIDER);

        HttpResponse<String> response = whoAmI("Bearer " + token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"name\":\"clinic gateway\",\"roles\":[\"PROVIDER\"]}");

        tokens.active().stream()
                .filter(sender -> sender.name().equals("clinic gateway"))
                .forEach(sender -> tokens.revoke(sender.id()));
        assertThat(whoAmI("Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownTokenGetsAProblemDocument() throws Exception {
        HttpResponse<String> response = whoAmI("Bearer exo_not-a-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
    }

    @Test
    void theApiAnswersUnauthorisedRatherThanRedirectingToALoginPage() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/whoami"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aStaffAreaSendsABrowserToTheLoginPage() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url("/regulator")))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url("/admin/accounts")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("name=mallory&role=ADMIN"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(accounts.find("mallory")).isEmpty();
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url("/"))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    private HttpResponse<String> whoAmI(String authorization) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/whoami")))
                        .header("Authorization", authorization)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
