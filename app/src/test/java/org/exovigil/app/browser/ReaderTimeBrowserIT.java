package org.exovigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reader meets every moment in their own time zone and their language's style: the zone their browser names,
 * or before it has named one, the zone of their language. The page says which zone it is, and each moment
 * keeps its exact instant in {@code <time datetime>}.
 */
class ReaderTimeBrowserIT extends InBrowser {

    private static final String NAME = "regulator-in-los-angeles";
    private static final String PASSWORD = "a regulator's long passphrase";
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Autowired
    ReportIntake intake;

    @Autowired
    Accounts accounts;

    @Test
    void aRegulatorInLosAngelesReadsWhenACaseArrivedInHerOwnZone() {
        browserIn(LOS_ANGELES);
        String reference = receive();
        signIn();

        browser.get(url("/regulator/queue?lang=en"));
        WebElement queued =
                browser.findElement(By.xpath("//table[@id='queue']//tr[.//a[text()='" + reference + "']]//time"));
        Instant received = Instant.parse(queued.getAttribute("datetime"));
        String shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.ENGLISH)
                .format(received.atZone(LOS_ANGELES));
        assertThat(queued.getText()).isEqualTo(shown);
        assertThat(received).isBetween(Instant.now().minusSeconds(600), Instant.now());

        clickAndWait(By.linkText(reference));
        // Where a reporting clock starts, the zone is said beside the moment as well as at the foot of the page.
        assertThat(browser.findElement(By.id("received-at")).getText()).isEqualTo(shown + " (Pacific Time)");
        assertThat(browser.findElement(By.id("time-zone")).getText()).isEqualTo("Times are shown in Pacific Time.");
        // A calendar day (Day 0, the onset, the due dates) is a day, not a moment: no zone moves it.
        WebElement dayZero = browser.findElement(By.cssSelector("#day-zero time"));
        LocalDate day = LocalDate.parse(dayZero.getAttribute("datetime"));
        assertThat(dayZero.getText())
                .isEqualTo(DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH)
                        .format(day));
        assertThat(dayZero.getText()).matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}");
        assertThat(IsoDays.on(browser, "case in English")).isEmpty();

        browser.get(url(currentPath() + "?lang=ja"));
        assertThat(browser.findElement(By.cssSelector("#received-at time")).getText())
                .isEqualTo(DateTimeFormatter.ofPattern("uuuu/MM/dd H:mm").format(received.atZone(LOS_ANGELES)));
        assertThat(browser.findElement(By.id("time-zone")).getText()).isEqualTo("時刻はアメリカ太平洋時間で表示しています。");
        assertThat(browser.findElement(By.cssSelector("#day-zero time")).getText())
                .isEqualTo(DateTimeFormatter.ofPattern("uuuu/MM/dd").format(day));
    }

    @Test
    void aJapaneseReaderWhoseBrowserHasNotSaidReadsJapanTimeAndANameThatIsNoZoneIsIgnored() {
        browserIn(LOS_ANGELES);
        browser.get(url("/law?lang=ja"));
        browser.manage().deleteCookieNamed("exovigil-zone");
        browser.manage().addCookie(new Cookie("exovigil-zone", "Mars/Olympus_Mons", "/"));

        browser.get(url("/law?lang=ja"));
        assertThat(browser.findElement(By.id("time-zone")).getText()).isEqualTo("時刻は日本時間で表示しています。");

        // The page's script has now told the server where the browser is.
        browser.get(url("/law?lang=ja"));
        assertThat(browser.findElement(By.id("time-zone")).getText()).isEqualTo("時刻はアメリカ太平洋時間で表示しています。");
    }

    @Test
    void anEnglishReaderWhoseBrowserHasNotSaidReadsUtc() {
        browserIn(LOS_ANGELES);
        browser.get(url("/law?lang=en"));
        browser.manage().deleteCookieNamed("exovigil-zone");

        browser.get(url("/law?lang=en"));
        assertThat(browser.findElement(By.id("time-zone")).getText())
                .isEqualTo("Times are shown in Coordinated Universal Time.");
    }

    /** The walks' check finds a day printed for people, and leaves those kept for machines. */
    @Test
    void theWalksCheckFindsAnIsoDayPrintedForPeopleOnly() {
        browser.get(
                "data:text/html,<main><p>Due 2026-12-06.</p><p>Day 0: <time datetime=\"2026-12-05\">2026-12-05</time>"
                        + "<input type=\"date\" value=\"2026-12-04\"><code>2026-12-03</code> EXO-2026-00001234</p></main>");

        assertThat(IsoDays.on(browser, "made up"))
                .singleElement(STRING)
                .startsWith("made up: ISO day 2026-12-06 in \"Due 2026-12-06.");
    }

    /** Chromium's own zone, as the operating system would give it (DevTools: Emulation.setTimezoneOverride). */
    private void browserIn(ZoneId zone) {
        browser.get(url("/"));
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone.getId()));
    }

    private static String currentPath() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    private void signIn() {
        if (accounts.find(NAME).isEmpty()) {
            accounts.completeSetup(accounts.invite(NAME, Role.REGULATOR).token(), PASSWORD);
        }
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(NAME);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.id("sign-in-submit"));
    }

    private String receive() {
        String body = """
                {"senderReportId": "TZ-WALK-1", "receivedOn": "%s", "country": "US",
                 "reporter": {"qualification": "physician", "country": "US"},
                 "patient": {"ageYears": 61, "sex": "male"},
                 "products": [{"role": "suspect", "name": "Placental exosomes", "type": "exosome", "route": "iv"}],
                 "reactions": [{"term": "Sepsis", "onset": "%s", "outcome": "not_recovered",
                                "seriousness": ["hospitalisation"]}]}""".formatted(LocalDate.now(), LocalDate.now().minusDays(1));
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(
                        new SenderPrincipal("test:reader-time", "reader-time"), null, Channel.API, report.value()))
                .reference();
    }
}
