package org.exovigil.app.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.refusals.RefusalText;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.e2b.IcsrVersion;
import org.exovigil.vigilance.json.ReportJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The report API of shared/spec/report.md. */
@RestController
class ReportsApi {

    static final int MAX_IDEMPOTENCY_KEY = 200;

    static final String HL7_V3_XML = "application/hl7-v3+xml";

    private final ReportIntake intake;
    private final ReportReading reading;
    private final E2bExchange e2b;
    private final RefusalText refusals;

    ReportsApi(ReportIntake intake, ReportReading reading, E2bExchange e2b, RefusalText refusals) {
        this.intake = intake;
        this.reading = reading;
        this.e2b = e2b;
        this.refusals = refusals;
    }

    @PostMapping(
            path = "/api/v1/reports",
            consumes = {HL7_V3_XML, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE},
            produces = {HL7_V3_XML, MediaType.APPLICATION_XML_VALUE})
    @Operation(
            summary =
                    "Submit an ICH E2B(R3) batch (MCCI_IN200100UV01 of PORR_IN049016UV messages), or an E2B(R2) ichicsr",
            description =
                    "Each report the batch holds is taken in as a JSON report would be, committed before the answer."
                            + " An E2B(R2) ichicsr document (as FAERS and older senders produce) is recognised by its root"
                            + " and read into the same reports."
                            + " The answer is the E2B(R3) acknowledgement (MCCI_IN200101UV01): AA when every message was"
                            + " taken whole, AE when some were refused or taken in part (the comment names each element not"
                            + " taken), AR when the batch could not be read (then with status 400). An R2 sender gets R2's"
                            + " ichicsrack (application/xml) with the same codes as 01, 02 and 03.")
    ResponseEntity<byte[]> submitE2b(@RequestBody(required = false) byte[] body, Authentication sender) {
        E2bExchange.Received received = e2b.receive(body == null ? new byte[0] : body, SenderPrincipal.of(sender));
        boolean r2 = body != null && IcsrVersion.of(body) == IcsrVersion.R2;
        return ResponseEntity.status(received.readable() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .contentType(r2 ? MediaType.APPLICATION_XML : MediaType.parseMediaType(HL7_V3_XML))
                .body(received.acknowledgementXml());
    }

    @PostMapping(
            path = "/api/v1/reports",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Submit an individual case safety report (ICH E2B(R3) sections as JSON)",
            description =
                    "Answers 201 only after the report is committed. A repeat with the same Idempotency-Key and the "
                            + "same report, or the same senderReportId from the same sender, returns the first report; "
                            + "the key with another report gets 422 naming the first. A body that is not a report "
                            + "gets 400 with an RFC 9457 problem document listing every bad field; a report that misses one "
                            + "of the four minimum criteria is stored as invalid. A report that is neither a repeat nor "
                            + "newer information for a held case (C.1.5) gets 409 with EXO-1405. Beside the contract's "
                            + "fields, every further ICH E2B(R3) section is optional JSON, named as GET returns it: "
                            + "reporter.details, otherReporters, sender (C.3), context (C.1.6-C.1.10, C.4, C.5), patient "
                            + "birthDate, heightCm, lastMenstrualPeriod, history, drugHistory, death and parent, "
                            + "reactions[].details, products[].routeAsReported and details (G.k), tests[] coded, "
                            + "resultCode, normal range, comments, and comments (H.2-H.5). Beside the contract's answer, "
                            + "stoppedLots lists each lot the report names that the regulator has on hold or recalled "
                            + "now: product, lot, restriction (hold or recall) and since (a UTC date); empty for none.")
    ResponseEntity<?> submit(
            @RequestBody(required = false) String body,
            @Parameter(description = "Makes retries safe: the same key returns the same report")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey,
            Authentication sender,
            Locale locale) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
            return badRequest(List.of(idempotencyKeyField(
                    Refusal.of(ReportRefusal.IDEMPOTENCY_KEY_LENGTH, MAX_IDEMPOTENCY_KEY), locale)));
        }
        return switch (ReportJson.read(body)) {
            case Checked.Rejected<?> rejected ->
                badRequest(rejected.problems().stream().map(ProblemField::of).toList());
            case Checked.Accepted<org.exovigil.vigilance.model.IndividualCaseSafetyReport> accepted -> {
                try {
                    Receipt receipt = intake.receive(
                            new Submission(SenderPrincipal.of(sender), idempotencyKey, Channel.API, accepted.value()));
                    yield ResponseEntity.created(URI.create("/api/v1/reports/" + receipt.id()))
                            .body(receipt.body());
                } catch (ReportIntake.IdempotencyKeyReused reused) {
                    ResponseEntity<ProblemDetail> refusal = problem(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "Idempotency-Key already used",
                            List.of(idempotencyKeyField(
                                    Refusal.of(
                                            ReportRefusal.IDEMPOTENCY_KEY_REUSED,
                                            reused.first().id()),
                                    locale)));
                    refusal.getBody()
                            .setProperty("firstReport", reused.first().id().toString());
                    refusal.getBody()
                            .setProperty(
                                    "location",
                                    "/api/v1/reports/" + reused.first().id());
                    yield refusal;
                } catch (ReportIntake.FollowUpRefused refused) {
                    yield problem(
                            HttpStatus.CONFLICT,
                            "Not taken into the case",
                            refused.problems().stream().map(ProblemField::of).toList());
                }
            }
        };
    }

    @GetMapping(path = "/api/v1/reports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The current version of a report",
            description =
                    "Regulators and administrators see everything (their reading of personal data is audited); the "
                            + "sender sees its own reports; others get 404.")
    ResponseEntity<?> read(@PathVariable UUID id, Authentication reader) {
        return reading.forReader(id, reader)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(
                                HttpStatus.NOT_FOUND, "No report " + id + " that you may read.")));
    }

    /** The text in the request's language, English unless the client asks for another (Accept-Language). */
    private ProblemField idempotencyKeyField(Refusal refusal, Locale locale) {
        return new ProblemField(refusal.code().id(), "Idempotency-Key", refusals.message(refusal, locale));
    }

    private static ResponseEntity<ProblemDetail> badRequest(List<ProblemField> problems) {
        return problem(HttpStatus.BAD_REQUEST, "Not a report", problems);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, List<ProblemField> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                problems.size() == 1 ? problems.getFirst().toString() : problems.size() + " problems in the report");
        problem.setTitle(title);
        problem.setProperty(
                "errors",
                problems.stream()
                        .map(p -> Map.of("code", p.code(), "field", p.field(), "message", p.message()))
                        .toList());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** One bad field of a request, with its stable code: the vigilance core's, or a refusal's. */
    record ProblemField(String code, String field, String message) {
        static ProblemField of(Problem problem) {
            return new ProblemField(
                    problem.code().id(), problem.path().isEmpty() ? "(body)" : problem.path(), problem.message());
        }

        @Override
        public String toString() {
            return code + ": " + field + ": " + message;
        }
    }
}
