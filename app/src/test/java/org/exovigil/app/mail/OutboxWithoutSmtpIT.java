package org.exovigil.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.exovigil.app.FormSession;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With no SMTP server configured (the application as {@code ./exovigil serve} runs it out of the box), letters are
 * never lost: they wait in the outbox, and an administrator reads them there, addresses included; a regulator, who
 * may not read other people's addresses, is refused the page.
 */
class OutboxWithoutSmtpIT extends RunningExovigil {

    private static final String PASSWORD = "outbox passphrase long enough";

    @Autowired
    Accounts accounts;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLetterWaitsInTheOutboxWhereOnlyAnAdministratorReadsIt() throws Exception {
        accounts.invite(
                "outbox-invitee", Role.RESEARCHER, "invitee.outbox@example.org", Locale.JAPANESE, "http://x.example");
        long id = jdbc.sql("select id from mail_outbox where about = 'account:outbox-invitee'")
                .query(Long.class)
                .single();

        assertThat(sender.configured()).isFalse();
        assertThat(sender.deliverDue(Instant.now().plus(Duration.ofDays(30)))).isZero();

        var administrator = signedIn("outbox-admin", Role.ADMIN);
        var list = Jsoup.parse(administrator.get("/admin/outbox?lang=en").body());
        assertThat(list.select("#no-smtp").text()).startsWith("No SMTP server is configured");
        var row = list.select("#letter-" + id);
        assertThat(row.select(".recipient").text()).isEqualTo("invitee.outbox@example.org");
        assertThat(row.select(".state").text()).isEqualTo("queued");

        var letter = Jsoup.parse(
                administrator.get("/admin/outbox/" + id + "?lang=en").body());
        assertThat(letter.select("#letter-subject").text()).isEqualTo("Exovigil：アカウント「outbox-invitee」のご案内");
        // The setup link is the invitee's secret: the administrator reads a note where it will be.
        assertThat(letter.select("#letter-body").text())
                .doesNotContain("/setup/")
                .contains("［リンクは削除済み");
        assertThat(jdbc.sql("select secret_body from mail_outbox where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .as("kept apart until it leaves")
                .contains("http://x.example/setup/");
        assertThat(letter.select("#letter-attempts").text()).isEqualTo("0");
        assertThat(administrator.get("/admin/outbox/999999999").statusCode()).isEqualTo(404);

        var regulator = signedIn("outbox-regulator", Role.REGULATOR);
        for (String page : new String[] {"/admin/outbox", "/admin/outbox/" + id}) {
            var refused = regulator.get(page);
            assertThat(refused.statusCode()).as(page).isIn(302, 403);
            assertThat(refused.body()).doesNotContain("invitee.outbox@example.org");
        }
        var anonymous = new FormSession(this::url).get("/admin/outbox");
        assertThat(anonymous.body()).doesNotContain("invitee.outbox@example.org");
    }

    @Test
    void anAdministratorQueuesALetterAgainAndItIsAudited() throws Exception {
        accounts.invite(
                "outbox-resent", Role.RESEARCHER, "resent.outbox@example.org", Locale.ENGLISH, "http://x.example");
        long id = jdbc.sql("select id from mail_outbox where about = 'account:outbox-resent'")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        update mail_outbox set state = 'failed', attempts = 25, last_error = '550 mailbox unavailable',
                            secret_body = null
                        where id = ?""").param(id).update();

        var administrator = signedIn("outbox-admin-2", Role.ADMIN);
        var answer = administrator.postForm("/admin/outbox/" + id, "/admin/outbox/" + id + "/resend", Map.of());
        assertThat(answer.statusCode()).isEqualTo(302);

        var letter = Jsoup.parse(
                administrator.get("/admin/outbox/" + id + "?lang=en").body());
        assertThat(letter.select("#letter-resent").text()).startsWith("Queued again");
        assertThat(letter.select("#letter-state").text()).isEqualTo("queued");
        assertThat(letter.select("#letter-attempts").text()).isEqualTo("0");
        assertThat(letter.select("#letter-error").text()).isEqualTo("550 mailbox unavailable");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'mail.resent' and subject = ?")
                        .param("letter:" + id)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    private FormSession signedIn(String name, Role role) throws Exception {
        if (accounts.find(name).isEmpty()) {
            accounts.completeSetup(accounts.invite(name, role).token(), PASSWORD);
        }
        var session = new FormSession(this::url);
        session.signIn(name, PASSWORD);
        return session;
    }
}
