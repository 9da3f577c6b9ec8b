package org.exovigil.app.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The public reports one browser session sent lately, by their content. Pressing Back after sending
 * brings the form back with the typed answers but, the page being {@code no-store}, with a new one-time
 * key; sending it again is still the same submission, so it is filed under the first key and gets the
 * first receipt. Other content, or the same content after {@link #WINDOW}, is a new report: two people
 * on one computer, or the same harm happening again, are not lost. Only digests of the content are kept.
 */
final class RecentSubmissions implements Serializable {

    static final Duration WINDOW = Duration.ofMinutes(30);

    private static final String ATTRIBUTE = RecentSubmissions.class.getName();

    private final Map<String, Sent> byContent = new HashMap<>();

    private record Sent(String formKey, Instant at) implements Serializable {}

    private RecentSubmissions() {}

    /**
     * A report about to be filed from a form: whether this session sent the same content lately, and the key it
     * goes under, the first one if it did. Both public forms file through it; the form's name keeps the same
     * words sent through the two forms apart.
     */
    static Attempt attempt(HttpServletRequest request, String form, String reportJson, String contact, Instant now) {
        HttpSession session = request.getSession();
        RecentSubmissions recent = of(session);
        String content = content(form + "\u0000" + reportJson, contact);
        return new Attempt(session, recent, content, recent.keyOf(content, now), now);
    }

    /** One sending of a form; see {@link #attempt}. */
    record Attempt(
            HttpSession session, RecentSubmissions recent, String content, Optional<String> earlierKey, Instant at) {

        /** Whether the same report was sent lately: it files nothing new, so it is not counted against the limit. */
        boolean again() {
            return earlierKey.isPresent();
        }

        /** The key to file under: the first sending's, or the form's own one-time key. */
        String key(String formKey) {
            return earlierKey.orElse(PublicForm.idempotencyKey(formKey));
        }

        /** Remembers that the report was filed under the key. */
        void filed(String key) {
            recent.sent(session, content, key, at);
        }
    }

    static RecentSubmissions of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof RecentSubmissions recent ? recent : new RecentSubmissions();
    }

    /** The key the same content was sent under from this session within the window, if it was. */
    Optional<String> keyOf(String content, Instant now) {
        return Optional.ofNullable(byContent.get(content))
                .filter(sent -> sent.at().plus(WINDOW).isAfter(now))
                .map(Sent::formKey);
    }

    /** Remembers what was sent under which key, forgetting what is older than the window. */
    void sent(HttpSession session, String content, String formKey, Instant now) {
        byContent.values().removeIf(sent -> !sent.at().plus(WINDOW).isAfter(now));
        byContent.putIfAbsent(content, new Sent(formKey, now));
        session.setAttribute(ATTRIBUTE, this);
    }

    /** A digest of what the reporter typed, the same however often the form was reloaded. */
    static String content(String reportJson, String contact) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(reportJson.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(contact).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
