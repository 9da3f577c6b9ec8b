package org.exovigil.app.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.exovigil.app.RunningExovigil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** "Check a treatment" over plain HTTP: the answer has an address, and a bad address gets a plain answer. */
class TreatmentCheckIT extends RunningExovigil {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theEmptyFormShowsNoAnswer() throws Exception {
        Document page = page("/check/treatment?lang=en");

        assertThat(page.getElementById("treatment-form")).isNotNull();
        assertThat(page.getElementById("assessment")).isNull();
    }

    @Test
    void aMemberStateIsJudgedByEuLawAndThePageSaysSo() throws Exception {
        Document page =
                page("/check/treatment?lang=en&jurisdiction=DE&type=exosome&setting=clinic_commercial&routes=iv");

        assertThat(page.getElementById("law-of").text()).contains("European Union");
        assertThat(page.getElementById("law-link").attr("href")).isEqualTo("/law/EU");
    }

    @Test
    void knowingOnlyTheCountryNeverGivesAPermittedAnswer() throws Exception {
        Document page = page("/check/treatment?lang=en&jurisdiction=JP");

        assertThat(page.getElementById("verdict").attr("data-verdict")).isNotEqualTo("permitted");
    }

    @Test
    void anUnknownCountryOrAnUnreadableDateIsSaidPlainly() throws Exception {
        assertThat(page("/check/treatment?lang=en&jurisdiction=ZZ").getElementById("unreadable"))
                .isNotNull();
        Document badDate = page("/check/treatment?lang=en&jurisdiction=US&date=31/05/2025");
        assertThat(badDate.getElementById("unreadable")).isNotNull();
        assertThat(badDate.getElementById("assessment")).isNull();
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
