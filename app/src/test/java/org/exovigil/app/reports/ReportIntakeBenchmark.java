package org.exovigil.app.reports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.exovigil.app.ExovigilCommand;
import org.exovigil.app.ServerProcess;

/**
 * Whole-program benchmark of report intake: sustained accepted reports per second and the latency of
 * {@code POST /api/v1/reports}. Either it starts {@code exovigil serve} as its own process on a fresh
 * embedded PostgreSQL (fsync and synchronous commit on, as shipped), or it drives a server already running
 * ({@code --url} with {@code --token}). Each client sends distinct reports one after another for a fixed
 * time after a warm-up: the spec's example with the patient, product, lot, clinic, reaction, dates and
 * seriousness drawn from a seeded random, so that the store fills as a centre's would rather than with
 * thousands of copies of one case (which duplicate detection, running beside intake, would have to group).
 * Every 201 counts, anything else is a failure. The machine's load
 * average is printed before and after, since a figure means little without it; so is the processor time
 * the server and its PostgreSQL spent per accepted report, which other work on a shared machine does not
 * change much (with 2 cores, 1,000 reports a second leave 2 ms of it for each, the clients' share included).
 *
 * <p>{@code ./mvnw -B -q -ntp -o -pl app test-compile exec:exec@bench-intake -Dbench.args="--clients 16 --seconds 30"}
 *
 * <p>Options: {@code --clients N} (16), {@code --seconds N} (30), {@code --warm-up N} (30, for the JIT compiler to finish), {@code --url URL
 * --token TOKEN} (a running server), {@code --jfr FILE} (a flight recording of the server started here), {@code --server-option -Dname=value} (one JVM
 * option for that server, e.g. {@code -Dexovigil.intake.writers=4}).
 */
