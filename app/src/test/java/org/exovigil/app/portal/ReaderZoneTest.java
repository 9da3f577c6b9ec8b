package org.exovigil.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The browser's zone when it names a real one; otherwise the zone of the reader's language, or UTC. */
class ReaderZoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"America/Los_Angeles", "Asia/Tokyo", "Europe/London", "UTC", "Etc/GMT+10"})
    void aZoneTheBrowserNamesIsTheReaders(String zone) {
        assertThat(zoneOf(zone, Locale.JAPANESE)).isEqualTo(ZoneId.of(zone));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Mars/Olympus_Mons",
                "../../etc/passwd",
                "Asia/Tokyo; Path=/",
                "<script>",
                "+09:00",
                "Ｔｏｋｙｏ",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
            })
    void aNameThatIsNoZoneIsIgnoredForTheLanguagesZone(String name) {
        assertThat(zoneOf(name, Locale.JAPANESE)).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(zoneOf(name, Locale.ENGLISH)).isEqualTo(ZoneId.of("UTC"));
    }

    @ParameterizedTest
    @CsvSource({"ja, Asia/Tokyo", "en, UTC", "ko, UTC"})
    void withoutACookieTheLanguageDecides(String language, String zone) {
        assertThat(ReaderZone.of(new MockHttpServletRequest(), Locale.of(language))
                        .toZoneId())
                .isEqualTo(ZoneId.of(zone));
    }

    private static ZoneId zoneOf(String cookie, Locale language) {
        var request = new MockHttpServletRequest();
        request.setCookies(new Cookie(ReaderZone.COOKIE, cookie));
        return ReaderZone.of(request, language).toZoneId();
    }
}
