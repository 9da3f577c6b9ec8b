package org.exovigil.app.reports;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.exovigil.app.ExovigilCommand;
import org.exovigil.app.ServerProcess;

/**
 * Sustained accepted reports per second and latency of {@code POST /api/v1/reports}: the server runs
 * as its own process on a fresh embedded PostgreSQL (fsync and synchronous commit on), clients send
 * distinct spec-example reports for a fixed time after a warm-up, and every 201 counts.
 *
 * <p>{@code ./mvnw -pl app test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=$JAVA_HOME/bin/java
 * -Dexec.args="-cp %classpath org.exovigil.app.reports.ReportIntakeBenchmark CLIENTS SECONDS"}
 */
public final class ReportIntakeBenchmark {

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        var data = Files.createTempDirectory("exovigil-bench-");
        int port = ServerProcess.freePort();
        Process server = ServerProcess.start(port, data);
        try {
            String token = ExovigilCommand.run(
                            "admin", "token", "--data", data.toString(), "--name", "bench", "--role", "PROVIDER")
                    .out()
                    .strip();
            run(port, token, clients, 5, "warm-up");
            Result result = run(port, token, clients, seconds, "measured");
            System.out.printf(
                    "clients=%d seconds=%d accepted=%d accepted/s=%.0f p50=%.1f ms p99=%.1f ms max=%.1f ms failures=%d%n",
                    clients,
                    seconds,
                    result.accepted(),
                    result.accepted() / (double) seconds,
                    result.percentile(50),
                    result.percentile(99),
                    result.percentile(100),
                    result.failures());
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    record Result(long accepted, long failures, long[] latenciesNanos) {
        double percentile(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(latenciesNanos.length - 1, Math.ceil(p / 100 * latenciesNanos.length) - 1);
            return latenciesNanos[Math.max(0, index)] / 1e6;
        }
    }

    private static Result run(int port, String token, int clients, int seconds, String phase) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var accepted = new AtomicLong();
        var failures = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            var futures = new ArrayList<java.util.concurrent.Future<long[]>>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    var latencies = new long[1 << 16];
                    int n = 0;
                    for (int i = 0; System.nanoTime() < end; i++) {
                        String body = ReportsApiIT.SPEC_EXAMPLE.formatted("%s-%d-%d".formatted(phase, client, i));
                        long started = System.nanoTime();
                        var response = http.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                                        .header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        long took = System.nanoTime() - started;
                        if (response.statusCode() == 201) {
                            accepted.incrementAndGet();
                            if (n == latencies.length) {
                                latencies = Arrays.copyOf(latencies, n * 2);
                            }
                            latencies[n++] = took;
                        } else {
                            failures.incrementAndGet();
                        }
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            for (var future : futures) {
                perClient.add(future.get());
            }
        }
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(accepted.get(), failures.get(), all);
    }
}
