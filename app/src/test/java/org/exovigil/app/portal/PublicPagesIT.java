package org.exovigil.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.exovigil.app.RunningExovigil;
import org.junit.jupiter.api.Test;

/** What anyone can open without an account, in both languages, and the operations endpoints. */
class PublicPagesIT extends RunningExovigil {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Accept-Language", acceptLanguage)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theHomePageFollowsTheBrowsersLanguage() throws Exception {
        assertThat(get("/", "en-GB,en;q=0.8").body()).contains("<html lang=\"en\"", "Check before you get it");
        assertThat(get("/", "ja,en;q=0.5").body()).contains("<html lang=\"ja\"", "受ける前に調べる");
    }

    @Test
    void aLanguageWeDoNotSpeakFallsBackToEnglish() throws Exception {
        assertThat(get("/", "fr-FR").body()).contains("<html lang=\"en\"", "Check before you get it");
    }

    @Test
    void aMalformedLanguageHeaderStillGetsAPage() throws Exception {
        HttpResponse<String> response = get("/", ";;;q=zz");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"en\"");
    }

    @Test
    void theRegisterFindsADemoClinicByCityInAnyCase() throws Exception {
        String body = get("/check?q=TIJUANA", "en").body();
        assertThat(body).contains("Clínica Renacer Regenerativa (demo)", "demonstration data");
    }

    @Test
    void theRegisterFindsAClinicByItsJapaneseName() throws Exception {
        String body = get("/check?q=" + URLEncoder.encode("銀座", StandardCharsets.UTF_8), "ja")
                .body();
        assertThat(body).contains("銀座エクソソーム美容クリニック（デモ）", "デモデータ");
    }

    @Test
    void searchTermsAreTakenLiterallyNotAsPatterns() throws Exception {
        String body = get("/check?q=%25", "en").body();
        assertThat(body).contains("No provider in the register matches");
    }

    @Test
    void theReportFormAsksInThePersonsLanguage() throws Exception {
        assertThat(get("/report", "ja").body()).contains("治療の後の健康被害を報告する", "name=\"formKey\"");
        assertThat(get("/report", "en").body()).contains("Report a problem after a treatment", "name=\"website\"");
    }

    @Test
    void healthAndTheApiDescriptionAreOpen() throws Exception {
        assertThat(get("/actuator/health", "en").body()).contains("\"status\":\"UP\"");
        assertThat(get("/api/docs", "en").body()).contains("\"title\":\"Exovigil API\"", "/api/v1/whoami");
    }

    @Test
    void theLanguageSwitchKeepsTheSearch() throws Exception {
        String body = get("/check?q=tokyo", "en").body();
        assertThat(body).contains("q=tokyo&amp;lang=ja\" hreflang=\"ja\"");
    }
}
