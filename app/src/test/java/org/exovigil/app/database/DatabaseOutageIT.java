package org.exovigil.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.exovigil.app.ServerProcess;
import org.exovigil.app.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, finding 16: a frozen database (SIGSTOP here; a stalled disk or a paused VM in life) held every
 * request for ever. Now a request is answered 503 within the time limits, in the person's language, and
 * the server serves again by itself once the database answers.
 */
class DatabaseOutageIT {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aFrozenDatabaseIsAnswered503WithinTheLimitsAndTheServerRecoversWhenItAnswersAgain() throws Exception {
        Path data = TestDatabase.freshDataDirectory();
        int port = ServerProcess.freePort();
        Process server = ServerProcess.start(
                port, data, "-Dexovigil.database.statement-timeout=2s", "-Dexovigil.database.socket-timeout=3s");
        try {
            assertThat(get(port, "/check", "ja").statusCode()).isEqualTo(200);
            List<Long> postgres = postgresProcesses(data);

            signal("STOP", postgres);
            long frozenAt = System.nanoTime();
            HttpResponse<String> page;
            HttpResponse<String> api;
            try {
                page = get(port, "/check", "ja");
                api = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/whoami"))
                                .header("Authorization", "Bearer exo_a-token-the-frozen-database-cannot-look-up")
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } finally {
                signal("CONT", postgres);
            }
            long frozenSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - frozenAt);

            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(page.body()).contains("一時的にご利用いただけません");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("\"code\":\"EXO-1223\"");
            assertThat(frozenSeconds).as("both answers, in seconds").isLessThan(45);
            assertThat(eventuallyOk(port))
                    .as("the server serves again once the database answers")
                    .isTrue();
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private HttpResponse<String> get(int port, String path, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", "text/html")
                        .header("Accept-Language", language)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private boolean eventuallyOk(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (get(port, "/check", "en").statusCode() == 200) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** The postmaster of the server's data directory and every process it started. */
    private static List<Long> postgresProcesses(Path data) {
        long postmaster = EmbeddedDatabase.Postmaster.of(data.resolve("pg17"))
                .orElseThrow()
                .pid();
        var all = new ArrayList<Long>(List.of(postmaster));
        ProcessHandle.of(postmaster).stream()
                .flatMap(ProcessHandle::descendants)
                .map(ProcessHandle::pid)
                .forEach(all::add);
        return all;
    }

    private static void signal(String signal, List<Long> pids) throws Exception {
        var command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
}
