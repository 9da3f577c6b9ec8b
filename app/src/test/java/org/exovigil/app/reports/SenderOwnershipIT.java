package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.security.AccountRefusal;
import org.exovigil.app.security.AccountRefused;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.Secrets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, findings 1 and 5, as the attacks were run against the running application: reports belong
 * to a principal id, an anonymous form's report to an identity of its own, and a name owns nothing.
 */
class SenderOwnershipIT extends RunningExovigil {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("id=\"reference\"[^>]*>([^<]+)<");
    private static final Pattern CODE = Pattern.compile("id=\"follow-up-code\"[^>]*>([^<]+)<");

    @Autowired
    ReporterFollowUp reporter;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    /** Finding 1: a second anonymous report with the victim's case number is a case of its own. */
    @Test
    void aSecondAnonymousProfessionalReportWithTheSameCaseNumberCannotTakeOverTheFirst() throws Exception {
        String caseNumber = "HOSP-" + UUID.randomUUID();
        Receipt victim = sendProfessionalForm(caseNumber, "victim@example.org", "sepsis");
        Receipt attacker = sendProfessionalForm(caseNumber, "attacker@example.org", "rash");

        assertThat(attacker.reference()).isNotEqualTo(victim.reference());
        assertThat(jdbc.sql("select count(distinct sender_principal) from report_case where sender_report_id = ?")
                        .param(caseNumber)
                        .query(Long.class)
                        .single())
                .as("two anonymous reports, two owners, both kept")
                .isEqualTo(2);
        assertThat(reporter.add(victim.reference(), victim.code(), "still mine"))
                .as("the victim's code still works")
                .isPresent();
        assertThat(reporter.add(victim.reference(), attacker.code(), "taken over"))
                .as("the attacker's code opens only the attacker's own report")
                .isEmpty();
        assertThat(jdbc.sql("""
                                select count(*) from report_case c join report_version v on v.case_id = c.id
                                where c.reference = ? and v.clinical::text like '%rash%'""").param(victim.reference()).query(Long.class).single())
                .isZero();
    }

    /** Finding 5: the forms' own names are nobody's, and a name is unique across accounts and tokens. */
    @Test
    void noAccountOrTokenMayTakeTheFormsNamesOrAnotherPrincipalsName() {
        assertThatThrownBy(() -> tokens.issue("professional-form", Role.REGULATOR))
                .isInstanceOfSatisfying(
                        AccountRefused.class,
                        refused -> assertThat(refused.refusal().code()).isEqualTo(AccountRefusal.NAME_RESERVED));
        assertThatThrownBy(() -> tokens.issue(" Public ", Role.PROVIDER)).isInstanceOf(AccountRefused.class);
        assertThatThrownBy(() -> accounts.invite("public", Role.PROVIDER)).isInstanceOf(AccountRefused.class);
        assertThatThrownBy(() -> tokens.issue("form:" + UUID.randomUUID(), Role.PROVIDER))
                .isInstanceOf(AccountRefused.class);

        String name = "ownership-clinic-" + UUID.randomUUID();
        tokens.issue(name, Role.PROVIDER);
        assertThatThrownBy(() -> tokens.issue(name.toUpperCase(), Role.PROVIDER))
                .isInstanceOfSatisfying(
                        AccountRefused.class,
                        refused -> assertThat(refused.refusal().code()).isEqualTo(AccountRefusal.NAME_OF_A_TOKEN));
        assertThatThrownBy(() -> accounts.invite(name, Role.PROVIDER)).isInstanceOf(AccountRefused.class);
    }

    /**
     * Finding 5: even a token whose name is the form's sender label (as one made before names were
     * reserved) neither reads an anonymous report with its e-mail address nor nullifies it.
     */
    @Test
    void aTokenNamedLikeTheFormsSenderNeitherReadsNorNullifiesAnonymousReports() throws Exception {
        String caseNumber = "NAMESAKE-" + UUID.randomUUID();
        Receipt victim = sendProfessionalForm(caseNumber, "patient-contact@example.org", "sepsis");
        UUID caseId = jdbc.sql("select id from report_case where reference = ?")
                .param(victim.reference())
                .query(UUID.class)
                .single();
        String token = "exo_namesake" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("insert into api_token (name, role, token_hash) values (?, 'PROVIDER', ?)")
                .params(ProfessionalReportController.PUBLIC_SENDER, Secrets.hash(token))
                .update();

        HttpResponse<String> read = api(token, "GET", "/api/v1/reports/" + caseId, null);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("patient-contact@example.org");
        assertThat(api(token, "GET", "/fhir/AdverseEvent?identifier=" + caseNumber, null)
                        .body())
                .doesNotContain(caseId.toString());

        String nullification = ReportsApiIT.SPEC_EXAMPLE
                .formatted(caseNumber)
                .replace(
                        "\"country\": \"JP\",",
                        "\"country\": \"JP\", \"nullification\": {\"kind\": \"nullification\", \"reason\": \"x\"},");
        api(token, "POST", "/api/v1/reports", nullification);
        assertThat(jdbc.sql("select nullified from report_case where id = ?")
                        .param(caseId)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    private record Receipt(String reference, String code) {}

    /** Fills the professional form anonymously, as a browser would, and reads the receipt page. */
    private Receipt sendProfessionalForm(String caseNumber, String contact, String term) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String form = browser.send(
                        HttpRequest.newBuilder(URI.create(url("/report/professional?lang=en")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", find(CSRF, form));
        fields.put("formKey", find(FORM_KEY, form));
        fields.put("website", "");
        fields.put("caseNumber", caseNumber);
        fields.put("qualification", "physician");
        fields.put("reporterCountry", "JP");
        fields.put("contact", contact);
        fields.put("country", "JP");
        fields.put("ageYears", "54");
        fields.put("sex", "female");
        fields.put("reactions[0].term", term);
        fields.put("reactions[0].seriousness", "hospitalisation");
        fields.put("products[0].role", "suspect");
        fields.put("products[0].name", "Ownership Test Exosome");
        fields.put("products[0].type", "exosome");
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String sent = browser.send(
                        HttpRequest.newBuilder(URI.create(url("/report/professional")))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return new Receipt(find(REFERENCE, sent).strip(), find(CODE, sent).strip());
    }

    private HttpResponse<String> api(String token, String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as("%s in the page:%n%s", pattern, page).isTrue();
        return m.group(1);
    }
}
