package org.exovigil.app.reports;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.refusals.RefusalText;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.e2b.ExportProfile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The E2B(R3) export over HTTP, for a regulator's system that collects the batch instead of running the command: the
 * same batch as {@code ./exovigil export e2b --profile}, checked against the receiver's profile before anything is
 * sent (issue 16). Regulators and administrators only; every export is an audit event.
 */
@RestController
class E2bExportApi {

    /** Lists the cases a batch left out, as {@code case C.1.1 (reference): elements; ...}. */
    static final String LEFT_OUT = "Exovigil-Left-Out";

    private final E2bExchange exchange;
    private final RefusalText refusals;

    E2bExportApi(E2bExchange exchange, RefusalText refusals) {
        this.exchange = exchange;
        this.refusals = refusals;
    }

    @GetMapping(
            path = "/api/v1/e2b/batch",
            produces = {MediaType.APPLICATION_XML_VALUE, "application/problem+json"})
    @Operation(
            summary = "Every current case as one E2B(R3) batch for a receiver",
            description = "profile: ich (default), fda, ema or pmda; receiver: N.1.4, the profile's own by default"
                    + " (fda: ZZFDA, or ZZFDA_PREMKT when every message goes to an IND receiver); messageReceiver:"
                    + " N.2.r.3 of every message, by default each message's own (fda: CDER, CBER, CDER_IND, CBER_IND"
                    + " or CDER_IND_EXEMPT_BA_BE as FDA's rules route the case; the others: N.1.4);"
                    + " skipInvalid: leave out the cases that break the profile (named in the Exovigil-Left-Out"
                    + " header) instead of refusing the export with 422 and EXO-1250, which names every case and rule.")
    ResponseEntity<?> batch(
            @RequestParam(defaultValue = "ich") String profile,
            @RequestParam(required = false) String receiver,
            @RequestParam(required = false) String messageReceiver,
            @RequestParam(defaultValue = "false") boolean skipInvalid,
            Authentication reader,
            Locale locale) {
        Optional<ExportProfile> chosen = ExportProfile.named(profile);
        if (chosen.isEmpty()) {
            return unknownProfile(profile, locale);
        }
        return switch (exchange.exportAll(
                chosen.get(), blankToNull(receiver), blankToNull(messageReceiver), skipInvalid, reader.getName())) {
            case E2bExport.Written written ->
                ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_XML)
                        .header(
                                LEFT_OUT,
                                written.leftOut().stream()
                                        .map(E2bExport.CaseFindings::toString)
                                        .collect(Collectors.joining("; ")))
                        .body(written.xml());
            case E2bExport.Refused refused -> breaksProfile(refused);
        };
    }

    private ResponseEntity<ProblemDetail> unknownProfile(String profile, Locale locale) {
        String profiles = Arrays.stream(ExportProfile.values())
                .map(p -> p.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        Refusal refusal = Refusal.of(ReportRefusal.EXPORT_PROFILE_UNKNOWN, profile, profiles);
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refusals.text(refusal, locale));
        problem.setTitle("Unknown export profile");
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "code", refusal.code().id(),
                        "field", "profile",
                        "message", refusals.message(refusal, locale))));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** 422: nothing sent; every case that breaks the profile, with each rule and element. */
    private static ResponseEntity<ProblemDetail> breaksProfile(E2bExport.Refused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refused.message());
        problem.setTitle("The export breaks its profile");
        problem.setProperty("code", ProblemCode.BREAKS_EXPORT_PROFILE.id());
        problem.setProperty(
                "cases",
                refused.cases().stream()
                        .map(c -> Map.of(
                                "reference",
                                c.reference(),
                                "senderReportId",
                                c.caseId(),
                                "findings",
                                c.findings().stream()
                                        .map(f -> Map.of(
                                                "rule", f.rule(),
                                                "element", f.element(),
                                                "expected", f.expected(),
                                                "source", f.source()))
                                        .toList()))
                        .toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
