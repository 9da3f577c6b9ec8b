package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attacks of issue 15 on one request's cost and content, repeated against the running application:
 * a body of megabytes (finding 4), a report of thousands of reactions (finding 4), a NUL in a text
 * field (finding 11).
 */
class RequestLimitsIT extends RunningExovigil {

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
        clinic = tokens.issue("limits-clinic-" + (++senders), Role.PROVIDER);
    }

    @Test
    void aReportBodyOfMoreThanTwoMegabytesIsRefusedUnread() throws Exception {
        String huge = ReportsApiIT.SPEC_EXAMPLE
                .formatted("HUGE-1")
                .replace("Fever and", "Fever " + "x".repeat(3 * 1024 * 1024) + " and");

        HttpResponse<String> declared = post(HttpRequest.BodyPublishers.ofString(huge));
        HttpResponse<String> chunked = post(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))));

        for (HttpResponse<String> response : java.util.List.of(declared, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).get("errors").toString())
                    .contains("EXO-1222", "(body)", "2097152");
        }
        assertThat(casesOf("HUGE-1")).isZero();
        assertThat(post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                                ReportsApiIT.SPEC_EXAMPLE.formatted("CHUNKED-1").getBytes(StandardCharsets.UTF_8))))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void aReportOfThousandsOfReactionsIsRefusedNamingTheList() throws Exception {
        String reactions = "\"reactions\": [" + "{\"term\": \"rash\"},".repeat(5000) + "{\"term\": \"itch\"}],";
        String body = ReportsApiIT.SPEC_EXAMPLE
                .formatted("MANY-REACTIONS-1")
                .replaceFirst("\"reactions\": \\[\\{\"term\": \"sepsis\"[^]]*\\]\\}\\],", reactions);

        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString(body));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").toString())
                .contains("EXO-1220", "\"field\":\"reactions\"", "at most 200");
        assertThat(casesOf("MANY-REACTIONS-1")).isZero();
    }

    /**
     * Issue 15 finding 4: a search page was counted in cases, each giving all its AdverseEvents, so one
     * case of 100,000 reactions was one page of 100,000 resources. A page now holds at most _count.
     */
    @Test
    void aSearchPageHoldsAtMostCountAdverseEventsWhateverTheCase() throws Exception {
        String reactions = "\"reactions\": ["
                + java.util.stream.IntStream.range(0, 200)
                        .mapToObj(i -> "{\"term\": \"rash %d\"}".formatted(i))
                        .collect(Collectors.joining(","))
                + "],";
        String body = ReportsApiIT.SPEC_EXAMPLE
                .formatted("FHIR-PAGE-1")
                .replaceFirst("\"reactions\": \\[\\{\"term\": \"sepsis\"[^]]*\\]\\}\\],", reactions);
        assertThat(post(HttpRequest.BodyPublishers.ofString(body)).statusCode()).isEqualTo(201);

        JsonNode first = JSON.readTree(
                fhir("/fhir/AdverseEvent?identifier=FHIR-PAGE-1&_count=10").body());
        JsonNode last = JSON.readTree(fhir("/fhir/AdverseEvent?identifier=FHIR-PAGE-1&_count=10&_offset=195")
                .body());

        assertThat(first.get("total").asInt()).isEqualTo(200);
        assertThat(first.get("entry")).hasSize(10);
        assertThat(first.get("entry")
                        .get(0)
                        .get("resource")
                        .get("event")
                        .get("text")
                        .asString())
                .isEqualTo("rash 0");
        assertThat(first.get("link").toString()).contains("\"next\"", "_offset=10");
        assertThat(last.get("entry")).hasSize(5);
        assertThat(last.get("entry")
                        .get(4)
                        .get("resource")
                        .get("event")
                        .get("text")
                        .asString())
                .isEqualTo("rash 199");
        assertThat(last.get("link").toString()).doesNotContain("\"next\"");
    }

    private HttpResponse<String> fhir(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Authorization", "Bearer " + clinic)
                        .header("Accept", "application/fhir+json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aNulInAJsonTextIsRefusedNamingTheFieldAndTheReportCanBeSentAgain() throws Exception {
        String withNul = ReportsApiIT.SPEC_EXAMPLE.formatted("NUL-1").replace("\"sepsis\"", "\"sep\\u0000sis\"");

        HttpResponse<String> refused = post(HttpRequest.BodyPublishers.ofString(withNul));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(refused.body()).get("errors");
        assertThat(errors.toString()).contains("EXO-1219", "\"field\":\"reactions[0].term\"", "U+0000");
        assertThat(post(HttpRequest.BodyPublishers.ofString(ReportsApiIT.SPEC_EXAMPLE.formatted("NUL-1")))
                        .statusCode())
                .isEqualTo(201);
        assertThat(casesOf("NUL-1")).isOne();
    }

    @Test
    void aNulInAFormFieldIsRefusedNamingTheFieldNotA500() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Map<String, String> form = publicForm(browser);
        form.put("whatHappened", "A rash\u0000 after the infusion.");
        form.put("contact", "me@example.org");

        HttpResponse<String> refused = postForm(browser, form);
        form.put("whatHappened", "A rash after the infusion.");
        form.put("contact", "me\u0000@example.org");
        HttpResponse<String> contactRefused = postForm(browser, form);
        form.put("contact", "me@example.org");
        HttpResponse<String> sent = postForm(browser, form);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("EXO-1219", "\"field\":\"whatHappened\"");
        assertThat(contactRefused.statusCode()).isEqualTo(400);
        assertThat(contactRefused.body()).contains("\"field\":\"contact\"");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/report/sent"));
    }

    /** Finding 10 on the public form: sent again with other answers, the form says so and keeps them. */
    @Test
    void aFormSentAgainWithOtherAnswersKeepsThemAndNamesTheFirstReport() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Map<String, String> form = publicForm(browser);
        assertThat(postForm(browser, form).statusCode()).isEqualTo(302);
        form.put("whatHappened", "A rash and a fever after the infusion.");

        HttpResponse<String> again = postForm(browser, form);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("already sent", "A rash and a fever after the infusion.");
        assertThat(hidden(again.body(), "formKey")).isNotEqualTo(form.get("formKey"));
    }

    private HttpResponse<String> postForm(HttpClient browser, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(URI.create(url("/report")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The public report form as a patient opens it, filled with a short report of a rash. */
    private Map<String, String> publicForm(HttpClient browser) throws Exception {
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create(url("/report"))).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", hidden(page, "_csrf"));
        form.put("formKey", hidden(page, "formKey"));
        form.put("website", "");
        form.put("problem", "rash");
        form.put("whatHappened", "A rash after the infusion.");
        form.put("country", "JP");
        form.put("reporterIs", "patient");
        return form;
    }

    private static String hidden(String page, String name) {
        var matcher = Pattern.compile(
                        "name=\"" + name + "\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"" + name + "\"")
                .matcher(page);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/reports")))
                        .header("Authorization", "Bearer " + clinic)
                        .header("Content-Type", "application/json")
                        .POST(body)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long casesOf(String senderReportId) {
        return jdbc.sql("select count(*) from report_case where sender_report_id = ?")
                .param(senderReportId)
                .query(Long.class)
                .single();
    }
}
