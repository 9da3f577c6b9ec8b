package org.exovigil.app.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.exovigil.app.RunningExovigil;
import org.exovigil.rulebook.Rulebook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Law" pages: every jurisdiction with its rulebook version and review date, and each one's rules by date. */
class LawPagesIT extends RunningExovigil {

    @Autowired
    Rulebook rulebook;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theListShowsEveryJurisdictionWithTheRulebookVersionAndTheDateItsLawIsCurrentTo() throws Exception {
        Document page = page("/law?lang=en");

        assertThat(page.getElementById("rulebook-version").text()).contains(rulebook.version());
        for (var law : rulebook.laws()) {
            var row = page.getElementById("law-" + law.code());
            assertThat(row).as(law.code()).isNotNull();
            assertThat(row.selectFirst(".current-to").text())
                    .isEqualTo(DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH)
                            .format(law.lawCurrentTo()));
            assertThat(row.selectFirst(".current-to time").attr("datetime"))
                    .isEqualTo(law.lawCurrentTo().toString());
            assertThat(row.selectFirst("a").attr("href")).isEqualTo("/law/" + law.code());
        }
        assertThat(page.getElementById("law-JP").text()).contains("Japan");
        assertThat(page.getElementById("law-EU").text()).contains("European Union");
    }

    @Test
    void theDateBoundariesOfTheLawAreVisibleAsWhatChangedWhen() throws Exception {
        assertThat(page("/law/JP?lang=en").getElementById("moment-2025-05-31").text())
                .contains(
                        "comes into force",
                        "no longer applies (last day May 30, 2025)",
                        "Physician's use of an unapproved cell-free product, outside the ASRM")
                .doesNotContain("jp.outside_asrm");
        assertThat(page("/law/KR?lang=en").getElementById("moment-2025-02-21")).isNotNull();
        assertThat(page("/law/TW?lang=en").getElementById("moment-2026-01-01")).isNotNull();
        assertThat(page("/law/EU?lang=en").getElementById("moment-2027-08-07").text())
                .contains("comes into force");
    }

    @Test
    void eachRuleShowsItsDatesStatusAndLinkedSources() throws Exception {
        Document jp = page("/law/JP?lang=en");

        var outsideAsrm = jp.getElementById("rule-jp.outside_asrm-2025-05-31");
        assertThat(outsideAsrm.attr("data-status")).isEqualTo("unsettled");
        assertThat(outsideAsrm.text()).contains("from May 31, 2025", "the law is unsettled");
        assertThat(outsideAsrm.select("ul.citations a").first().attr("href")).startsWith("https://");
        assertThat(jp.getElementById("kind-reporting").text()).contains("within 7 days");
        assertThat(jp.getElementById("kind-finding").text())
                .contains("No one is obliged to report harm from this treatment");
    }

    @Test
    void theLawPagesShowLabelsNotTheRulebooksCodes() throws Exception {
        for (var law : rulebook.laws()) {
            for (String lang : java.util.List.of("en", "ja")) {
                String text =
                        page("/law/" + law.code() + "?lang=" + lang).body().text();
                for (var rule : law.rules()) {
                    // An id such as jp.outside_asrm; a shared one such as "trial" is also a word.
                    if (rule.id().contains(".")) {
                        assertThat(text)
                                .as("%s in /law/%s?lang=%s", rule.id(), law.code(), lang)
                                .doesNotContain(rule.id());
                    }
                    // Reporting rules are named by whom to tell (MHLW, FDA); codes are JP.OUTSIDE_ASRM, ASRM_PLAN.
                    if (!rule.kind().equals("reporting") && rule.code().matches(".*[._].*")) {
                        assertThat(text)
                                .as("%s in /law/%s?lang=%s", rule.code(), law.code(), lang)
                                .doesNotContain(rule.code());
                    }
                }
                assertThat(text).doesNotContainPattern("\\b(use|product|offering|claims)\\.[a-z_]+\\b");
            }
        }
    }

    @Test
    void theLawListsThePowersToRequireInformationOnWhichARegulatorMayAskInBothLanguages() throws Exception {
        Document en = page("/law/JP?lang=en");
        assertThat(en.getElementById("power-jp.asrm_24").text())
                .contains("Order to report and on-site inspection (ASRM Art 24)", "clinic", "physician")
                .doesNotContain("coroner");
        assertThat(en.getElementById("powers").text()).contains("Medical Care Act Art 25", "hospital");

        Document ja = page("/law/JP?lang=ja");
        assertThat(ja.getElementById("power-jp.asrm_24").text())
                .contains("報告徴収・立入検査（再生医療等安全性確保法第24条）", "提供計画を提出した医療機関");
        assertThat(ja.getElementById("powers").selectFirst("h2").text()).isEqualTo("情報の提出を求める権限");

        assertThat(page("/law/EU?lang=en").getElementById("powers").text())
                .contains("records no power to require information");
    }

    @Test
    void theLawReadsInJapanese() throws Exception {
        Document jp = page("/law/JP?lang=ja");

        assertThat(jp.selectFirst("h1").text()).isEqualTo("日本の法律");
        assertThat(jp.text()).contains("いつ何が変わったか", "法律上の扱いが定まっていない");
        assertThat(page("/law?lang=ja").getElementById("law-EU").text()).contains("欧州連合");
    }

    @Test
    void aMemberStateLeadsToTheLawThatGovernsItAndAnUnknownCodeIsNotFound() throws Exception {
        HttpResponse<String> germany = get("/law/de");
        assertThat(germany.statusCode()).isEqualTo(302);
        assertThat(germany.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/law/EU"));

        assertThat(get("/law/XX").statusCode()).isEqualTo(404);
    }

    @Test
    void theNavigationLeadsToTheLawAndToTheTreatmentCheck() throws Exception {
        Document home = page("/?lang=en");

        assertThat(home.select("header nav a[href=/law]").text()).isEqualTo("Law");
        assertThat(home.select("header nav a[href=/check/treatment]").text()).isEqualTo("Check a treatment");
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
