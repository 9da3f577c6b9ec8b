package org.exovigil.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.exovigil.app.RunningExovigilWithSmtp;
import org.exovigil.app.security.AccountRefused;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Letters leave over SMTP, in the language asked for; a server that is down keeps them queued and retried until it is
 * back; and a letter is only ever written with what caused it.
 */
class MailDeliveryIT extends RunningExovigilWithSmtp {

    @Autowired
    Accounts accounts;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anInvitationReachesTheSmtpServerInTheLanguageAsked() throws Exception {
        accounts.invite(
                "mail-hanako", Role.REGULATOR, "hanako@example.jp", Locale.JAPANESE, "https://exovigil.example");
        accounts.invite("mail-alice", Role.RESEARCHER, "alice@example.org", Locale.ENGLISH, "https://exovigil.example");

        assertThat(smtp.waitForIncomingEmail(15_000, 2)).isTrue();
        MimeMessage japanese = to("hanako@example.jp");
        assertThat(japanese.getSubject()).isEqualTo("Exovigil：アカウント「mail-hanako」のご案内");
        assertThat(japanese.getHeader("Content-Language")).containsExactly("ja");
        assertThat(japanese.getFrom()[0].toString()).isEqualTo("exovigil@example.org");
        assertThat(body(japanese))
                .contains("役割：規制当局")
                .containsPattern("https://exovigil\\.example/setup/[A-Za-z0-9_-]{20,}");
        MimeMessage english = to("alice@example.org");
        assertThat(english.getSubject()).isEqualTo("Exovigil: your account mail-alice");
        assertThat(body(english)).contains("with the role Researcher").contains("https://exovigil.example/setup/");

        // The link in the letter is the account's own: it opens the setup page.
        String link = body(english)
                .lines()
                .filter(line -> line.startsWith("https://"))
                .findFirst()
                .orElseThrow();
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(accounts.invited(token))
                .hasValueSatisfying(account -> assertThat(account.name()).isEqualTo("mail-alice"));
        await(() -> state("account:mail-alice").equals("sent"));
    }

    @Test
    void aSetupLinkLeavesWithItsLetterAndIsThenGoneFromTheOutbox() throws Exception {
        accounts.invite(
                "mail-secret", Role.RESEARCHER, "secret@example.org", Locale.ENGLISH, "https://exovigil.example");

        // While queued, the letter the outbox shows has the note where the link will be.
        assertThat(letter("account:mail-secret").body())
                .doesNotContain("/setup/")
                .contains("[link removed: a secret only the recipient may use");
        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        String sent = body(to("secret@example.org"));
        String token = sent.lines()
                .filter(line -> line.startsWith("https://exovigil.example/setup/"))
                .map(line -> line.substring(line.lastIndexOf('/') + 1))
                .findFirst()
                .orElseThrow();
        assertThat(token).hasSizeGreaterThan(20);
        await(() -> state("account:mail-secret").equals("sent"));

        String stored = jdbc.sql("select concat_ws('|', subject, body, secret_body) from mail_outbox where about = ?")
                .param("account:mail-secret")
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain(token).doesNotContain("/setup/").contains("[link removed:");
        assertThat(jdbc.sql("select count(*) from mail_outbox where secret_body is not null and state <> 'queued'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void whileTheServerIsDownALetterStaysQueuedAndIsRetriedThenLeavesWhenItIsBack() throws Exception {
        smtp.stop();
        accounts.invite("mail-down", Role.COMMITTEE, "down@example.org", Locale.ENGLISH, "https://exovigil.example");

        await(() -> attempts("account:mail-down") >= 2);
        var waiting = letter("account:mail-down");
        assertThat(waiting.state()).isEqualTo("queued");
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isAfter(waiting.lastAttemptAt());

        smtp.start();
        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        assertThat(to("down@example.org").getSubject()).isEqualTo("Exovigil: your account mail-down");
        await(() -> state("account:mail-down").equals("sent"));
        var sent = letter("account:mail-down");
        assertThat(sent.attempts()).isGreaterThanOrEqualTo(3);
        assertThat(sent.lastError()).isNull();
        assertThat(sent.sentAt()).isNotNull();
    }

    @Test
    void anInvitationRolledBackLeavesNoLetter() {
        try {
            transactions.executeWithoutResult(status -> {
                accounts.invite(
                        "mail-undone", Role.RESEARCHER, "undone@example.org", Locale.ENGLISH, "https://x.example");
                status.setRollbackOnly();
            });
        } finally {
            assertThat(jdbc.sql("select count(*) from mail_outbox where about = 'account:mail-undone'")
                            .query(Integer.class)
                            .single())
                    .isZero();
        }
    }

    @Test
    void aLetterIsOnlyWrittenInTheTransactionOfWhatCausedIt() {
        var letter = Letter.of(
                new MailAddress("x@example.org"), Locale.ENGLISH, "receipt", "report-id:none", "R", "2026-01-01", "l");
        assertThatThrownBy(() -> outbox.enqueue(letter)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anAddressThatIsNotOneIsRefusedAndNothingIsMade() {
        assertThatThrownBy(() -> accounts.invite(
                        "mail-bad-address",
                        Role.RESEARCHER,
                        "a@example.org, b@example.org",
                        Locale.ENGLISH,
                        "https://x"))
                .isInstanceOf(AccountRefused.class)
                .satisfies(refused ->
                        assertThat(((AccountRefused) refused).refusal().code()).isEqualTo(MailRefusal.NOT_AN_ADDRESS));
        assertThat(accounts.find("mail-bad-address")).isEmpty();
    }

    private MimeMessage to(String address) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("no letter to " + address);
    }

    private static String body(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    private OutboxLetter letter(String about) {
        return jdbc.sql("select " + Outbox.COLUMNS + " from mail_outbox where about = ? order by id desc limit 1")
                .param(about)
                .query(Outbox::letter)
                .single();
    }

    private String state(String about) {
        return letter(about).state();
    }

    private int attempts(String about) {
        return letter(about).attempts();
    }

    static void await(BooleanSupplier condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within 20 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
