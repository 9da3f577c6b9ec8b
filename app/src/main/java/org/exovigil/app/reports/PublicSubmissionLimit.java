package org.exovigil.app.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.exovigil.app.limits.ClientOrigin;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public forms need no account, so they are rate-limited per origin (see {@link ClientOrigin}): at most
 * {@value #MAX_PER_WINDOW} submissions in any hour. The window slides over rows in {@code public_submission},
 * so a restart resets nothing and servers sharing the database share the count (issue 15, finding 14).
 */
@Component
class PublicSubmissionLimit {

    static final int MAX_PER_WINDOW = 10;
    static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    PublicSubmissionLimit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * True, and counted, when the request's origin may submit now. Otherwise the response is 429 Too Many
     * Requests with Retry-After (RFC 6585 §4), and the form says why.
     */
    @Transactional
    boolean admit(HttpServletRequest request, HttpServletResponse response) {
        ClientOrigin origin = ClientOrigin.of(request);
        if (tryAcquire(origin)) {
            return true;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(secondsUntilNext(origin)));
        return false;
    }

    /** Counts a submission from this origin if it has sent fewer than the limit within the window. */
    @Transactional
    boolean tryAcquire(ClientOrigin origin) {
        OffsetDateTime now = at(clock.instant());
        // One origin's count and check run one at a time, so parallel requests cannot all pass the count.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(origin.key())
                .query()
                .singleValue();
        jdbc.sql("delete from public_submission where sent_at <= ?")
                .param(now.minus(WINDOW))
                .update();
        long recent = jdbc.sql("select count(*) from public_submission where origin = ?")
                .param(origin.key())
                .query(Long.class)
                .single();
        if (recent >= MAX_PER_WINDOW) {
            return false;
        }
        jdbc.sql("insert into public_submission (origin, sent_at) values (?, ?)")
                .params(origin.key(), now)
                .update();
        return true;
    }

    /** Seconds until the oldest submission in the window leaves it, at least one. */
    private long secondsUntilNext(ClientOrigin origin) {
        Instant oldest = jdbc.sql("select min(sent_at) from public_submission where origin = ?")
                .param(origin.key())
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant)
                .orElseGet(clock::instant);
        return Math.max(
                1, Duration.between(clock.instant(), oldest.plus(WINDOW)).toSeconds());
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
