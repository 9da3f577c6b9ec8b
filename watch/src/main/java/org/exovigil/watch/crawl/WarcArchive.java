package org.exovigil.watch.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The crawl's WARC file (WARC 1.1, ISO 28500:2017), gzip-compressed record by record: a warcinfo record
 * naming the crawler, then for every answer received a request record and a response record holding
 * the HTTP answer with its date, so what a site said on a given day can be shown later. While the crawl
 * runs the file is named {@code crawl-<timestamp>.warc.gz.open} (the Heritrix convention); it takes its
 * final name when the crawl ends, so a file without {@code .open} is complete.
 *
 * <p>The HTTP messages are rebuilt from what {@link java.net.http.HttpClient} reports, which is the
 * decoded message, not the bytes on the wire: the status line carries the standard reason phrase,
 * {@code Transfer-Encoding} is dropped (the body is stored de-chunked) and {@code Content-Length} is
 * that of the stored body. The payload digest is the SHA-1 of the body, as WARC readers expect.
 */
final class WarcArchive implements AutoCloseable {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Set<String> NOT_KEPT = Set.of(":status", "transfer-encoding", "content-length");
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"),
            Map.entry(203, "Non-Authoritative Information"),
            Map.entry(204, "No Content"),
            Map.entry(206, "Partial Content"),
            Map.entry(301, "Moved Permanently"),
            Map.entry(302, "Found"),
            Map.entry(303, "See Other"),
            Map.entry(304, "Not Modified"),
            Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(410, "Gone"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private final Path open;
    private final Path done;
    private final WarcWriter writer;
    private final URI warcinfo;
    private boolean closed;

    private WarcArchive(Path open, Path done, WarcWriter writer, URI warcinfo) {
        this.open = open;
        this.done = done;
        this.writer = writer;
        this.warcinfo = warcinfo;
    }

    /** A new WARC file in {@code folder}, named after {@code start}, opening with its warcinfo record. */
    static WarcArchive create(Path folder, Instant start, String userAgent) throws IOException {
        String stem = "crawl-" + STAMP.format(start);
        String name = stem + ".warc.gz";
        for (int n = 2; Files.exists(folder.resolve(name)) || Files.exists(folder.resolve(name + ".open")); n++) {
            name = stem + "-" + n + ".warc.gz";
        }
        Path open = folder.resolve(name + ".open");
        FileChannel channel = FileChannel.open(open, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        var writer = new WarcWriter(channel, WarcCompression.GZIP);
        var fields = new LinkedHashMap<String, List<String>>();
        fields.put("software", List.of("Exovigil watch crawler"));
        fields.put("format", List.of("WARC File Format 1.1"));
        fields.put(
                "conformsTo",
                List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
        fields.put("robots", List.of("obey"));
        fields.put("http-header-user-agent", List.of(userAgent));
        Warcinfo info = new Warcinfo.Builder()
                .version(MessageVersion.WARC_1_1)
                .date(start)
                .filename(name)
                .fields(fields)
                .build();
        writer.write(info);
        return new WarcArchive(open, folder.resolve(name), writer, info.id());
    }

    /** The file's final name. */
    Path file() {
        return done;
    }

    /** Writes the request and the answer received for it at {@code at}. */
    void record(java.net.http.HttpRequest request, java.net.http.HttpResponse<LimitedBody.Bytes> answer, Instant at) {
        URI target = request.uri();
        try {
            var http = new HttpResponse.Builder(answer.statusCode(), REASONS.getOrDefault(answer.statusCode(), ""));
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> http.addHeader(name, value));
                }
            });
            byte[] body = answer.body().content();
            String type = answer.headers().firstValue("Content-Type").orElse(null);
            http.body(type == null ? null : MediaType.parseLeniently(type), body);
            var response = new WarcResponse.Builder(target)
                    .version(MessageVersion.WARC_1_1)
                    .date(at)
                    .warcinfoId(warcinfo)
                    .payloadDigest(new WarcDigest(sha1(body)))
                    .body(http.build());
            if (answer.body().truncated()) {
                response.truncated(WarcTruncationReason.LENGTH);
            }
            WarcResponse responseRecord = response.build();
            String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            var sent = new HttpRequest.Builder("GET", path).addHeader("Host", target.getRawAuthority());
            request.headers().map().forEach((name, values) -> values.forEach(value -> sent.addHeader(name, value)));
            WarcRequest requestRecord = new WarcRequest.Builder(target)
                    .version(MessageVersion.WARC_1_1)
                    .date(at)
                    .warcinfoId(warcinfo)
                    .concurrentTo(responseRecord.id())
                    .body(sent.build())
                    .build();
            writer.write(requestRecord);
            writer.write(responseRecord);
        } catch (IOException e) {
            throw new UncheckedIOException(open + ": cannot write the WARC file", e);
        }
    }

    /** Closes the file and gives it its final name. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            writer.close();
            Files.move(open, done, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static MessageDigest sha1(byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            digest.update(body);
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
