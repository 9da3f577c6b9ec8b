package org.exovigil.app.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.springframework.web.util.WebUtils;

/**
 * The time zone a reader reads times in: the one their browser names (static/js/zone.js sets the cookie from
 * {@code Intl.DateTimeFormat().resolvedOptions().timeZone}), else the zone most readers of their language live in,
 * else UTC. The cookie is the client's to write, so only a well-formed IANA name that {@link ZoneId} knows is
 * taken; anything else is ignored, never an error.
 */
public final class ReaderZone {

    public static final String COOKIE = "exovigil-zone";

    /** The zone a language's readers most likely live in, for a first page before the browser has said. */
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static final Map<String, ZoneId> BY_LANGUAGE = Map.of("ja", ZoneId.of("Asia/Tokyo"));

    /** IANA names are ASCII letters, digits and {@code / _ + -}; the longest in tzdata 2025 has 32 characters. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z][A-Za-z0-9/_+-]{0,63}");

    private ReaderZone() {}

    /** The reader's zone for a request whose language is already known. */
    public static TimeZone of(HttpServletRequest request, Locale language) {
        var cookie = WebUtils.getCookie(request, COOKIE);
        ZoneId zone =
                Optional.ofNullable(cookie).flatMap(c -> named(c.getValue())).orElseGet(() -> byLanguage(language));
        return TimeZone.getTimeZone(zone);
    }

    /** A zone the browser named, if the name is one. */
    static Optional<ZoneId> named(String name) {
        if (name == null || !WELL_FORMED.matcher(name).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    /** The zone of a language's readers, UTC for a language that has none. */
    static ZoneId byLanguage(Locale language) {
        return language == null ? UTC : BY_LANGUAGE.getOrDefault(language.getLanguage(), UTC);
    }
}
