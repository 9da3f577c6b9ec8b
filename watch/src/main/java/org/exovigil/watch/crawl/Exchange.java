package org.exovigil.watch.crawl;

import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One request and its final answer, after any repeats; or the reason there was none.
 *
 * @param address what was asked for
 * @param at when the (last) request started
 * @param status the HTTP status, or 0 when no answer came
 * @param headers the answer's headers (none when no answer came)
 * @param body the answer's body, at most {@code maxPageBytes} of it
 * @param truncated whether the body was longer than that and was cut
 * @param note why no answer came, or why a failing answer was not repeated; else null
 */
record Exchange(
        Address address, Instant at, int status, HttpHeaders headers, byte[] body, boolean truncated, String note) {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    static Exchange failed(Address address, Instant at, String reason) {
        return new Exchange(
                address, at, 0, HttpHeaders.of(Map.of(), (name, value) -> true), new byte[0], false, reason);
    }

    boolean answered() {
        return status != 0;
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    boolean redirect() {
        return REDIRECTS.contains(status) && headers.firstValue("Location").isPresent();
    }

    /** Where a redirect points. */
    Optional<Address> location() {
        return headers.firstValue("Location").flatMap(address::resolve);
    }

    String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    /** The media type without parameters, in lower case, such as {@code text/html}. */
    String mediaType() {
        return contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The charset the Content-Type header names, if it names one this JVM knows. */
    Optional<Charset> charset() {
        for (String parameter : contentType().split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String name = pair[1].strip().replace("\"", "").replace("'", "");
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The status for the log and messages: the number, or {@code no answer}. */
    String describe() {
        return answered() ? "HTTP " + status : "no answer (" + note + ")";
    }
}
