package org.exovigil.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.exovigil.app.FormSession;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.audit.AuditLog;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The account attacks of issue 15, run against the running application over HTTP as a script would:
 * guessing passwords (finding 6), choosing a weak one and not being able to change it (7), and an account
 * that cannot be switched off or re-keyed (8).
 */
class AccountSafetyIT extends RunningExovigil {

    private static final String PASSWORD = "a long enough passphrase for tests";
    private static final String NEW_PASSWORD = "another passphrase nobody guesses";

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    /** The throttle counts per client address too, and every test here comes from 127.0.0.1. */
    @AfterEach
    void forgetFailures() {
        jdbc.sql("delete from login_throttle").update();
    }

    // Finding 6: login has no throttling.

    @Test
    void fiftyWrongPasswordsLockTheAccountSoTheRightOneIsThenRefused() throws Exception {
        person("guessed", Role.REGULATOR);
        var attacker = new FormSession(this::url);

        for (int i = 0; i < 50; i++) {
            var answer = attacker.signIn("guessed", "wrong guess number " + i);
            assertThat(answer.statusCode()).isEqualTo(302);
        }
        var right = attacker.signIn("guessed", PASSWORD);

        assertThat(right.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login?locked="));
        assertThat(attacker.signedIn()).isFalse();
        URI lockedPage = URI.create(right.headers().firstValue("Location").orElseThrow());
        String page = attacker.get(lockedPage.getRawPath() + "?" + lockedPage.getRawQuery())
                .body();
        assertThat(page).contains("EXO-1511", "(Coordinated Universal Time)");
        // The real person, from anywhere, waits for the lock to end as well: the lock is on the account.
        assertThat(new FormSession(this::url)
                        .signIn("guessed", PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("locked"));
    }

    @Test
    void theLockIsKeptInTheDatabaseSoARestartDoesNotLiftIt() throws Exception {
        person("restarted", Role.REGULATOR);
        var attacker = new FormSession(this::url);
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            attacker.signIn("restarted", "wrong guess number " + i);
        }

        // A new throttle over the same database is what a restarted server has.
        var afterRestart = new LoginThrottle(jdbc, Clock.systemUTC(), audit);

        assertThat(afterRestart.lockedUntil("restarted", "192.0.2.1")).isPresent();
    }

    @Test
    void aPasswordSprayedOverManyNamesLocksTheAddress() throws Exception {
        person("sprayed", Role.REGULATOR);
        var attacker = new FormSession(this::url);

        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            attacker.signIn("name" + i, "Summer2024!Summer2024!");
        }

        assertThat(attacker.signIn("sprayed", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login?locked="));
    }

    @Test
    void anAdministratorLiftsALock() throws Exception {
        person("forgetful", Role.REGULATOR);
        person("helpdesk", Role.ADMIN);
        var person = new FormSession(this::url);
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            person.signIn("forgetful", "is it this one " + i);
        }
        assertThat(person.signIn("forgetful", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login?locked="));

        var admin = signedIn("helpdesk", PASSWORD);
        admin.postForm("/admin", "/admin/accounts/forgetful/unlock", Map.of());

        assertThat(person.signIn("forgetful", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/staff"));
    }

    // Finding 7: weak passwords accepted, no breached-password check, no self-service change.

    @Test
    void aCommonPasswordIsRefusedOnTheSetupPageAndTheLinkStaysUsable() throws Exception {
        Invitation invitation = accounts.invite("weakling", Role.PROVIDER);
        var person = new FormSession(this::url);
        String setup = "/setup/" + invitation.token();

        for (String weak : new String[] {"1qaz2wsx3edc4rfv", "passwordpassword", "iloveyou12345678", "short one"}) {
            var answer = person.postForm(setup, setup, Map.of("password", weak, "confirmation", weak));
            assertThat(answer.statusCode()).as(weak).isEqualTo(200);
            assertThat(answer.body()).as(weak).containsAnyOf("EXO-1523", "EXO-1521");
        }

        assertThat(accounts.find("weakling"))
                .hasValueSatisfying(account -> assertThat(account.active()).isFalse());
        assertThat(accounts.invited(invitation.token())).isPresent();
    }

    @Test
    void aPersonChangesTheirOwnPasswordAndTheOldOneAndItsSessionsStopWorking() throws Exception {
        person("changer", Role.RESEARCHER);
        var here = signedIn("changer", PASSWORD);
        var elsewhere = signedIn("changer", PASSWORD);

        var wrongCurrent = here.postForm(
                "/account/password",
                "/account/password",
                Map.of("current", "not my password at all", "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertThat(wrongCurrent.body()).contains("EXO-1525");
        var weak = here.postForm(
                "/account/password",
                "/account/password",
                Map.of("current", PASSWORD, "password", "passwordpassword", "confirmation", "passwordpassword"));
        assertThat(weak.body()).contains("EXO-1523");

        var changed = here.postForm(
                "/account/password",
                "/account/password",
                Map.of("current", PASSWORD, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));

        assertThat(changed.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?changed"));
        assertThat(elsewhere.signedIn()).isFalse();
        assertThat(new FormSession(this::url)
                        .signIn("changer", PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(signedIn("changer", NEW_PASSWORD).signedIn()).isTrue();
    }

    // Issue 20: where letters go can be changed, by the holder (with their password) or an administrator.

    @Test
    void aPersonChangesTheirOwnAddressWithTheirPasswordAndANonAddressIsRefusedInTheirLanguage() throws Exception {
        person("mover", Role.RESEARCHER);
        var japanese = new FormSession(this::url, null, Map.of("Accept-Language", "ja"));
        japanese.signIn("mover", PASSWORD);

        var notAnAddress = japanese.postForm(
                "/account/password", "/account/email", Map.of("current", PASSWORD, "email", "mover at example"));
        assertThat(notAnAddress.body()).contains("EXO-1900: e-mail: 「mover at example」は 1 つのメールアドレス");
        var wrongPassword = japanese.postForm(
                "/account/password",
                "/account/email",
                Map.of("current", "not my password at all", "email", "mover@example.jp"));
        assertThat(wrongPassword.body()).contains("EXO-1525");
        assertThat(accounts.addressOf("mover")).isEmpty();

        var saved = japanese.postForm(
                "/account/password", "/account/email", Map.of("current", PASSWORD, "email", " mover@example.jp "));
        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/account/password"));
        assertThat(accounts.addressOf("mover")).contains("mover@example.jp");
        assertThat(Jsoup.parse(japanese.get("/account/password").body())
                        .getElementById("email")
                        .attr("value"))
                .isEqualTo("mover@example.jp");
        assertThat(changes("account:mover")).containsExactly("mover address set");

        japanese.postForm("/account/password", "/account/email", Map.of("current", PASSWORD, "email", ""));
        assertThat(accounts.addressOf("mover")).isEmpty();
        assertThat(changes("account:mover")).containsExactly("mover address set", "mover address removed");
    }

    @Test
    void anAdministratorChangesSomeonesAddressAndANonAddressIsRefused() throws Exception {
        person("address-admin", Role.ADMIN);
        person("address-held", Role.REGULATOR);
        var admin = signedIn("address-admin", PASSWORD);

        var refused = admin.postForm(
                "/admin", "/admin/accounts/address-held/email", Map.of("email", "a@example.org, b@example.org"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(Jsoup.parse(admin.get("/admin?lang=en").body())
                        .getElementById("admin-refusal")
                        .text())
                .startsWith("EXO-1900: e-mail: 'a@example.org, b@example.org' is not one e-mail address");
        assertThat(accounts.addressOf("address-held")).isEmpty();

        admin.postForm("/admin", "/admin/accounts/address-held/email", Map.of("email", "held@example.org"));
        var page = Jsoup.parse(admin.get("/admin?lang=en").body());
        assertThat(page.getElementById("email-changed").text())
                .startsWith("The e-mail address of address-held is saved");
        assertThat(accounts.addressOf("address-held")).contains("held@example.org");
        assertThat(changes("account:address-held")).containsExactly("address-admin address set");
        assertThat(jdbc.sql("select count(*) from audit_event where detail like '%held@example.org%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private java.util.List<String> changes(String subject) {
        return jdbc.sql("""
                        select actor || ' ' || detail from audit_event
                        where action = 'account.email-changed' and subject = ? order by id""").param(subject).query(String.class).list();
    }

    // Finding 8: an account cannot be disabled, and a new setup link leaves the old password working.

    @Test
    void disablingAnAccountEndsItsSessionsRevokesItsTokensAndRefusesItsPassword() throws Exception {
        person("leaver", Role.PROVIDER);
        long id = accounts.find("leaver").orElseThrow().id();
        String token = tokens.issue("leaver's script", Role.PROVIDER, id);
        var session = signedIn("leaver", PASSWORD);
        assertThat(whoAmI(token)).isEqualTo(200);

        accounts.disable("leaver");

        assertThat(session.signedIn()).isFalse();
        assertThat(whoAmI(token)).isEqualTo(401);
        assertThat(new FormSession(this::url)
                        .signIn("leaver", PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(accounts.find("leaver"))
                .hasValueSatisfying(account -> assertThat(account.disabled()).isTrue());
    }

    @Test
    void anAdministratorDisablesAnAccountFromTheAdministrationPage() throws Exception {
        person("boss", Role.ADMIN);
        person("contractor", Role.COMMITTEE);
        var contractor = signedIn("contractor", PASSWORD);
        var boss = signedIn("boss", PASSWORD);

        var issued = boss.postForm(
                "/admin",
                "/admin/tokens",
                Map.of("name", "contractor's laptop", "role", "COMMITTEE", "account", "contractor"));
        assertThat(issued.statusCode()).isEqualTo(302);
        var token = java.util.regex.Pattern.compile("exo_[A-Za-z0-9_-]{43}")
                .matcher(boss.get("/admin").body())
                .results()
                .findFirst()
                .orElseThrow()
                .group();
        assertThat(whoAmI(token)).isEqualTo(200);

        var answer = boss.postForm("/admin", "/admin/accounts/contractor/disable", Map.of());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(contractor.signedIn()).isFalse();
        assertThat(whoAmI(token)).isEqualTo(401);
        assertThat(boss.get("/admin").body()).contains("contractor");
    }

    @Test
    void aTokenRevokedOutsideThisServerIsRefusedWithinTheTimeAGoodTokenIsBelieved() throws Exception {
        String token = tokens.issue("script revoked by SQL", Role.PROVIDER);
        assertThat(whoAmI(token)).isEqualTo(200);

        // As another process would: straight in the database, so this server is not told.
        jdbc.sql("update api_token set revoked_at = now() where name = 'script revoked by SQL'")
                .update();
        Thread.sleep(ApiTokens.BELIEVED_FOR.toMillis() + 100);

        assertThat(whoAmI(token)).isEqualTo(401);
    }

    @Test
    void aNewSetupLinkMakesTheOldPasswordStopWorkingAndEndsItsSessions() throws Exception {
        person("stolen", Role.REGULATOR);
        var thief = signedIn("stolen", PASSWORD);

        Invitation fresh = accounts.reinvite("stolen");

        assertThat(thief.signedIn()).isFalse();
        assertThat(new FormSession(this::url)
                        .signIn("stolen", PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        accounts.completeSetup(fresh.token(), NEW_PASSWORD);
        assertThat(signedIn("stolen", NEW_PASSWORD).signedIn()).isTrue();
    }

    private void person(String name, Role role) {
        accounts.completeSetup(accounts.invite(name, role).token(), PASSWORD);
    }

    private FormSession signedIn(String name, String password) throws Exception {
        var session = new FormSession(this::url);
        assertThat(session.signIn(name, password).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/staff"));
        assertThat(session.signedIn()).isTrue();
        return session;
    }

    private int whoAmI(String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/whoami")))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
