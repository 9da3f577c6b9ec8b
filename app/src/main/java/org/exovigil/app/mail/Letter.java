package org.exovigil.app.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;

/**
 * A letter to write: to whom, in which language, of which kind, about what, and what fills its text. The text
 * itself is in the message files, {@code mail.<kind>.subject} and {@code mail.<kind>.body}, in English and
 * Japanese; the arguments fill {@code {0}}, {@code {1}}... of both, and {@code items} (each a message in its own
 * right, such as one deadline) are listed after the body, one a line.
 *
 * @param kind the letter's name in the message files, lower case with hyphens ({@code invitation})
 * @param about what caused it, as the audit log names it ({@code account:alice}, {@code report-id:<uuid>}); never
 *     personal data, since it is shown beside the letter
 * @param arguments strings, numbers or dates (written ISO 8601, the same in both languages), messages to be
 *     written in the letter's language ({@link MessageSourceResolvable}), or {@link Secret}s
 */
public record Letter(
        MailAddress to,
        Locale language,
        String kind,
        String about,
        List<Object> arguments,
        List<MessageSourceResolvable> items) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");
    static final List<String> LANGUAGES = List.of("en", "ja");

    public Letter {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a letter's kind is lower case with hyphens: " + kind);
        }
        if (about == null || about.isBlank() || about.length() > 300) {
            throw new IllegalArgumentException("a letter says what caused it, in at most 300 characters");
        }
        language = language(language);
        arguments = List.copyOf(arguments);
        items = List.copyOf(items);
    }

    /** A letter with its arguments and no list of items. */
    public static Letter of(MailAddress to, Locale language, String kind, String about, Object... arguments) {
        return new Letter(to, language, kind, about, Arrays.asList(arguments), List.of());
    }

    /** The same letter listing these items after its body. */
    public Letter listing(List<? extends MessageSourceResolvable> more) {
        return new Letter(to, language, kind, about, arguments, List.copyOf(more));
    }

    /**
     * What only the recipient may read, such as a setup link: the letter that leaves carries it, while the outbox
     * shows and keeps the note {@code mail.secret.removed} in its place, and forgets the letter as sent once it has
     * left or been given up.
     */
    public record Secret(String value) {

        public Secret {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "(secret)";
        }
    }

    /** Japanese for a reader of Japanese; English for everyone else, as the pages fall back to English. */
    public static Locale language(Locale requested) {
        return requested != null && requested.getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
    }
}
