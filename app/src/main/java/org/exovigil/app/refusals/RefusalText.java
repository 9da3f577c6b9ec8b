package org.exovigil.app.refusals;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * A refusal as its reader reads it, {@code EXO-1609: this period's report is already filed}, in the reader's
 * language. Pages reach it as {@code @refusalText}; the API and the command line use English or the request's
 * locale.
 */
@Component("refusalText")
public class RefusalText {

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
        return messages.getMessage(refusal.code().messageKey(), refusal.arguments(), locale);
    }
}
