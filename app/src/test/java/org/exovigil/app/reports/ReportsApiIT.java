package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report API of shared/spec/report.md, against the real database. */
class ReportsApiIT extends RunningExovigil {

    /** The minimal body of shared/spec/report.md, with the sender report id left open. */
    static final String SPEC_EXAMPLE = """
            {
              "senderReportId": "%s",
              "receivedOn": "2026-11-20",
              "country": "JP",
              "reporter": {"qualification": "physician", "country": "JP"},
              "patient": {"initials": "AB", "ageYears": 54, "sex": "female"},
              "products": [{"role": "suspect", "name": "Dental pulp culture supernatant", "type": "culture_supernatant",
                            "lot": "L-2026-07", "route": "iv", "provider": "Example Clinic Tokyo"}],
              "reactions": [{"term": "sepsis", "onset": "2026-11-18", "outcome": "not_recovered",
                             "seriousness": ["hospitalisation", "life_threatening"]}],
              "narrative": "Fever and hypotension two days after an IV infusion."
            }""";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static int senders;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private String clinic;

    @BeforeEach
    void aClinicWithAToken() {
        clinic = tokens.issue("clinic-" + (++senders), Role.PROVIDER);
    }

    @Test
    void theSpecExampleIsAcceptedAsAValidSeriousReportWithDeadlines() throws Exception {
        HttpResponse<String> response = post(clinic, SPEC_EXAMPLE.formatted("CLINIC-42-2026-0001"), null);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/api/v1/reports/" + body.get("id").asString());
        assertThat(body.get("valid").asBoolean()).isTrue();
        assertThat(body.get("seriousness").toString()).contains("life_threatening", "hospitalisation");
        assertThat(body.get("deadlines")).isNotEmpty();
        assertThat(body.get("deadlines").get(0).has("regime")).isTrue();
        assertThat(body.get("deadlines").get(0).has("dueOn")).isTrue();
        assertThat(body.get("deadlines").get(0).has("basis")).isTrue();
    }

