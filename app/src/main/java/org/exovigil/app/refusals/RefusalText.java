package org.exovigil.app.refusals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.exovigil.app.portal.TimeText;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * A refusal as its reader reads it, {@code EXO-1609: this period's report is already filed}, in the reader's
 * language. Pages reach it as {@code @refusalText}; the API and the command line use English or the request's
 * locale.
 *
 * <p>A particular that is a calendar day ({@code 2026-12-06}, as {@link Refusal#of} writes a {@code LocalDate}) is read
 * in the reader's style, {@code Dec 6, 2026} or {@code 2026/12/06} ({@link TimeText#dateText}); a particular that only
 * looks like one (a reporter's {@code 2026-02-30}) is shown as typed.
 */
@Component("refusalText")
public class RefusalText {

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final MessageSource messages;

    RefusalText(MessageSource messages) {
        this.messages = messages;
    }

    /** The same texts for the command line, which speaks to the person after the application has stopped. */
    public static RefusalText fromMessageFiles() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return new RefusalText(messages);
    }

    public String text(Refusal refusal, Locale locale) {
        return refusal.code().id() + ": " + message(refusal, locale);
    }

    /** The text without its code, for a problem document whose code sits in a field of its own. */
    public String message(Refusal refusal, Locale locale) {
        Object[] arguments = refusal.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String text && ISO_DAY.matcher(text).matches()) {
                arguments[i] = day(text, locale);
            }
        }
        return messages.getMessage(refusal.code().messageKey(), arguments, locale);
    }

    private static String day(String text, Locale locale) {
        try {
            return TimeText.dateText(LocalDate.parse(text), locale);
        } catch (DateTimeParseException notADay) {
            return text;
        }
    }
}
