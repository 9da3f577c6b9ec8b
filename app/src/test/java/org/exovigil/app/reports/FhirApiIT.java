package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import org.exovigil.vigilance.fhir.FhirCase;
import org.exovigil.vigilance.fhir.FhirFormat;
import org.exovigil.vigilance.fhir.FhirReader;
import org.exovigil.vigilance.fhir.FhirValidation;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The FHIR R4 endpoint: the capability statement, create from hand-written AdverseEvents and Bundles
 * (written after the R4 specification's examples), read and search with the JSON API's access rules,
 * hostile and malformed input refused with an OperationOutcome, and what is served valid R4.
 */
class FhirApiIT extends RunningExovigil {

    private static final Path EXAMPLES = Path.of("../vigilance/src/test/resources/fhir");

    private static int senders;

    @Autowired
    ApiTokens tokens;

    @Autowired
    FhirExchange exchange;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private String clinic;
    private String regulator;

    @BeforeEach
    void aClinicAndARegulator() {
        clinic = tokens.issue("fhir-clinic-" + (++senders), Role.PROVIDER);
        regulator = tokens.issue("fhir-regulator-" + senders, Role.REGULATOR);
    }

    @Test
    void theCapabilityStatementIsPublicAndValid() throws Exception {
        HttpResponse<String> response = get(null, "/fhir/metadata");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/fhir+json"));
        assertThat(compact(response.body()))
                .contains("\"resourceType\":\"CapabilityStatement\"", "\"fhirVersion\":\"4.0.1\"");
        assertThat(FhirValidation.shared()
                        .validate(response.body(), FhirFormat.JSON)
                        .value()
                        .errors())
                .isEmpty();
    }

    @Test
    void anAdverseEventIsCreatedThenReadBackAsValidR4() throws Exception {
        HttpResponse<String> created = post(
                clinic,
                Files.readString(EXAMPLES.resolve("adverse-event-contained.json")),
                "application/fhir+json",
                "/fhir/AdverseEvent");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/fhir/AdverseEvent/[0-9a-f-]{36}-1");

        HttpResponse<String> read = get(clinic, location);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(compact(read.body())).contains("\"resourceType\":\"AdverseEvent\"", "49476534");
        assertThat(FhirValidation.shared()
                        .validate(read.body(), FhirFormat.JSON)
                        .value()
                        .errors())
                .isEmpty();
        assertThat(get(clinic, location + "?_format=xml").body())
                .startsWith("<AdverseEvent xmlns=\"http://hl7.org/fhir\">");
    }

    @Test
    void aTransactionBundleInXmlIsCreatedAndFoundByItsIdentifier() throws Exception {
        HttpResponse<String> created = post(
                clinic, Files.readString(EXAMPLES.resolve("transaction-bundle.xml")), "application/fhir+xml", "/fhir");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> found = get(regulator, "/fhir/AdverseEvent?identifier=KR-2026-777");
        // One case of two reactions: two AdverseEvents, and Bundle.total counts the matches (FHIR R4 Bundle.total).
        assertThat(compact(found.body())).contains("\"type\":\"searchset\"", "\"total\":2", "KR-2026-777");
        assertThat(get(
                                tokens.issue("another-clinic-" + senders, Role.PROVIDER),
                                "/fhir/AdverseEvent?identifier=KR-2026-777")
                        .body())
                .contains("\"total\": 0");
    }

    @Test
    void anotherSendersCaseIsNotFound() throws Exception {
        String location = post(
                        clinic,
                        Files.readString(EXAMPLES.resolve("adverse-event-contained.json")),
                        "application/fhir+json",
                        "/fhir/AdverseEvent")
                .headers()
                .firstValue("Location")
                .orElseThrow();

        HttpResponse<String> response = get(tokens.issue("nosy-clinic-" + senders, Role.PROVIDER), location);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(compact(response.body())).contains("\"resourceType\":\"OperationOutcome\"", "not-found");
    }

    @Test
    void hostileXmlIsRefusedWithAnOperationOutcomeAndNothingStored() throws Exception {
        long before = allCases();

        HttpResponse<String> response =
                post(clinic, Files.readString(EXAMPLES.resolve("hostile-xxe.xml")), "application/fhir+xml", "/fhir");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("OperationOutcome", "EXO-1210").doesNotContain("root:");
        assertThat(allCases()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRefusedNamingWhatWasExpected() throws Exception {
        HttpResponse<String> response =
                post(clinic, "{\"resourceType\": \"AdverseEvent\", \"subject\": ", "application/fhir+json", "/fhir");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(compact(response.body())).contains("\"severity\":\"error\"", "EXO-1200");
    }

    @Test
    void aBodyInNoFhirFormatIsUnsupported() throws Exception {
        HttpResponse<String> response = post(clinic, "name,age\nA,3", "text/csv", "/fhir");

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void withoutATokenOnlyTheCapabilityStatementIsOpen() throws Exception {
        assertThat(get(null, "/fhir/AdverseEvent").statusCode()).isEqualTo(401);
    }

    @Test
    void theExportReadsBackAsTheSameCases() throws Exception {
        String exported = exchange.exportAll(FhirFormat.JSON, "test");

        List<FhirCase> cases =
                FhirReader.withDefaults().read(exported, FhirFormat.JSON).value();

        assertThat(cases)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.report().isAccepted()).isTrue());
        IndividualCaseSafetyReport stored = ReportJson.read(ReportsApiIT.SPEC_EXAMPLE.formatted("FHIR-EXPORT-1"))
                .value();
        post(clinic, ReportsApiIT.SPEC_EXAMPLE.formatted("FHIR-EXPORT-1"), "application/json", "/api/v1/reports");
        assertThat(
                        FhirReader.withDefaults()
                                .read(exchange.exportAll(FhirFormat.XML, "test"), FhirFormat.XML)
                                .value()
                                .stream()
                                .map(c -> c.report().value())
                                .filter(r -> r.identification().senderReportId().equals("FHIR-EXPORT-1")))
                .containsExactly(stored);
    }

    /** The JSON without its layout, so that assertions do not depend on pretty printing. */
    /**
     * Issue 16: HL7's own R4 example ({@code shared/data/conformance/fhir-r4}, unmodified) was refused for
     * lacking recordedDate and for references to resources held elsewhere, both lawful in R4. It is now
     * stored, as an incomplete report.
     */
    @Test
    void hl7sOwnAdverseEventExampleIsStoredAsAnIncompleteReport() throws Exception {
        String example = Files.readString(conformance().resolve("fhir-r4/AdverseEvent-example.json"));

        HttpResponse<String> response = post(clinic, example, "application/fhir+json", "/fhir/AdverseEvent");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(jdbc.sql("select valid from report_case where sender_report_id = '49476534'")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    private static Path conformance() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/data/conformance"))) {
                return dir.resolve("shared/data/conformance");
            }
        }
        throw new IllegalStateException(
                "shared/data/conformance not found above " + Path.of("").toAbsolutePath());
    }

    private static String compact(String json) {
        return json.replaceAll("\\s+", "");
    }

    private long allCases() {
        return jdbc.sql("select count(*) from report_case").query(Long.class).single();
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String token, String body, String type, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