public final class ReportIntakeBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "30"));
        String loadBefore = loadAverage();
        Process server = null;
        Path data = null;
        URI target;
        String token;
        if (options.containsKey("url")) {
            target = URI.create(options.get("url").replaceAll("/$", "") + "/api/v1/reports");
            token = options.get("token");
        } else {
            data = Files.createTempDirectory("exovigil-bench-");
            int port = ServerProcess.freePort();
            var jvm = new ArrayList<String>();
            if (options.containsKey("server-option")) {
                jvm.add(options.get("server-option"));
            }
            if (options.containsKey("jfr")) {
                jvm.add("-XX:StartFlightRecording=settings=profile,filename=" + options.get("jfr"));
            }
            server = ServerProcess.start(port, data, jvm.toArray(String[]::new));
            target = URI.create("http://localhost:" + port + "/api/v1/reports");
            token = ExovigilCommand.run(
                            "admin", "token", "--data", data.toString(), "--name", "bench", "--role", "PROVIDER")
                    .out()
                    .strip();
        }
        try {
            run(target, token, clients, warmUp, "warm-up");
            List<ProcessHandle> java = server == null ? List.of() : List.of(server.toHandle());
            List<ProcessHandle> postgres = server == null ? List.of() : postmaster(data);
            Duration javaBefore = cpu(java);
            Duration postgresBefore = cpu(postgres);
            Result result = run(target, token, clients, seconds, "measured");
            double javaMillis = cpu(java).minus(javaBefore).toNanos() / 1e6 / Math.max(1, result.accepted());
            double postgresMillis =
                    cpu(postgres).minus(postgresBefore).toNanos() / 1e6 / Math.max(1, result.accepted());
            System.out.printf(
                    "clients=%d seconds=%d cores=%d accepted=%d accepted/s=%.0f p50=%.1f ms p99=%.1f ms max=%.1f ms"
                            + " failures=%d server-cpu/report=%s load-before=%s load-after=%s%n",
                    clients,
                    seconds,
                    Runtime.getRuntime().availableProcessors(),
                    result.accepted(),
                    result.accepted() / (double) seconds,
                    result.percentile(50),
                    result.percentile(99),
                    result.percentile(100),
                    result.failures(),
                    server == null
                            ? "?"
                            : "%.2f ms (java %.2f, postgres %.2f)"
                                    .formatted(javaMillis + postgresMillis, javaMillis, postgresMillis),
                    loadBefore,
                    loadAverage());
        } finally {
            if (server != null) {
                // A graceful stop, so that the flight recording is written.
                server.destroy();
                server.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    private static final String[] PRODUCTS = {
        "Dental pulp culture supernatant/culture_supernatant",
        "Adipose exosome serum/exosome",
        "Umbilical cord MSC infusion/stem_cell",
        "Platelet-rich plasma/prp",
        "Cord blood exosome drip/exosome",
        "Bone marrow concentrate/stem_cell",
        "Amniotic EV mist/extracellular_vesicle"
    };
    private static final String[] ROUTES = {"iv", "topical", "injection_local", "intra_articular", "nebulised_inhaled"};
    private static final String[] TERMS = {
        "sepsis",
        "pyrexia",
        "anaphylactic reaction",
        "injection site abscess",
        "headache",
        "urticaria",
        "pulmonary embolism",
        "hepatitis",
        "rash",
        "chills"
    };
    private static final String[] SERIOUSNESS = {
        "[]", "[\"hospitalisation\"]", "[\"hospitalisation\", \"life_threatening\"]", "[\"disability\"]"
    };
    private static final String[] COUNTRIES = {"JP", "JP", "JP", "KR", "US", "DE", "TW"};

    /** A report of the spec's shape whose facts are drawn from {@code random}. */
    static String report(String senderReportId, Random random) {
        String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)].split("/");
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        var onset = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
        return """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "%s",
                 "reporter": {"qualification": "physician", "country": "%s"},
                 "patient": {"initials": "%c%c", "ageYears": %d, "sex": "%s"},
                 "products": [{"role": "suspect", "name": "%s", "type": "%s", "lot": "L-%d",
                               "route": "%s", "provider": "Clinic %d"}],
                 "reactions": [{"term": "%s", "onset": "%s", "outcome": "not_recovered", "seriousness": %s}],
                 "narrative": "Reaction %d days after the product."}""".formatted(
                        senderReportId,
                        onset.plusDays(2 + random.nextInt(20)),
                        country,
                        country,
                        (char) ('A' + random.nextInt(26)),
                        (char) ('A' + random.nextInt(26)),
                        18 + random.nextInt(70),
                        random.nextBoolean() ? "female" : "male",
                        product[0],
                        product[1],
                        random.nextInt(200),
                        ROUTES[random.nextInt(ROUTES.length)],
                        random.nextInt(300),
                        TERMS[random.nextInt(TERMS.length)],
                        onset,
                        SERIOUSNESS[random.nextInt(SERIOUSNESS.length)],
                        1 + random.nextInt(10));
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    /** The embedded PostgreSQL's postmaster, which runs detached from the server that started it. */
    private static List<ProcessHandle> postmaster(Path data) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("pg17/postmaster.pid"))
                .getFirst()
                .strip());
        return ProcessHandle.of(pid).stream().toList();
    }

    /** Processor time of the processes and their live descendants (PostgreSQL's backends keep their connection). */
    private static Duration cpu(List<ProcessHandle> processes) {
        return processes.stream()
                .flatMap(process -> Stream.concat(Stream.of(process), process.descendants()))
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** The 1, 5 and 15 minute load averages as uptime(1) shows them, or "?" off Linux. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + "/" + fields[1] + "/" + fields[2];
        } catch (IOException notLinux) {
            return "?";
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

    private static Result run(URI target, String token, int clients, int seconds, String phase) throws Exception {
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        var accepted = new AtomicLong();
        var failures = new AtomicLong();
        String run = Long.toString(System.nanoTime(), 36);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<long[]> perClient = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            var futures = new ArrayList<Future<long[]>>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    var latencies = new long[1 << 16];
                    var random = new Random(Objects.hash(phase, client));
                    int n = 0;
                    for (int i = 0; System.nanoTime() < end; i++) {
                        String body = report("%s-%s-%d-%d".formatted(phase, run, client, i), random);
                        long started = System.nanoTime();
                        var response = http.send(
                                HttpRequest.newBuilder(target)
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
