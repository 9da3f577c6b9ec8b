package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A clock's note names its Day 0 as its reader reads a day, though the note stores it as ISO text. */
class ClockNoteTextTest {

    private static final Map<String, Object> NO_LAW = Map.of(
            "code", "no_law",
            "productTypes", List.of("exosome"),
            "unknownType", false,
            "country", "TH",
            "setting", "practice",
            "dayZero", "2028-02-29");

    private final ClockNoteText notes = new ClockNoteText(messages());

    @AfterEach
    void forgetTheReader() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void dayZeroIsCldrsMediumDateInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(notes.of(NO_LAW)).contains("Exosomes in TH (practice) on Feb 29, 2028;");

        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(notes.of(NO_LAW)).contains("2028/02/29 時点で").doesNotContain("2028-02-29");
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
