package org.exovigil.app.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The one way a page shows a moment ({@code th:utext="${#times.moment(entry.receivedAt())}"} in a template, see {@link TimesDialect}): in
 * the reader's time zone ({@link ReaderZone}) and in their language's style, inside {@code <time datetime>} so that a
 * machine, a screen reader or a test reads the exact instant; the title names the zone.
 *
 * <p>The style is CLDR's medium date with its short time ({@link FormatStyle#MEDIUM}, {@link FormatStyle#SHORT}):
 * in Japanese {@code 2026/12/06 20:36}, the compact numeric form of Japanese forms and tables; in English
 * {@code Dec 6, 2026, 8:36 PM}, whose month in letters cannot be read day-first or month-first as CLDR's short
 * {@code 12/6/26} can. Seconds are left out: no decision here turns on them, and the datetime keeps them.
 *
 * <p>Calendar dates (an onset, a due date, a law's date) are days, not moments: {@link #date(LocalDate)} shows them in the
 * same medium date style ({@code 2026/12/06}, {@code Dec 6, 2026}) and never shifts them by a zone.
 */
@Component
public class TimeText {

    /** Sentinels for a moment inside a message; private-use characters, which no message holds and arguments lose. */
    private static final char OPEN = '\uE000';

    private static final char CLOSE = '\uE001';

    private final MessageSource messages;

    public TimeText(MessageSource messages) {
        this.messages = messages;
    }

    /** A moment to the minute, as {@code <time>}; empty for none. */
    public String moment(Instant at) {
        return at == null ? "" : element(at, momentText(at));
    }

    /** The reader's calendar day of a moment, as {@code <time>}: what day it was where the reader is. */
    public String day(Instant at) {
        return at == null
                ? ""
                : element(
                        at,
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(locale())
                                .format(at.atZone(zone())));
    }

    /**
     * A calendar day (a due date, a case's Day 0, an onset, a law's date), as {@code <time datetime="2026-12-06">} with
     * CLDR's medium date in the reader's language: {@code Dec 6, 2026}, {@code 2026/12/06}; empty for none. A
     * {@link LocalDate} names a day on a calendar, not an instant, so it is never converted to the reader's zone: the
     * 6th of December is due on the 6th everywhere, and shifting it would move a legal deadline by a day.
     */
    public String date(LocalDate day) {
        return day == null
                ? ""
                : "<time datetime=\"" + day + "\">" + HtmlUtils.htmlEscape(dateText(day, locale())) + "</time>";
    }

    /**
     * A calendar day as plain text in the same style as {@link #date}, for text that cannot hold markup: a refusal, a
     * note written by a bean, an attribute; empty for none.
     */
    public static String dateText(LocalDate day, Locale locale) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(day);
    }

    /** A moment with its zone in words, as plain text, for a sentence read away from the page's footer. */
    public String momentAndZone(Instant at) {
        return at == null ? "" : word("time.withZone", momentText(at), zoneName());
    }

    /** The reader's zone in words, in their language: "Japan Time", "日本時間". */
    public String zoneName() {
        return zone().getDisplayName(TextStyle.FULL, locale());
    }

    /**
     * A message whose moments and calendar days are {@code <time>} elements ({@link #moment}, {@link #date}), for
     * {@code th:utext}: everything else, the message's own text and every other argument, is escaped, so a reporter's
     * words stay text.
     */
    public String sentence(String key, Object... arguments) {
        Object[] marked = arguments.clone();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] instanceof Instant || marked[i] instanceof LocalDate) {
                marked[i] = OPEN + Integer.toString(i) + CLOSE;
            } else if (marked[i] instanceof CharSequence text) {
                // Someone's words could hold the sentinels (private-use characters): they must not pass for a time.
                marked[i] = text.toString().replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
            }
        }
        String escaped = HtmlUtils.htmlEscape(messages.getMessage(key, marked, locale()));
        var html = new StringBuilder();
        int from = 0;
        for (int open = escaped.indexOf(OPEN); open >= 0; open = escaped.indexOf(OPEN, from)) {
            int close = escaped.indexOf(CLOSE, open);
            html.append(escaped, from, open);
            html.append(timeElement(arguments[Integer.parseInt(escaped.substring(open + 1, close))]));
            from = close + 1;
        }
        return html.append(escaped.substring(from)).toString();
    }

    private String timeElement(Object argument) {
        return argument instanceof LocalDate day ? date(day) : moment((Instant) argument);
    }

    /** The zone of this request's reader: the one Spring resolved for it, else that of the reader's language. */
    ZoneId zone() {
        if (LocaleContextHolder.getLocaleContext() instanceof TimeZoneAwareLocaleContext context
                && context.getTimeZone() != null) {
            return context.getTimeZone().toZoneId();
        }
        return ReaderZone.byLanguage(locale());
    }

    private String momentText(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .format(at.atZone(zone()));
    }

    /** HTML allows at most three digits of a second in {@code datetime}; the database keeps six. */
    private String element(Instant at, String text) {
        return "<time datetime=\"" + at.truncatedTo(ChronoUnit.MILLIS) + "\" title=\""
                + HtmlUtils.htmlEscape(momentAndZone(at)) + "\">" + HtmlUtils.htmlEscape(text) + "</time>";
    }

    private String word(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
