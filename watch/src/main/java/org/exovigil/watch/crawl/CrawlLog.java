package org.exovigil.watch.crawl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * {@code crawl-log.tsv}: one tab-separated row per address and outcome, written as the crawl goes (so
 * it can be followed with {@code tail -f}) and appended to when a folder is crawled again. Columns:
 * {@code url}, {@code status} (empty when nothing was asked), {@code content_type}, {@code bytes} (of the
 * body received), {@code depth} (empty for robots.txt and sitemaps), {@code fetched_at} (UTC), {@code
 * outcome} and {@code detail}. Outcomes: {@code saved} (detail: the file), {@code redirect} (detail: the
 * target), {@code robots_txt}, {@code sitemap}, {@code robots_disallowed}, {@code out_of_scope}, {@code
 * too_large}, {@code not_text}, {@code undecodable}, {@code http_error}, {@code retrying}, {@code error}
 * (detail: the reason).
 */
final class CrawlLog implements AutoCloseable {

    static final String HEADER = "url\tstatus\tcontent_type\tbytes\tdepth\tfetched_at\toutcome\tdetail";

    private final Path file;
    private final BufferedWriter out;

    private CrawlLog(Path file, BufferedWriter out) {
        this.file = file;
        this.out = out;
    }

    static CrawlLog open(Path file) throws IOException {
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        BufferedWriter out = Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (fresh) {
            out.write(HEADER);
            out.newLine();
            out.flush();
        }
        return new CrawlLog(file, out);
    }

    Path file() {
        return file;
    }

    /** One row; {@code status} 0, {@code bytes} or {@code depth} below 0 and a null time are left empty. */
    void row(
            String url,
            int status,
            String contentType,
            long bytes,
            int depth,
            Instant at,
            String outcome,
            String detail) {
        String line = String.join(
                "\t",
                clean(url),
                status == 0 ? "" : Integer.toString(status),
                clean(contentType),
                bytes < 0 ? "" : Long.toString(bytes),
                depth < 0 ? "" : Integer.toString(depth),
                at == null ? "" : at.toString(),
                outcome,
                clean(detail));
        try {
            out.write(line);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the crawl log", e);
        }
    }

    /** Logs {@code exchange} with its status, type, size and time. */
    void row(Exchange exchange, int depth, String outcome, String detail) {
        row(
                exchange.address().toString(),
                exchange.status(),
                exchange.contentType(),
                exchange.answered() ? exchange.body().length : -1,
                depth,
                exchange.at(),
                outcome,
                detail);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static String clean(String field) {
        return field == null ? "" : field.replaceAll("[\\t\\r\\n]+", " ");
    }
}
