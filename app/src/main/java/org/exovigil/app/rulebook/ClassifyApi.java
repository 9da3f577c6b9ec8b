package org.exovigil.app.rulebook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.refusals.RefusalText;
import org.exovigil.rulebook.Rulebook;
import org.exovigil.rulebook.RulebookException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Regulatory classification over HTTP (shared/spec/classify.md): the same JSON in and out as
 * {@code ./exovigil classify}, because the rulebook writes it; this class only adds HTTP. Open to the
 * public, since it reads nothing but the law and stores nothing.
 */
@RestController
class ClassifyApi {

    /** How the request body is named in error messages: {@code body: $.product.type: expected a string}. */
    static final String SOURCE = "body";

    /** A classification is cheap, but a public endpoint bounds what one request may ask of it. */
    static final int MAX_BODY_CHARS = 1_000_000;

    private static final Pattern AT_PATH = Pattern.compile("^" + SOURCE + ": (\\$[^:]*): ");
    private static final Pattern AT_LINE = Pattern.compile("^" + SOURCE + ":(\\d+):(\\d+): ");

    private static final String EXAMPLE = """
            {
              "jurisdiction": "US",
              "product": {"name": "361 placental exosomes", "type": "exosome", "source": "placenta", "donor": "allogeneic"},
              "use": {"setting": "clinic_commercial", "routes": ["iv"], "indications": ["orthopedic_joint"], "administered_by": "physician"},
              "claims": ["hctp_361_or_minimally_manipulated"]
            }""";

    private final Rulebook rulebook;
    private final RefusalText refusals;
    private final MarketingClaims marketingClaims = new MarketingClaims();

    ClassifyApi(Rulebook rulebook, RefusalText refusals) {
        this.rulebook = rulebook;
        this.refusals = refusals;
    }

    @PostMapping(
            path = "/api/v1/classify",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(
            summary = "Classify an offering under the law of a jurisdiction on a date",
            description =
                    "The body is one offering or an array of offerings as in shared/spec/classify.md; the answer is one "
                            + "assessment or an array in the same order, exactly as `./exovigil classify` writes them: "
                            + "classification, verdict (permitted | not_permitted | permitted_if | undetermined), "
                            + "requirements, findings, adverse-event reporting duties and the explanation, each with its "
                            + "legal sources. Unknown facts are never read as harmless. Input that cannot be read gets 400 "
                            + "with an RFC 9457 problem document whose `code` (EXO-2101 not JSON, EXO-2102 a field of the "
                            + "wrong type or format, EXO-2103 no jurisdiction) and `field` (JSON path) or `line` name the "
                            + "fault. No account is needed.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            examples =
                                                    @ExampleObject(name = "361 placental exosomes", value = EXAMPLE))),
            responses = {
                @ApiResponse(responseCode = "200", description = "The assessment, or an array of them"),
                @ApiResponse(
                        responseCode = "400",
                        description = "Not an offering: an RFC 9457 problem document naming the field or line",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(responseCode = "413", description = "Body larger than one million characters")
            })
    ResponseEntity<?> classify(
            @RequestBody(required = false) String body,
            @Parameter(description = "ISO 3166-1 alpha-2 code or EU; replaces each offering's own")
                    @RequestParam(name = "jurisdiction", required = false)
                    String jurisdiction,
            @Parameter(
                            description =
                                    "The law as in force on this date (YYYY-MM-DD); default each offering's date, or today")
                    @RequestParam(name = "date", required = false)
                    String date,
            @Parameter(
                            description = "all: answer under the law of every jurisdiction the rulebook holds, an array"
                                    + " of assessments per offering in the rulebook's order")
                    @RequestParam(name = "jurisdictions", required = false)
                    String jurisdictions,
            Locale locale) {
        if (body != null && body.length() > MAX_BODY_CHARS) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE, "The body may hold at most " + MAX_BODY_CHARS + " characters.");
            problem.setTitle("Too large");
            return problemResponse(problem);
        }
        LocalDate asOf;
        try {
            asOf = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return refused("date", "a date (YYYY-MM-DD)", "\"" + shorten(date) + "\"", locale);
        }
        var override = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip();
        boolean everywhere = jurisdictions != null && !jurisdictions.isBlank();
        if (everywhere && !jurisdictions.strip().equals("all")) {
            return refused("jurisdictions", "\"all\"", "\"" + shorten(jurisdictions) + "\"", locale);
        }
        if (everywhere && override != null) {
            return refused("jurisdictions", "either jurisdiction or jurisdictions=all", "both", locale);
        }
        try {
            var text = body == null ? "" : body;
            var json = everywhere
                    ? rulebook.classifyEverywhereJson(text, SOURCE, asOf, marketingClaims::read)
                    : rulebook.classifyJson(text, SOURCE, override, asOf, marketingClaims::read);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
        } catch (RulebookException e) {
            return badRequest(e);
        }
    }

    /** A query parameter the API cannot take, in the request's language (English unless the client asks). */
    private ResponseEntity<ProblemDetail> refused(String parameter, String expected, String got, Locale locale) {
        Refusal refusal = Refusal.of(ClassifyRefusal.PARAMETER, parameter, expected, got);
        return badRequest(refusal.code().id(), refusals.message(refusal, locale), parameter, null);
    }

    /** The problem document names the field (a JSON path) or the line and column, as the rulebook's message does. */
    private static ResponseEntity<ProblemDetail> badRequest(RulebookException e) {
        var detail = e.getMessage().substring(e.code().length() + 2);
        var path = AT_PATH.matcher(detail);
        if (path.find()) return badRequest(e.code(), detail, path.group(1), null);
        var line = AT_LINE.matcher(detail);
        if (line.find()) return badRequest(e.code(), detail, null, Integer.valueOf(line.group(1)));
        return badRequest(e.code(), detail, "(body)", null);
    }

    private static ResponseEntity<ProblemDetail> badRequest(String code, String detail, String field, Integer line) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, code + ": " + detail);
        problem.setTitle("Not an offering");
        problem.setProperty("code", code);
        if (field != null) problem.setProperty("field", field);
        if (line != null) problem.setProperty("line", line);
        return problemResponse(problem);
    }

    private static ResponseEntity<ProblemDetail> problemResponse(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
