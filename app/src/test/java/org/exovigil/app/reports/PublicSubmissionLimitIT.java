package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.exovigil.app.FormSession;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.limits.ClientOrigin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, finding 14: the public forms' rate limit was per address and in memory, so a restart reset it,
 * and behind a proxy every patient shared the proxy's one budget. It is now kept in the database and
 * counts the client the trusted proxy names. Requests go to "add information", which the limit guards
 * like a new report (it is where a follow-up code would be guessed) and which stores nothing for an
 * unknown reference.
 */
class PublicSubmissionLimitIT extends RunningExovigil {

    @Autowired
    PublicSubmissionLimit limit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachClientBehindTheProxyHasItsOwnBudgetOfTenAnHour() throws Exception {
        var patient = client(PROXY, "203.0.113.10");
        for (int i = 0; i < PublicSubmissionLimit.MAX_PER_WINDOW; i++) {
            assertThat(addInformation(patient).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> eleventh = addInformation(patient);
        HttpResponse<String> neighbour = addInformation(client(PROXY, "203.0.113.11"));

        assertThat(eleventh.statusCode()).isEqualTo(429);
        assertThat(eleventh.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L));
        assertThat(eleventh.body()).contains("Too many reports have come from this connection");
        assertThat(neighbour.statusCode()).isEqualTo(200);
    }

    @Test
    void aClientThatForgesForwardedAddressesStillHasOneBudget() throws Exception {
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i <= PublicSubmissionLimit.MAX_PER_WINDOW; i++) {
            answers.add(addInformation(client("127.0.0.4", "203.0.113." + (100 + i)))
                    .statusCode());
        }

        assertThat(answers).last().isEqualTo(429);
        assertThat(answers.subList(0, PublicSubmissionLimit.MAX_PER_WINDOW)).containsOnly(200);
    }

    @Test
    void theCountIsKeptInTheDatabaseSoARestartOrASecondServerSeesIt() {
        var origin = new ClientOrigin("203.0.113.20");
        for (int i = 0; i < PublicSubmissionLimit.MAX_PER_WINDOW; i++) {
            assertThat(limit.tryAcquire(origin)).isTrue();
        }

        var afterRestart = new PublicSubmissionLimit(jdbc, Clock.systemUTC());

        assertThat(afterRestart.tryAcquire(origin)).isFalse();
    }

    @Test
    void theWindowSlides() {
        var origin = new ClientOrigin("203.0.113.21");
        for (int i = 0; i < PublicSubmissionLimit.MAX_PER_WINDOW; i++) {
            limit.tryAcquire(origin);
        }
        Instant anHourOn = Instant.now().plus(PublicSubmissionLimit.WINDOW).plusSeconds(1);

        assertThat(new PublicSubmissionLimit(jdbc, Clock.fixed(anHourOn, ZoneOffset.UTC)).tryAcquire(origin))
                .isTrue();
    }

    @Test
    void parallelSubmissionsFromOneOriginCannotOvershootTheLimit() throws Exception {
        var origin = new ClientOrigin("203.0.113.22");
        List<Future<Boolean>> attempts = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 40; i++) {
                attempts.add(pool.submit((Callable<Boolean>) () -> limit.tryAcquire(origin)));
            }
        }

        long admitted = attempts.stream().filter(Future::resultNow).count();

        assertThat(admitted).isEqualTo(PublicSubmissionLimit.MAX_PER_WINDOW);
    }

    private FormSession client(String from, String forwardedFor) throws Exception {
        return new FormSession(
                path -> "http://127.0.0.1:" + port + path,
                InetAddress.getByName(from),
                Map.of("X-Forwarded-For", forwardedFor, "Accept-Language", "en"));
    }

    private static HttpResponse<String> addInformation(FormSession client) throws Exception {
        return client.postForm(
                "/report/more",
                "/report/more",
                Map.of("reference", "EXO-NOSUCH-1", "code", "not-a-code", "text", "More about the rash."));
    }
}
