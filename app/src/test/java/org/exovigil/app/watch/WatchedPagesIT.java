package org.exovigil.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.exovigil.app.RunningExovigil;
import org.exovigil.watch.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Clinic pages are read, judged by the rulebook for their country, and shown per clinic. */
class WatchedPagesIT extends RunningExovigil {

    @Autowired
    WatchedPages pages;

    @Autowired
    ClinicClaims claims;

    @Autowired
    WatchDashboard dashboard;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUsPageCallingExosomes361IsFoundUnlawfulWithTheLawCited() {
        var view = claims.of(provider("Sunrise Wellness Institute (demo)"), Locale.ENGLISH);

        assertThat(view.sites()).singleElement().satisfies(page -> {
            assertThat(page.claims())
                    .extracting(ClinicClaims.Claim::code)
                    .contains("hctp_361_or_minimally_manipulated", "safety_claim", "testimonials", "covid");
            assertThat(page.claims())
                    .filteredOn(claim -> claim.code().equals("hctp_361_or_minimally_manipulated"))
                    .singleElement()
                    .satisfies(claim -> assertThat(claim.law()).isNotEmpty());
            assertThat(page.claims().stream().flatMap(claim -> claim.law().stream()))
                    .filteredOn(finding -> finding.code().equals("HCTP_361_NOT_APPLICABLE"))
                    .singleElement()
                    .satisfies(finding -> {
                        assertThat(finding.severity()).isEqualTo("violation");
                        assertThat(finding.source()).contains("21 CFR");
                    });
            assertThat(page.verdict()).isEqualTo("not_permitted");
        });
        assertThat(view.redFlags())
                .extracting(RedFlag::id)
                .contains("testimonials", "no_risk", "covid", "many_conditions");
    }

    @Test
    void aJapaneseSafetyClaimIsQuotedInItsOwnWords() {
        var view = claims.of(provider("銀座エクソソーム美容クリニック（デモ）"), Locale.JAPANESE);

        assertThat(view.sites())
                .singleElement()
                .satisfies(page -> assertThat(page.claims())
                        .filteredOn(claim -> claim.code().equals("safety_claim"))
                        .singleElement()
                        .satisfies(claim -> assertThat(claim.quotes()).isNotEmpty()));
        assertThat(view.redFlags()).extracting(RedFlag::id).contains("conditioned_media", "no_risk", "testimonials");
    }

    @Test
    void aPageIsKeptOncePerContentAndANewVersionIsKeptBeside() {
        var first =
                Page.html("test", "https://www.kept-once.example/offer", "<p>Exosome IV for knee pain, $3,000.</p>");
        var changed =
                Page.html("test", "https://www.kept-once.example/offer", "<p>Exosome IV for knee pain, $3,500.</p>");

        assertThat(pages.ingest(first, Instant.parse("2026-11-01T10:00:00Z"))).isEqualTo(WatchedPages.Outcome.STORED);
        assertThat(pages.ingest(first, Instant.parse("2026-11-02T10:00:00Z")))
                .isEqualTo(WatchedPages.Outcome.UNCHANGED);
        assertThat(pages.ingest(changed, Instant.parse("2026-11-03T10:00:00Z"))).isEqualTo(WatchedPages.Outcome.STORED);

        assertThat(jdbc.sql("select count(*) from watch_page where host = 'kept-once.example'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aSmallClinicIsJudgedByItsWholeSiteWithEachClaimOnItsOwnPage() {
        Instant read = Instant.parse("2026-11-05T10:00:00Z");
        pages.ingest(
                Page.html(
                        "test",
                        "https://www.small-clinic.example/",
                        "<h1>Exosome drip</h1><p>We offer an exosome IV drip for fatigue. Book your appointment today.</p>"
                                + "<p>Dallas, TX 75201</p>"),
                read);
        pages.ingest(
                Page.html(
                        "test",
                        "https://small-clinic.example/about",
                        "<h1>About our exosomes</h1><p>Our exosomes are FDA approved.</p>"),
                read);
        pages.ingest(
                Page.html(
                        "test",
                        "https://small-clinic.example/knees",
                        "<h1>Knees</h1><p>Exosomes are proven to regenerate cartilage.</p>"),
                read);

        var site = jdbc.sql("""
                        select marketing, country, pages, profile -> 'claims' ->> 'approval_claim',
                               profile -> 'claims' ->> 'efficacy_claim',
                               (select e ->> 'page' from jsonb_array_elements(profile -> 'evidence') e
                                where e ->> 'code' = 'approval_claim' limit 1),
                               assessment ->> 'verdict'
                        from watch_site where host = ?""")
                .param("small-clinic.example")
                .query((rs, row) -> List.of(
                        rs.getBoolean(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .single();
        assertThat(site)
                .containsExactly(true, "US", 3, "true", "true", "https://small-clinic.example/about", "not_permitted");
        assertThat(dashboard.sites())
                .filteredOn(s -> s.host().equals("small-clinic.example"))
                .singleElement()
                .satisfies(s -> assertThat(s.pages()).isEqualTo(3));
    }

    @Test
    void aPageWithoutAnAddressIsNotStored() {
        assertThat(pages.ingest(Page.text("orphan.txt", null, "Exosome IV"), Instant.now()))
                .isEqualTo(WatchedPages.Outcome.NO_ADDRESS);
    }

    @Test
    void theDashboardCountsBusinessesOncePerSite() {
        assertThat(dashboard.totals().sites()).isGreaterThanOrEqualTo(5);
        assertThat(dashboard.byCountry()).extracting(WatchDashboard.Count::code).contains("JP", "US", "KR", "MX", "GB");
        assertThat(dashboard.byList(WatchDashboard.Field.PRODUCT_TYPES))
                .filteredOn(count -> count.code().equals("exosome"))
                .singleElement()
                .satisfies(count -> assertThat(count.percent()).isBetween(0.0, 100.0));
        assertThat(dashboard.prices())
                .extracting(WatchDashboard.Prices::currency)
                .contains("JPY", "USD");
        assertThat(dashboard.sites()).extracting(WatchDashboard.Site::host).contains("sunrise-wellness.example");
    }

    private long provider(String name) {
        return jdbc.sql("select id from provider where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }
}