    @Test
    void aTokensLastUseIsRecorded() throws Exception {
        post(clinic, SPEC_EXAMPLE.formatted("LAST-USE-1"), null);
        post(clinic, SPEC_EXAMPLE.formatted("LAST-USE-2"), null);

        assertThat(jdbc.sql("select last_used_at is not null from api_token where name = ?")
                        .param("clinic-" + senders)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    /** The key's own code since issue 17: it used EXO-1200, which is the core's code for a body that is not JSON. */
    @Test
    void anIdempotencyKeyOfTheWrongLengthIsRefusedWithItsOwnCodeInTheClientsLanguage() throws Exception {
        String tooLong = "k".repeat(ReportsApi.MAX_IDEMPOTENCY_KEY + 1);

        JsonNode english = JSON.readTree(
                post(clinic, SPEC_EXAMPLE.formatted("KEY-1"), tooLong).body());
        JsonNode japanese = JSON.readTree(http.send(
                        request(clinic, SPEC_EXAMPLE.formatted("KEY-1"), tooLong)
                                .header("Accept-Language", "ja")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());

        assertThat(english.get("detail").asString())
                .isEqualTo("EXO-1224: Idempotency-Key: expected 1 to 200 characters");
        assertThat(english.get("errors").get(0).get("code").asString()).isEqualTo("EXO-1224");
        assertThat(japanese.get("detail").asString()).isEqualTo("EXO-1224: Idempotency-Key: 1〜200 文字で指定してください");
        assertThat(casesOf("KEY-1")).isZero();
    }

    @Test
    void theSameSenderReportIdTwiceIsOneReport() throws Exception {
        String first = id(post(clinic, SPEC_EXAMPLE.formatted("R-1"), null));
        String second = id(post(clinic, SPEC_EXAMPLE.formatted("R-1"), null));

        assertThat(second).isEqualTo(first);
        assertThat(casesOf("R-1")).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyWithTheSameReportIsARetry() throws Exception {
        String first = id(post(clinic, SPEC_EXAMPLE.formatted("R-2"), "retry-key-1"));
        String second = id(post(clinic, SPEC_EXAMPLE.formatted("R-2").replace("\n", "\n  "), "retry-key-1"));

        assertThat(second).isEqualTo(first);
    }

    /** Issue 15 finding 10: the key reused with another body got 201 with the first report; the second was lost. */
    @Test
    void theSameIdempotencyKeyWithAnotherReportIs422NamingTheFirst() throws Exception {
        String first = id(post(clinic, SPEC_EXAMPLE.formatted("R-3"), "retry-key-2"));

        HttpResponse<String> reused = post(clinic, SPEC_EXAMPLE.formatted("R-3-another"), "retry-key-2");

        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(reused.body());
        assertThat(problem.get("firstReport").asString()).isEqualTo(first);
        assertThat(problem.get("errors").toString()).contains("EXO-1221", "Idempotency-Key", first);
        assertThat(casesOf("R-3-another")).isZero();
        assertThat(id(post(clinic, SPEC_EXAMPLE.formatted("R-3-another"), "retry-key-3")))
                .isNotEqualTo(first);
    }

    @Test
    void twoSendersMayUseTheSameSenderReportId() throws Exception {
        String other = tokens.issue("another clinic", Role.PROVIDER);

        assertThat(id(post(clinic, SPEC_EXAMPLE.formatted("SHARED-1"), null)))
                .isNotEqualTo(id(post(other, SPEC_EXAMPLE.formatted("SHARED-1"), null)));
    }

    @Test
    void concurrentRetriesOfOneReportStoreItOnce() throws Exception {
        List<Callable<String>> retries = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            retries.add(() -> id(post(clinic, SPEC_EXAMPLE.formatted("RACE-1"), "race-key")));
        }
        List<String> ids = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<String> id : pool.invokeAll(retries)) {
                ids.add(id.get());
            }
        }

        assertThat(ids).hasSize(16).containsOnly(ids.getFirst());
        assertThat(casesOf("RACE-1")).isEqualTo(1);
    }

    @Test
    void concurrentDistinctReportsAreAllStored() throws Exception {
        List<Callable<Integer>> submissions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String senderReportId = "MANY-" + i;
            submissions.add(() ->
                    post(clinic, SPEC_EXAMPLE.formatted(senderReportId), null).statusCode());
        }
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> status : pool.invokeAll(submissions)) {
                assertThat(status.get()).isEqualTo(201);
            }
        }

        assertThat(jdbc.sql("select count(*) from report_case where sender_report_id like 'MANY-%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(40);
    }

    @Test
    void aReportOfADeathWithoutAnIdentifiablePatientIsKeptAsInvalid() throws Exception {
        String body = """
                {"senderReportId": "DEATH-RUMOUR-1", "receivedOn": "2026-11-20", "country": "JP",
                 "reporter": {"qualification": "consumer", "country": "JP"},
                 "products": [{"role": "suspect", "name": "Exosome IV drip", "type": "exosome", "route": "iv"}],
                 "reactions": [{"term": "death", "outcome": "fatal", "seriousness": ["death"]}]}""";

        HttpResponse<String> response = post(clinic, body, null);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(response.body());
        assertThat(receipt.get("valid").asBoolean()).isFalse();
        assertThat(receipt.get("minimumCriteria").toString()).contains("\"identifiable_patient\",\"met\":false");
        assertThat(casesOf("DEATH-RUMOUR-1")).isEqualTo(1);
    }

    @Test
    void aBodyThatIsNotAReportGetsAProblemDocumentNamingEveryBadField() throws Exception {
        HttpResponse<String> response = post(clinic, """
                {"senderReportId": "BAD-1", "receivedOn": "2026-11-20",
                 "reactions": [{"term": "rash", "onset": "18/11"}], "patient": {"sex": "sometimes"}}""", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").toString())
                .contains("\"field\":\"reactions[0].onset\"", "EXO-1203", "\"field\":\"patient.sex\"");
        assertThat(casesOf("BAD-1")).isZero();
    }

    @Test
    void emptyAndNonJsonBodiesAreRefused() throws Exception {
        assertThat(post(clinic, "", null).statusCode()).isEqualTo(400);
        assertThat(post(clinic, "[1,2]", null).statusCode()).isEqualTo(400);
        assertThat(post(clinic, "{\"senderReportId\":", null).statusCode()).isEqualTo(400);
    }

    @Test
    void writingNeedsAToken() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/reports")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(SPEC_EXAMPLE.formatted("ANON-1")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theSenderReadsItsReportAnotherProviderDoesNotEvenSeeIt() throws Exception {
        String id = id(post(clinic, SPEC_EXAMPLE.formatted("READ-1"), null));
        String stranger = tokens.issue("stranger clinic", Role.PROVIDER);

        HttpResponse<String> own = get(clinic, "/api/v1/reports/" + id);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).at("/report/narrative").asString())
                .isEqualTo("Fever and hypotension two days after an IV infusion.");
        assertThat(get(stranger, "/api/v1/reports/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aRegulatorReadsThePersonalDataAndTheReadingIsAudited() throws Exception {
        String id = id(post(clinic, SPEC_EXAMPLE.formatted("READ-2"), null));
        String regulator = tokens.issue("pmda gateway", Role.REGULATOR);

        JsonNode report = JSON.readTree(get(regulator, "/api/v1/reports/" + id).body());

        assertThat(report.at("/report/patient/initials").asString()).isEqualTo("AB");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where actor = 'pmda gateway' and action = 'report.personal-data.read'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void personalIdentifiersAreStoredApartFromTheClinicalData() throws Exception {
        String id = id(post(clinic, SPEC_EXAMPLE.formatted("APART-1"), null));

        String clinical = jdbc.sql("select clinical::text from report_version where case_id = ?::uuid")
                .param(id)
                .query(String.class)
                .single();
        String personal = jdbc.sql("select data::text from report_personal_data where case_id = ?::uuid")
                .param(id)
                .query(String.class)
                .single();
        assertThat(clinical).doesNotContain("\"initials\"").contains("sepsis");
        assertThat(personal).contains("\"initials\": \"AB\"");
    }

    private long casesOf(String senderReportId) {
        return jdbc.sql("select count(*) from report_case where sender_report_id = ?")
                .param(senderReportId)
                .query(Long.class)
                .single();
    }

    private static String id(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return JSON.readTree(response.body()).get("id").asString();
    }

    private HttpResponse<String> post(String token, String body, String idempotencyKey) throws Exception {
        return http.send(request(token, body, idempotencyKey).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String token, String body, String idempotencyKey) {
        var request = HttpRequest.newBuilder(URI.create(url("/api/v1/reports")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request;
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void laterInformationUnderTheSameSenderReportIdIsVersionTwo() throws Exception {
        String first = id(post(clinic, SPEC_EXAMPLE.formatted("FOLLOW-1"), null));
        String followUp = SPEC_EXAMPLE
                .formatted("FOLLOW-1")
                .replace(
                        "\"receivedOn\": \"2026-11-20\",",
                        "\"receivedOn\": \"2026-11-20\", \"mostRecentInfoOn\": \"2026-11-23\",")
                .replace("\"outcome\": \"not_recovered\"", "\"outcome\": \"fatal\"")
                .replace(
                        "[\"hospitalisation\", \"life_threatening\"]",
                        "[\"hospitalisation\", \"life_threatening\", \"death\"]");

        HttpResponse<String> response = post(clinic, followUp, null);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(response.body());
        assertThat(receipt.get("id").asString()).isEqualTo(first);
        assertThat(receipt.get("version").asInt()).isEqualTo(2);
        assertThat(receipt.get("seriousness").toString()).contains("death");
        assertThat(JSON.readTree(get(clinic, "/api/v1/reports/" + first).body())
                        .get("version")
                        .asInt())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from report_version where case_id = ?::uuid")
                        .param(first)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aNullificationEndsTheCaseAndRefusesLaterFollowUps() throws Exception {
        String first = id(post(clinic, SPEC_EXAMPLE.formatted("NULL-1"), null));
        String nullification = SPEC_EXAMPLE
                .formatted("NULL-1")
                .replace(
                        "\"country\": \"JP\",",
                        "\"country\": \"JP\", \"nullification\": {\"kind\": \"nullification\", \"reason\": \"sent twice\"},");

        assertThat(JSON.readTree(post(clinic, nullification, null).body())
                        .get("version")
                        .asInt())
                .isEqualTo(2);
        assertThat(jdbc.sql("select nullified from report_case where id = ?::uuid")
                        .param(first)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        String late = SPEC_EXAMPLE
                .formatted("NULL-1")
                .replace(
                        "\"receivedOn\": \"2026-11-20\",",
                        "\"receivedOn\": \"2026-11-20\", \"mostRecentInfoOn\": \"2026-11-24\",");
        HttpResponse<String> refused = post(clinic, late, null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("EXO-14");
    }

    @Test
    void theLineListingHasTheCasesButNoPersonalDataOrNarrative() throws Exception {
        post(clinic, SPEC_EXAMPLE.formatted("LISTING-1"), null);
        String researcher = tokens.issue("university team", Role.RESEARCHER);

        HttpResponse<String> csv = get(researcher, "/research/reports.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body().lines().findFirst()).hasValue(String.join(",", LineListing.HEADER));
        assertThat(csv.body())
                .contains("sepsis", "Dental pulp culture supernatant", "L-2026-07")
                .doesNotContain("Fever and hypotension", ",AB,");
        assertThat(csv.body().lines().skip(1)).isNotEmpty().allSatisfy(row -> {
            String[] cells = row.split(",", 8);
            assertThat(cells[5]).as("valid in %s", row).isIn("true", "false");
            assertThat(cells[6]).as("serious in %s", row).isIn("true", "false");
        });
        assertThat(get(clinic, "/research/reports.csv").statusCode()).isEqualTo(403);
    }
}
