package org.exovigil.app.mail;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox's due letters over the configured SMTP server every little while. Each letter is first
 * claimed for a while by one statement (so two servers on one database never send it twice at once, and a server
 * that dies mid-send leaves it to be tried again when the claim runs out), then sent, then marked sent, or given a
 * later attempt after a pause that grows with each failure ({@link RetrySchedule}). With no server configured
 * ({@code spring.mail.host} unset) it sends nothing, and the letters wait in the outbox. A letter's secrets
 * ({@link Letter.Secret}, kept apart in {@code secret_body}) leave with it and are then forgotten, as they are when
 * the letter is given up.
 */
@Component
class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    /** Letters sent per round; the rest wait for the next round. */
    private static final int BATCH = 50;
    /** Longer than the SMTP timeouts (application.properties), so a claim never runs out mid-send. */
    private static final Duration CLAIM = Duration.ofMinutes(5);

    private static final int LONGEST_ERROR = 2000;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> smtp, MailSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether an SMTP server is configured; without one letters wait in the outbox. */
    boolean configured() {
        return smtp.getIfAvailable() != null;
    }

    @Scheduled(fixedDelayString = "${exovigil.mail.send-every:PT30S}", initialDelayString = "PT5S")
    void deliver() {
        deliverDue(clock.instant());
    }

    /** Sends every letter due at {@code now}; returns how many were sent. */
    int deliverDue(Instant now) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (Claimed claimed : claim(now)) {
            OutboxLetter letter = claimed.letter();
            try {
                var message = sender.createMimeMessage();
                var helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(settings.from());
                helper.setTo(letter.recipient());
                helper.setSubject(letter.subject());
                helper.setText(claimed.text(), false);
                // RFC 3834 section 5: written by a machine, so mail programs send no automatic replies to it.
                message.setHeader("Auto-Submitted", "auto-generated");
                message.setHeader("Content-Language", letter.language());
                sender.send(message);
                jdbc.sql(
                                "update mail_outbox set state = 'sent', sent_at = ?, last_error = null, secret_body = null where id = ?")
                        .params(utc(clock.instant()), letter.id())
                        .update();
                sent++;
            } catch (MailException | MessagingException failure) {
                failed(letter, failure, now);
            }
        }
        return sent;
    }

    /** A letter claimed for sending, with the text that leaves: the one with its secrets when it has any. */
    private record Claimed(OutboxLetter letter, String text) {}

    private List<Claimed> claim(Instant now) {
        return jdbc.sql("""
                        update mail_outbox set attempts = attempts + 1, last_attempt_at = :now, next_attempt_at = :until
                        where id in (select id from mail_outbox where state = 'queued' and next_attempt_at <= :now
                                     order by next_attempt_at, id limit :batch for update skip locked)
                        returning secret_body,\s""" + Outbox.COLUMNS)
                .param("now", utc(now))
                .param("until", utc(now.plus(CLAIM)))
                .param("batch", BATCH)
                .query((rs, row) -> {
                    OutboxLetter letter = Outbox.letter(rs, row);
                    String secret = rs.getString("secret_body");
                    return new Claimed(letter, secret == null ? letter.body() : secret);
                })
                .list();
    }

    private void failed(OutboxLetter letter, Exception failure, Instant now) {
        String error = String.valueOf(
                NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
        error = error.length() > LONGEST_ERROR ? error.substring(0, LONGEST_ERROR) : error;
        Optional<Duration> pause = settings.retries().after(letter.attempts());
        if (pause.isPresent()) {
            jdbc.sql("update mail_outbox set next_attempt_at = ?, last_error = ? where id = ?")
                    .params(utc(now.plus(pause.get())), error, letter.id())
                    .update();
            LOG.warn(
                    "letter {} not sent (attempt {}), tried again in {}: {}",
                    letter.id(),
                    letter.attempts(),
                    pause.get(),
                    error);
        } else {
            jdbc.sql("update mail_outbox set state = 'failed', last_error = ?, secret_body = null where id = ?")
                    .params(error, letter.id())
                    .update();
            LOG.error("letter {} given up after {} attempts: {}", letter.id(), letter.attempts(), error);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
