package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.exovigil.app.ExovigilCommand;
import org.exovigil.app.ServerProcess;
import org.exovigil.app.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * An acknowledged report is never lost, whatever crashes. The server runs as a real process; sixteen
 * clients send reports as fast as it takes them, so that group commits of several reports are in flight;
 * the server and its PostgreSQL are killed with SIGKILL mid-stream; after a restart every report that got
 * a 201 is there, exactly once, and no report is there in part: each stored case has its version, its
 * deadlines, its links to the register and its audit event, and the audit chain has no gap.
 */
class ReportDurabilityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path data = TestDatabase.freshDataDirectory();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process server;

    @AfterEach
    void stopServer() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static final int CLIENTS = 16;

    /** Enough acknowledgements that batches of several reports have committed before the kill. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 200;

    @Test
    void everyAcknowledgedReportSurvivesAHardKillOfServerAndDatabaseExactlyOnceAndWhole() throws Exception {
        int port = ServerProcess.freePort();
        server = ServerProcess.start(port, data);
        String token = ExovigilCommand.run(
                        "admin", "token", "--data", data.toString(), "--name", "crash-sender", "--role", "PROVIDER")
                .out()
                .strip();

        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        CountDownLatch enoughAcknowledged = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        try (var clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int client = 0; client < CLIENTS; client++) {
                int clientNumber = client;
                clients.submit(() -> {
                    for (int i = 0; ; i++) {
                        String senderReportId = "CRASH-%d-%d".formatted(clientNumber, i);
                        sent.incrementAndGet();
                        try {
                            HttpResponse<String> response = post(port, token, senderReportId);
                            if (response.statusCode() != 201) {
                                return;
                            }
                            acknowledged.put(
                                    senderReportId,
                                    JSON.readTree(response.body()).get("id").asString());
                            enoughAcknowledged.countDown();
                        } catch (IOException | InterruptedException connectionGone) {
                            return;
                        }
                    }
                });
            }
            assertThat(enoughAcknowledged.await(120, TimeUnit.SECONDS)).isTrue();
            killHard();
        }
        Map<String, String> acknowledgedBeforeTheKill = Map.copyOf(acknowledged);

        server = ServerProcess.start(port, data);
        try (var db = TestDatabase.ownerConnection(data.resolve("pg17"));
                var statement = db.prepareStatement(
                        "select id::text, count(*) over (partition by sender_report_id) from report_case where sender_report_id = ?")) {
            for (var report : acknowledgedBeforeTheKill.entrySet()) {
                statement.setString(1, report.getKey());
                try (var rows = statement.executeQuery()) {
                    assertThat(rows.next())
                            .as("acknowledged %s is stored", report.getKey())
                            .isTrue();
                    assertThat(rows.getString(1)).isEqualTo(report.getValue());
                    assertThat(rows.getInt(2)).as("stored once").isEqualTo(1);
                }
            }
            assertThat(halfWritten(db)).as("cases stored in part").isEmpty();
            try (var chain =
                    db.createStatement().executeQuery("select count(*), coalesce(max(id), 0) from audit_event")) {
                chain.next();
                assertThat(chain.getLong(1))
                        .as("audit events, numbered without a gap")
                        .isEqualTo(chain.getLong(2));
            }
        }
        assertThat(acknowledgedBeforeTheKill.size())
                .isLessThanOrEqualTo(sent.get())
                .isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
    }

    /**
     * The sender report ids of cases that lack a part every one of these reports has: the first version, a
     * deadline (the example is serious), a link to the register, or the audit event of its receipt.
     */
    private static List<String> halfWritten(Connection db) throws SQLException {
        var missing = new ArrayList<String>();
        try (var rows = db.createStatement().executeQuery("""
                select c.sender_report_id from report_case c
                where not exists (select 1 from report_version v where v.case_id = c.id and v.version = 1)
                   or not exists (select 1 from report_deadline d where d.case_id = c.id)
                   or not exists (select 1 from report_product p where p.case_id = c.id)
                   or not exists (select 1 from audit_event a
                                  where a.action = 'report.received' and a.subject = 'report:' || c.reference)""")) {
            while (rows.next()) {
                missing.add(rows.getString(1));
            }
        }
        return missing;
    }

    /** SIGKILL for the server and for the PostgreSQL it started: no shutdown hook, no checkpoint. */
    private void killHard() throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("pg17/postmaster.pid"))
                .getFirst()
                .strip());
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
        for (int i = 0;
                i < 100
                        && ProcessHandle.of(postmaster)
                                .map(ProcessHandle::isAlive)
                                .orElse(false);
                i++) {
            Thread.sleep(100);
        }
        // The postmaster's children notice its death and exit; give them a moment before a new one starts.
        Thread.sleep(2000);
    }

    private HttpResponse<String> post(int port, String token, String senderReportId)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(ReportsApiIT.SPEC_EXAMPLE.formatted(senderReportId)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
