package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.e2b.E2bReader;
import org.exovigil.vigilance.e2b.IcsrBatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code GET /api/v1/e2b/batch}: a regulator's system collects the E2B(R3) batch over HTTP, shaped and checked for
 * its profile as the export command does it; a case that breaks the profile refuses the batch (422, EXO-1250, every
 * case and rule named) unless it is to be left out; nobody but regulators and administrators gets it.
 */
class E2bExportApiIT extends RunningExovigil {

    private static int tokensIssued;

    @Autowired
    ApiTokens tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private String regulator;
    private String clinic;

    @BeforeEach
    void tokens() throws Exception {
        regulator = tokens.issue("e2b-export-regulator-" + (++tokensIssued), Role.REGULATOR);
        clinic = tokens.issue("e2b-export-clinic-" + tokensIssued, Role.PROVIDER);
        report(ReportsApiIT.SPEC_EXAMPLE.formatted("E2B-EXPORT-OK-" + tokensIssued));
        // A case that breaks every profile: no qualification for the primary source (C.2.r.4).
        report(ReportsApiIT.SPEC_EXAMPLE
                .formatted("E2B-EXPORT-NOQ-" + tokensIssued)
                .replace("\"qualification\": \"physician\", ", ""));
    }

    private void report(String json) throws Exception {
        assertThat(send(HttpRequest.newBuilder(URI.create(url("/api/v1/reports")))
                                .header("Authorization", "Bearer " + clinic)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json)))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void aCaseThatBreaksTheProfileRefusesTheBatchNamingItsRule() throws Exception {
        HttpResponse<String> refused = get(regulator, "/api/v1/e2b/batch?profile=fda", "en");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body())
                .contains("\"code\":\"EXO-1250\"")
                .contains("E2B-EXPORT-NOQ-" + tokensIssued)
                .contains("\"rule\":\"ICH-C.2.r.4\"")
                .contains("\"element\":\"C.2.r.4[0]\"");
    }

    @Test
    void leftOutCasesAreNamedAndTheBatchReadsBack() throws Exception {
        HttpResponse<String> written = get(regulator, "/api/v1/e2b/batch?profile=ich&skipInvalid=true", "en");

        assertThat(written.statusCode()).isEqualTo(200);
        assertThat(written.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        assertThat(written.headers().firstValue(E2bExportApi.LEFT_OUT))
                .hasValueSatisfying(left -> assertThat(left).contains("E2B-EXPORT-NOQ-" + tokensIssued));
        Checked<IcsrBatch> batch = E2bReader.withDefaults().read(written.body().getBytes(StandardCharsets.UTF_8));
        assertThat(batch.isAccepted()).as("%s", batch.problems()).isTrue();
        assertThat(batch.value().messages())
                .anyMatch(m -> m.report().isAccepted()
                        && m.report().value().identification().senderReportId().equals("E2B-EXPORT-OK-" + tokensIssued))
                .noneMatch(m -> m.report().isAccepted()
                        && m.report()
                                .value()
                                .identification()
                                .senderReportId()
                                .equals("E2B-EXPORT-NOQ-" + tokensIssued));
    }

    @Test
    void theCallerNamesTheReceiverOfEveryMessage() throws Exception {
        HttpResponse<String> written = get(
                regulator, "/api/v1/e2b/batch?profile=ich&skipInvalid=true&receiver=ZZFDA&messageReceiver=CBER", "en");

        assertThat(written.statusCode()).isEqualTo(200);
        IcsrBatch batch = E2bReader.withDefaults()
                .read(written.body().getBytes(StandardCharsets.UTF_8))
                .value();
        assertThat(batch.receiverId()).isEqualTo("ZZFDA");
        assertThat(batch.messages()).isNotEmpty().allMatch(m -> m.receiverId().equals("CBER"));
    }

    @Test
    void anUnknownProfileIsRefusedInTheReadersLanguage() throws Exception {
        HttpResponse<String> english = get(regulator, "/api/v1/e2b/batch?profile=mhra", "en");
        HttpResponse<String> japanese = get(regulator, "/api/v1/e2b/batch?profile=mhra", "ja");

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body())
                .contains("EXO-1225")
                .contains("expected an export profile, one of ich, fda, ema, pmda; got \\\"mhra\\\"");
        assertThat(japanese.body()).contains("EXO-1225").contains("出力プロファイル");
    }

    @Test
    void nobodyButRegulatorsAndAdministratorsGetsTheBatch() throws Exception {
        assertThat(get(clinic, "/api/v1/e2b/batch", "en").statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(URI.create(url("/api/v1/e2b/batch"))))
                        .statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> get(String token, String path, String language) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", language));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
