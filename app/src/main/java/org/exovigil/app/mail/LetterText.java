package org.exovigil.app.mail;

import java.time.temporal.TemporalAccessor;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a letter in its language from the message files: the subject on one line, then the body, the listed
 * items one a line, and the signature every letter ends with. Plain text (RFC 2046 text/plain, UTF-8), so it reads
 * the same in every mail program and nothing in it runs.
 */
@Component
class LetterText {

    /**
     * What a letter is, written: the subject and the body, once as the outbox shows it ({@code shown}, each
     * {@link Letter.Secret} replaced by a note) and once as it leaves ({@code sent}, the same when it has no secret).
     */
    record Written(String subject, String shown, String sent) {

        boolean hasSecret() {
            return !shown.equals(sent);
        }
    }

    private final MessageSource messages;

    LetterText(MessageSource messages) {
        this.messages = messages;
    }

    Written write(Letter letter) {
        String note = messages.getMessage("mail.secret.removed", null, letter.language());
        Object[] sent = letter.arguments().stream()
                .map(argument -> argument instanceof Letter.Secret secret ? secret.value() : plain(argument))
                .toArray();
        Object[] shown = letter.arguments().stream()
                .map(argument -> argument instanceof Letter.Secret ? note : plain(argument))
                .toArray();
        // The subject is always written with the notes: a secret never belongs in a header. It is one header line
        // (RFC 5322 section 2.2): an argument's line break must not start another.
        String subject = messages.getMessage("mail." + letter.kind() + ".subject", shown, letter.language());
        return new Written(subject.replaceAll("\\s+", " ").strip(), body(letter, shown), body(letter, sent));
    }

    private String body(Letter letter, Object[] arguments) {
        StringBuilder body =
                new StringBuilder(messages.getMessage("mail." + letter.kind() + ".body", arguments, letter.language()));
        if (!letter.items().isEmpty()) {
            body.append("\n\n")
                    .append(letter.items().stream()
                            .map(item -> "- " + messages.getMessage(item, letter.language()))
                            .collect(Collectors.joining("\n")));
        }
        body.append("\n\n-- \n").append(messages.getMessage("mail.signature", null, letter.language()));
        return body.toString();
    }

    /** Dates and times as ISO 8601, which both languages read; messages are left for the message source. */
    private static Object plain(Object argument) {
        return argument instanceof TemporalAccessor ? argument.toString() : argument;
    }
}
