package org.exovigil.app.mail;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How letters leave: the sender's address ({@code exovigil.mail.from}, else the SMTP user name when it is an
 * address) and the retry schedule. The SMTP server itself is Spring Boot's {@code spring.mail.*} (README, "E-mail").
 */
@Component
class MailSettings {

    private final String from;
    private final RetrySchedule retries;

    MailSettings(
            @Value("${exovigil.mail.from:}") String from,
            @Value("${spring.mail.username:}") String username,
            @Value("${exovigil.mail.first-retry:PT1M}") Duration firstRetry,
            @Value("${exovigil.mail.longest-retry:PT6H}") Duration longestRetry,
            @Value("${exovigil.mail.attempts:25}") int attempts) {
        if (!from.isBlank() && MailAddress.parse(from).isEmpty()) {
            throw new IllegalStateException("exovigil.mail.from is not a bare e-mail address (name@example.org)");
        }
        this.from = MailAddress.parse(from)
                .or(() -> MailAddress.parse(username))
                .map(MailAddress::value)
                .orElse("exovigil@localhost");
        this.retries = new RetrySchedule(firstRetry, longestRetry, attempts);
    }

    String from() {
        return from;
    }

    RetrySchedule retries() {
        return retries;
    }
}
