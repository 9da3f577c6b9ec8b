package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicSubmissionLimitTest {

    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final PublicSubmissionLimit limit = new PublicSubmissionLimit(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void anAddressMaySendTenReportsAnHour() {
        for (int i = 0; i < PublicSubmissionLimit.MAX_PER_WINDOW; i++) {
            assertThat(limit.tryAcquire("203.0.113.7")).isTrue();
        }
        assertThat(limit.tryAcquire("203.0.113.7")).isFalse();
    }

    @Test
    void anotherAddressIsNotHeldBack() {
        for (int i = 0; i < PublicSubmissionLimit.MAX_PER_WINDOW; i++) {
            limit.tryAcquire("203.0.113.7");
        }
        assertThat(limit.tryAcquire("198.51.100.1")).isTrue();
    }

    @Test
    void theWindowSlides() {
        for (int i = 0; i < PublicSubmissionLimit.MAX_PER_WINDOW; i++) {
            limit.tryAcquire("203.0.113.7");
        }
        now = now.plus(PublicSubmissionLimit.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(limit.tryAcquire("203.0.113.7")).isTrue();
    }
}
