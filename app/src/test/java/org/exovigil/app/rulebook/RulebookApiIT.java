package org.exovigil.app.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.exovigil.app.RunningExovigil;
import org.exovigil.rulebook.Rulebook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/classify}: the JSON of {@code ./exovigil classify}, open to anyone, with problems that name the field. */
class RulebookApiIT extends RunningExovigil {

    /** A US clinic sells placental exosomes as "361" products for knees: FDA says they are unapproved biologics. */
    static final String US_361 = """
            {
              "jurisdiction": "US",
              "date": "2026-11-23",
              "product": {"name": "361 placental exosomes", "type": "exosome", "source": "placenta", "donor": "allogeneic"},
              "use": {"setting": "clinic_commercial", "routes": ["iv"], "indications": ["orthopedic_joint"],
                      "administered_by": "physician"},
              "claims": ["hctp_361_or_minimally_manipulated"]
            }""";

    /** A Tokyo clinic infuses dental-pulp culture supernatant: outside the ASRM, with no duty to report harm. */
    static final String JP_SUPERNATANT = """
            {
              "jurisdiction": "JP",
              "date": "2025-06-01",
              "product": {"type": "culture_supernatant", "source": "dental_pulp", "donor": "allogeneic"},
              "use": {"setting": "clinic_commercial", "routes": ["iv"], "indications": ["wellness_longevity"],
                      "administered_by": "physician"}
            }""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Rulebook rulebook;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anyoneGetsTheSameAssessmentAsTheCommandLineWithoutAnAccount() throws Exception {
        HttpResponse<String> response = post("/api/v1/classify", US_361);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode assessment = JSON.readTree(response.body());
        assertThat(assessment).isEqualTo(JSON.readTree(rulebook.classifyJson(US_361, "body", null, null)));
        assertThat(assessment.get("verdict").asString()).isEqualTo("not_permitted");
        assertThat(assessment.at("/classification/code").asString()).isEqualTo("US.BIOLOGIC_DRUG");
        assertThat(assessment.get("findings").findValuesAsString("code")).contains("HCTP_361_NOT_APPLICABLE");
        assertThat(assessment.at("/findings/0/citations/0/url").asString()).startsWith("https://");
    }

    @Test
    void anArrayOfOfferingsGetsAnArrayOfAssessmentsInTheSameOrder() throws Exception {
        HttpResponse<String> response = post("/api/v1/classify", "[" + US_361 + "," + JP_SUPERNATANT + "]");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode assessments = JSON.readTree(response.body());
        assertThat(assessments.isArray()).isTrue();
        assertThat(assessments.size()).isEqualTo(2);
        assertThat(assessments.get(0).get("jurisdiction").asString()).isEqualTo("US");
        assertThat(assessments.get(1).get("jurisdiction").asString()).isEqualTo("JP");
        assertThat(assessments.get(1).get("findings").findValuesAsString("code"))
                .contains("NO_MANDATORY_AE_REPORTING");
        assertThat(JSON.readTree(post("/api/v1/classify", "[]").body()).isArray())
                .isTrue();
    }

    @Test
    void theJurisdictionAndDateCanBeSetLikeTheCommandLineOptions() throws Exception {
        JsonNode assessment = JSON.readTree(post("/api/v1/classify?jurisdiction=DE&date=2027-08-07", JP_SUPERNATANT)
                .body());

        assertThat(assessment.get("jurisdiction").asString()).isEqualTo("DE");
        assertThat(assessment.get("law_of").asString()).isEqualTo("EU");
        assertThat(assessment.get("as_of").asString()).isEqualTo("2027-08-07");
    }

    @Test
    void oneOfferingUnderTheLawOfEveryJurisdictionIsAnArrayOfFourteen() throws Exception {
        HttpResponse<String> response = post("/api/v1/classify?jurisdictions=all", US_361);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode assessments = JSON.readTree(response.body());
        assertThat(assessments.size()).isEqualTo(14);
        assertThat(assessments.findValuesAsString("jurisdiction"))
                .startsWith("US", "EU", "GB", "JP")
                .doesNotHaveDuplicates();
        assertThat(assessments).isEqualTo(JSON.readTree(rulebook.classifyEverywhereJson(US_361, "body", null, o -> o)));
    }

    @Test
    void jurisdictionsTakesOnlyAllAndNotTogetherWithOneJurisdiction() throws Exception {
        var wrong = post("/api/v1/classify?jurisdictions=some", US_361);
        var both = post("/api/v1/classify?jurisdictions=all&jurisdiction=JP", US_361);

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrong.body()).get("field").asString()).isEqualTo("jurisdictions");
        assertThat(both.statusCode()).isEqualTo(400);
    }

    @Test
    void textThatIsNotJsonIsRefusedWithTheLine() throws Exception {
        HttpResponse<String> response = post("/api/v1/classify", "{\n  \"jurisdiction\": \"US\"\n  \"product\": {}\n}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("code").asString()).isEqualTo("EXO-2101");
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("detail").asString()).startsWith("EXO-2101: body:3:");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedByItsPath() throws Exception {
        JsonNode problem =
                JSON.readTree(post("/api/v1/classify", "{\"jurisdiction\": \"US\", \"product\": {\"type\": 5}}")
                        .body());

        assertThat(problem.get("code").asString()).isEqualTo("EXO-2102");
        assertThat(problem.get("field").asString()).isEqualTo("$.product.type");
        assertThat(problem.get("detail").asString()).contains("expected a string");
    }

    @Test
    void anOfferingInAnArrayWithoutAJurisdictionIsNamedByItsIndex() throws Exception {
        HttpResponse<String> response =
                post("/api/v1/classify", "[" + US_361 + ", {\"product\": {\"type\": \"exosome\"}}]");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("EXO-2103");
        assertThat(problem.get("field").asString()).isEqualTo("$[1].jurisdiction");
    }

    @Test
    void anEmptyBodyAndABadDateAreRefused() throws Exception {
        HttpResponse<String> empty = post("/api/v1/classify", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(empty.body()).get("code").asString()).isEqualTo("EXO-2101");

        HttpResponse<String> badDate = post("/api/v1/classify?date=31/05/2025", US_361);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badDate.body()).get("field").asString()).isEqualTo("date");
        assertThat(JSON.readTree(badDate.body()).get("detail").asString())
                .isEqualTo("EXO-2102: date: expected a date (YYYY-MM-DD), got \"31/05/2025\"");
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        HttpResponse<String> docs = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/docs"))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode operation = JSON.readTree(docs.body()).at("/paths/~1api~1v1~1classify/post");
        assertThat(operation.get("summary").asString()).contains("Classify");
        assertThat(operation.at("/responses/400").isMissingNode()).isFalse();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
