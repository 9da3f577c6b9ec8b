package org.exovigil.watch.crawl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes one GET request politely and archives the answer. It waits for the host's turn, sends the
 * request, reads at most {@code maxPageBytes} of the body, and writes request and answer to the WARC.
 * A network failure, a 429 (Too Many Requests) or a 5xx answer is repeated up to {@code retries} times,
 * waiting {@code backoff}, then twice that, and so on, or the answer's Retry-After when longer (RFC 9110
 * §10.2.3; RFC 6585 §4 for 429). An answer asking for a wait longer than {@code maxDelay} is not
 * repeated. Redirects are not followed here: the caller decides whether their target is in scope.
 */
final class Fetcher {

    private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5";

    private final HttpClient client;
    private final CrawlSettings settings;
    private final WarcArchive archive;
    private final CrawlLog log;
    private int requests;

    Fetcher(HttpClient client, CrawlSettings settings, WarcArchive archive, CrawlLog log) {
        this.client = client;
        this.settings = settings;
        this.archive = archive;
        this.log = log;
    }

    /** Every request made so far, repeats included. */
    int requests() {
        return requests;
    }

    /** Fetches {@code address} from {@code host} (its rate limit applies); {@code depth} is for the log. */
    Exchange fetch(Address address, Host host, int depth) throws InterruptedException {
        int attempts = settings.retries() + 1;
        for (int attempt = 1; ; attempt++) {
            host.awaitTurn();
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            HttpRequest request = HttpRequest.newBuilder(address.uri())
                    .GET()
                    .timeout(settings.timeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", ACCEPT)
                    .build();
            requests++;
            HttpResponse<LimitedBody.Bytes> response;
            try {
                response = send(request);
            } catch (IOException e) {
                host.ended();
                String reason = reason(e);
                if (attempt < attempts) {
                    Duration wait = backoff(attempt);
                    host.holdOff(wait);
                    log.row(address.toString(), 0, "", -1, depth, at, "retrying", retryNote(reason, attempt, wait));
                    continue;
                }
                return Exchange.failed(address, at, reason + (attempts > 1 ? " (" + attempts + " attempts)" : ""));
            }
            host.ended();
            archive.record(request, response, at);
            var answer = new Exchange(
                    address,
                    at,
                    response.statusCode(),
                    response.headers(),
                    response.body().content(),
                    response.body().truncated(),
                    null);
            if (!retryable(answer.status()) || attempt == attempts) {
                return answer;
            }
            Optional<Duration> asked = retryAfter(response.headers(), Instant.now());
            if (asked.isPresent() && asked.get().compareTo(settings.maxDelay()) > 0) {
                return new Exchange(
                        address,
                        at,
                        answer.status(),
                        answer.headers(),
                        answer.body(),
                        answer.truncated(),
                        "not repeated: Retry-After " + asked.get().toSeconds() + " s is longer than the "
                                + settings.maxDelay().toSeconds() + " s the crawl waits");
            }
            Duration backoff = backoff(attempt);
            Duration wait = asked.filter(a -> a.compareTo(backoff) > 0).orElse(backoff);
            host.holdOff(wait);
            log.row(
                    address.toString(),
                    answer.status(),
                    answer.contentType(),
                    answer.body().length,
                    depth,
                    at,
                    "retrying",
                    retryNote("HTTP " + answer.status(), attempt, wait));
        }
    }

    private HttpResponse<LimitedBody.Bytes> send(HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<LimitedBody.Bytes>> answer =
                client.sendAsync(request, info -> new LimitedBody(info, settings.maxPageBytes()));
        try {
            // The request's own timeout covers only the wait for the headers; this covers the body too.
            return answer.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new HttpTimeoutException(
                    "no complete answer within " + settings.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    /** 429 Too Many Requests and the 5xx server errors may pass; other answers are final. */
    private static boolean retryable(int status) {
        return status == 429 || status >= 500 && status <= 599;
    }

    private Duration backoff(int attempt) {
        return settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
    }

    private String retryNote(String reason, int attempt, Duration wait) {
        return reason + "; attempt " + attempt + " of " + (settings.retries() + 1) + ", next after at least "
                + wait.toMillis() + " ms";
    }

    /** Retry-After as delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
    static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get();
        if (text.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            Instant then = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, then);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String reason(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "connection timed out";
        }
        if (e instanceof HttpTimeoutException) {
            return "timed out: " + e.getMessage();
        }
        if (e.getCause() instanceof UnresolvedAddressException) {
            return "unknown host";
        }
        if (e instanceof ConnectException) {
            return "cannot connect" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
