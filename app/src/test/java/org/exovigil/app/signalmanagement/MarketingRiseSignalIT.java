package org.exovigil.app.signalmanagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.watch.UnlawfulMarketing;
import org.exovigil.app.watch.WatchedPages;
import org.exovigil.vigilance.signal.SignalSource;
import org.exovigil.watch.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rise in unlawful marketing of a product type, counted from the watch's pages by the reviewed rule, is offered
 * on the signals list and raises a signal that carries the pages as its evidence.
 */
class MarketingRiseSignalIT extends RunningExovigil {

    /** Tests share one database, kept between runs: each run reads its own sites. */
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    private static final String WHO = "regulator-marketing";

    @Autowired
    WatchedPages watch;

    @Autowired
    UnlawfulMarketing marketing;

    @Autowired
    SignalManagement signals;

    @Test
    void newPagesOnUnlawfulSitesAreCountedOncePerAddressInTheirWindow() {
        // A window of this run's own, years ahead, which no other run's pages reach.
        Instant to = Instant.now().plus(Duration.ofDays(400 + Math.floorMod(System.nanoTime(), 20_000L)));
        for (int n = 1; n <= 2; n++) {
            watch.ingest(unlawful("earlier-" + n, "offer", "4,950"), to.minus(Duration.ofDays(45)));
        }
        watch.ingest(unlawful("earlier-1", "offer", "3,950"), to.minus(Duration.ofDays(5)));
        for (int n = 1; n <= 4; n++) {
            watch.ingest(unlawful("recent-" + n, "offer", "4,950"), to.minus(Duration.ofDays(n)));
        }
        watch.ingest(
                Page.html(
                        "test",
                        "https://news-" + RUN + ".example/exosomes",
                        "<p>Researchers reviewed studies of exosomes in knee osteoarthritis; none is approved.</p>"),
                to.minus(Duration.ofDays(2)));
        watch.ingest(unlawful("future-1", "offer", "4,950"), to.plus(Duration.ofDays(1)));

        assertThat(marketing.counts(to, 30))
                .as(
                        "a new version of an earlier page is no new page; a news page offers nothing; after the window, nothing")
                .contains(new UnlawfulMarketing.Counts("exosome", 4, 2));
        assertThat(marketing.pages("exosome", to, 30))
                .extracting(UnlawfulMarketing.EvidencePage::host)
                .containsExactly(host("recent-4"), host("recent-3"), host("recent-2"), host("recent-1"));
        assertThat(marketing.pages("culture_supernatant", to, 30)).isEmpty();
    }

    @Test
    void aRiseIsOfferedAndRaisesASignalCarryingItsPages() {
        var before = marketing.counts(Instant.now(), 30).stream()
                .filter(counts -> counts.productType().equals("exosome"))
                .findFirst()
                .orElse(new UnlawfulMarketing.Counts("exosome", 0, 0));
        int needed = Math.max(0, Math.max(3, 2 * before.earlier()) - before.recent());
        List<String> hosts = new ArrayList<>();
        for (int n = 1; n <= Math.max(needed, 1); n++) {
            watch.ingest(
                    unlawful("now-" + n, "exosome-iv", "4,950"), Instant.now().minus(Duration.ofHours(n)));
            hosts.add(host("now-" + n));
        }

        assertThat(signals.marketingRises())
                .as("the signals list offers the rise")
                .extracting(UnlawfulMarketing.Counts::productType)
                .contains("exosome");
        Outcome<Long> raised = signals.raise(SignalSource.Kind.UNLAWFUL_MARKETING, "exosome", WHO);
        assertThat(raised.isDone()).as(String.valueOf(raised)).isTrue();
        var stored = signals.find(raised.value()).orElseThrow();
        assertThat(stored.stored().signal().source().description())
                .startsWith("exosome: ")
                .contains("new unlawful marketing pages in 30 days");
        assertThat(stored.stored().pages())
                .as("the pages are the signal's evidence")
                .extracting(UnlawfulMarketing.EvidencePage::host)
                .containsAll(hosts);
        assertThat(stored.stored().cases()).isEmpty();
        assertThat(stored.history())
                .singleElement()
                .satisfies(event -> assertThat(event.detail()).contains("source=unlawful_marketing:exosome", "pages="));
        assertThat(signals.raise(SignalSource.Kind.UNLAWFUL_MARKETING, "exosome", WHO)
                        .value())
                .as("one open signal per rise")
                .isEqualTo(raised.value());
    }

    @Test
    void aProductTypeWhoseMarketingHasNotRisenRaisesNothing() {
        for (String type : List.of("no_such_type", "", "'; drop table signal; --", "エクソソーム")) {
            Outcome<Long> refused = signals.raise(SignalSource.Kind.UNLAWFUL_MARKETING, type, WHO);
            assertThat(refused.isDone()).isFalse();
            assertThat(refused.refusal().code()).isEqualTo(SignalManagementRefusal.NO_MARKETING_RISE);
        }
    }

    private static String host(String name) {
        return name + "-" + RUN + ".example";
    }

    /** A US clinic's page calling its exosomes 361 HCT/Ps, which the rulebook finds a violation of 21 CFR 1271. */
    private static Page unlawful(String name, String path, String price) {
        return Page.html("test", "https://www." + host(name) + "/" + path, """
                <h1>Exosome Therapy in Phoenix, Arizona</h1>
                <p>Our umbilical cord derived exosomes are 361 HCT/P compliant and minimally manipulated.</p>
                <p>Exosome IV infusions help with knee osteoarthritis. Completely safe with no side effects.</p>
                <p>Single IV session: $%s. Call (602) 555-0142, 1200 E Camelback Rd, Phoenix, AZ.</p>""".formatted(price));
    }
}
