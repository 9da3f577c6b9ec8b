package org.exovigil.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A moment is shown where and as the reader reads it, and the exact instant stays readable by a machine. */
class TimeTextTest {

    private static final Instant EVENING_IN_TOKYO = Instant.parse("2026-12-06T11:36:27.123456Z");

    private final TimeText times = new TimeText(messages());

    @AfterEach
    void forgetTheReader() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aJapaneseReaderInTokyoReadsCldrsMediumDateAndShortTime() {
        reader(Locale.JAPANESE, "Asia/Tokyo");

        assertThat(times.moment(EVENING_IN_TOKYO))
                .isEqualTo("<time datetime=\"2026-12-06T11:36:27.123Z\" title=\"2026/12/06 20:36（日本時間）\">"
                        + "2026/12/06 20:36</time>");
        assertThat(times.zoneName()).isEqualTo("日本時間");
    }

    @Test
    void anEnglishReaderInLosAngelesReadsTheSameInstantOnTheSameDayInTheMorning() {
        reader(Locale.ENGLISH, "America/Los_Angeles");

        assertThat(times.moment(EVENING_IN_TOKYO))
                .contains("datetime=\"2026-12-06T11:36:27.123Z\"", ">Dec 6, 2026, 3:36\u202fAM</time>");
        assertThat(times.momentAndZone(EVENING_IN_TOKYO)).isEqualTo("Dec 6, 2026, 3:36\u202fAM (Pacific Time)");
    }

    @Test
    void theDayOfAMomentIsTheReadersDayNotTheServers() {
        Instant lateEveningInLondon = Instant.parse("2026-12-06T23:30:00Z");

        reader(Locale.JAPANESE, "Asia/Tokyo");
        assertThat(times.day(lateEveningInLondon)).endsWith(">2026/12/07</time>");
        reader(Locale.JAPANESE, "Europe/London");
        assertThat(times.day(lateEveningInLondon)).endsWith(">2026/12/06</time>");
    }

    @Test
    void aCalendarDayIsCldrsMediumDateInTheReadersLanguageWithItsIsoDayForMachines() {
        LocalDate due = LocalDate.of(2026, 12, 6);

        reader(Locale.ENGLISH, "UTC");
        assertThat(times.date(due)).isEqualTo("<time datetime=\"2026-12-06\">Dec 6, 2026</time>");
        reader(Locale.JAPANESE, "Asia/Tokyo");
        assertThat(times.date(due)).isEqualTo("<time datetime=\"2026-12-06\">2026/12/06</time>");
    }

    /** A due date is a day on the calendar: a reader a day behind Tokyo still reads the 6th, not the 5th. */
    @Test
    void aCalendarDayIsNeverShiftedByTheReadersZone() {
        LocalDate due = LocalDate.of(2026, 12, 6);

        reader(Locale.ENGLISH, "Pacific/Pago_Pago");
        assertThat(times.date(due)).endsWith(">Dec 6, 2026</time>");
        reader(Locale.ENGLISH, "Pacific/Kiritimati");
        assertThat(times.date(due)).endsWith(">Dec 6, 2026</time>");
    }

    @Test
    void aLeapDayIsShownAsItself() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);

        reader(Locale.ENGLISH, "UTC");
        assertThat(times.date(leapDay)).isEqualTo("<time datetime=\"2028-02-29\">Feb 29, 2028</time>");
        reader(Locale.JAPANESE, "Asia/Tokyo");
        assertThat(times.date(leapDay)).isEqualTo("<time datetime=\"2028-02-29\">2028/02/29</time>");
    }

    @Test
    void aSentenceShowsItsCalendarDaysAsTimeElementsBesideItsMoments() {
        reader(Locale.ENGLISH, "UTC");

        assertThat(times.sentence("lotRestriction.held", "Vaxa <b>", "L-1", LocalDate.of(2028, 2, 29)))
                .contains("Vaxa &lt;b&gt;", "L-1", "<time datetime=\"2028-02-29\">Feb 29, 2028</time>")
                .doesNotContain("<b>");
        reader(Locale.JAPANESE, "Asia/Tokyo");
        assertThat(times.sentence("lotRestriction.held", "Vaxa", "L-1", LocalDate.of(2026, 12, 6)))
                .contains("<time datetime=\"2026-12-06\">2026/12/06</time>");
    }

    @Test
    void noMomentShowsNothing() {
        reader(Locale.ENGLISH, "UTC");

        assertThat(times.moment(null)).isEmpty();
        assertThat(times.day(null)).isEmpty();
        assertThat(times.momentAndZone(null)).isEmpty();
        assertThat(times.date(null)).isEmpty();
        assertThat(TimeText.dateText(null, Locale.JAPANESE)).isEmpty();
    }

    @Test
    void aSentenceKeepsItsMomentsAsTimeElementsAndEveryOtherWordAsText() {
        reader(Locale.ENGLISH, "UTC");

        String html = times.sentence("case.closed", EVENING_IN_TOKYO, "<script>alert(1)</script>", "Tom & \"Jerry\"'s");

        assertThat(html)
                .startsWith("Closed on <time datetime=\"2026-12-06T11:36:27.123Z\"")
                .contains(">Dec 6, 2026, 11:36\u202fAM</time> by &lt;script&gt;alert(1)&lt;/script&gt;: ")
                .endsWith("Tom &amp; &quot;Jerry&quot;&#39;s")
                .doesNotContain("<script>");
    }

    @Test
    void wordsHoldingTheSentinelCharactersStayWordsAndBreakNothing() {
        reader(Locale.ENGLISH, "UTC");

        String html = times.sentence("case.closed", EVENING_IN_TOKYO, "\uE0009\uE001", "a \uE000 b");

        assertThat(html).startsWith("Closed on <time datetime=").endsWith(" by 9: a  b");
    }

    @Test
    void aSentenceKeepsNumbersForItsChoicesAndNamesTheReadersDayInJapanese() {
        reader(Locale.JAPANESE, "Asia/Tokyo");

        assertThat(times.sentence("clinic.read", 3, EVENING_IN_TOKYO))
                .startsWith("3 ページを確認（最終確認 <time ")
                .endsWith(">2026/12/06 20:36</time>）");
    }

    @Test
    void outsideARequestTheZoneIsThatOfTheLanguage() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);

        assertThat(times.zoneName()).isEqualTo("日本時間");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(times.zoneName()).isEqualTo("Coordinated Universal Time");
    }

    private static void reader(Locale language, String zone) {
        LocaleContextHolder.setLocaleContext(
                new SimpleTimeZoneAwareLocaleContext(language, TimeZone.getTimeZone(java.time.ZoneId.of(zone))));
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
