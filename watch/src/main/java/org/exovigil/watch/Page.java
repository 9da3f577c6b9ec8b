package org.exovigil.watch;

import java.util.Objects;

/**
 * One saved web page as read from disk or a crawl: where it came from, its address if known, and its
 * content, either HTML or plain text.
 *
 * @param source the file or record the page was read from, echoed in the output
 * @param url    the address the page was saved from, or null
 * @param content the raw HTML or text
 * @param html   whether {@code content} is HTML
 */
public record Page(String source, String url, String content, boolean html) {

    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
    }

    public static Page html(String source, String url, String html) {
        return new Page(source, url, html, true);
    }

    public static Page text(String source, String url, String text) {
        return new Page(source, url, text, false);
    }
}
