package org.exovigil.app.reports;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.exovigil.app.PublicAddress;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.fhir.FhirFormat;
import org.exovigil.vigilance.fhir.FhirWriter;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.SystemRestfulInteraction;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small FHIR R4 server over the case store (the RESTful API of FHIR R4, http.html): the capability
 * statement, read and search of AdverseEvent, and create from an AdverseEvent or a Bundle. Answers are in
 * the format {@code _format} or {@code Accept} asks for (JSON unless XML is asked), and every error is an
 * OperationOutcome naming the element and the EXO code.
 */
@RestController
class FhirController {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;

    private final FhirExchange exchange;
    private final PublicAddress publicAddress;

    FhirController(FhirExchange exchange, PublicAddress publicAddress) {
        this.exchange = exchange;
        this.publicAddress = publicAddress;
    }

    @GetMapping("/fhir/metadata")
    ResponseEntity<String> metadata(
            @RequestParam(name = "_format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return answer(HttpStatus.OK, capabilities(), format(format, accept));
    }

    @GetMapping("/fhir/AdverseEvent/{id}")
    ResponseEntity<String> read(
            @PathVariable String id,
            @RequestParam(name = "_format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            Authentication reader) {
        FhirFormat answerIn = format(format, accept);
        return exchange.read(id, reader)
                .map(event -> answer(HttpStatus.OK, event, answerIn))
                .orElseGet(() -> answer(
                        HttpStatus.NOT_FOUND,
                        outcome(IssueType.NOTFOUND, "AdverseEvent/" + id + " is not known, or not yours to read", null),
                        answerIn));
    }

    @GetMapping("/fhir/AdverseEvent")
    ResponseEntity<String> search(
            @RequestParam(required = false) String identifier,
            @RequestParam(required = false) List<String> date,
            @RequestParam(required = false) String seriousness,
            @RequestParam(name = "_count", defaultValue = "" + DEFAULT_COUNT) int count,
            @RequestParam(name = "_offset", defaultValue = "0") int offset,
            @RequestParam(name = "_format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request,
            Authentication reader) {
        FhirFormat answerIn = format(format, accept);
        LocalDate from = null;
        LocalDate to = null;
        try {
            for (String bound : date == null ? List.<String>of() : date) {
                if (bound.startsWith("ge")) {
                    from = LocalDate.parse(bound.substring(2));
                } else if (bound.startsWith("le")) {
                    to = LocalDate.parse(bound.substring(2));
                } else {
                    from = LocalDate.parse(bound.startsWith("eq") ? bound.substring(2) : bound);
                    to = from;
                }
            }
        } catch (DateTimeParseException e) {
            return answer(
                    HttpStatus.BAD_REQUEST,
                    outcome(IssueType.INVALID, "expected dates as [ge|le|eq]YYYY-MM-DD, got " + date, "date"),
                    answerIn);
        }
        Boolean serious =
                seriousness == null ? null : seriousness.endsWith("|serious") || seriousness.equals("serious");
        int size = Math.clamp(count, 0, MAX_COUNT);
        int start = Math.max(0, offset);
        FhirExchange.Found found =
                exchange.search(new FhirExchange.Search(identifier, from, to, serious, size, start), reader);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal((int) Math.min(Integer.MAX_VALUE, found.total()));
        String self = publicAddress.ofPath(request)
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        bundle.addLink().setRelation("self").setUrl(self);
        if (start + size < found.total()) {
            bundle.addLink()
                    .setRelation("next")
                    .setUrl(next(publicAddress.ofPath(request), request, start + size, size));
        }
        found.events()
                .forEach(event -> bundle.addEntry()
                        .setFullUrl(publicAddress.ofPath(request) + "/"
                                + event.getIdElement().getIdPart())
                        .setResource(event)
                        .getSearch()
                        .setMode(Bundle.SearchEntryMode.MATCH));
        return answer(HttpStatus.OK, bundle, answerIn);
    }

    @PostMapping({"/fhir/AdverseEvent", "/fhir"})
    ResponseEntity<String> create(
            @RequestBody(required = false) String body,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestParam(name = "_format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            Authentication sender) {
        String text = body == null ? "" : body;
        FhirFormat answerIn = format(format, accept);
        Optional<FhirFormat> given = FhirFormat.ofMediaType(contentType).or(() -> FhirFormat.detect(text));
        if (given.isEmpty()) {
            return answer(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    outcome(
                            IssueType.NOTSUPPORTED,
                            "expected application/fhir+json or application/fhir+xml, got " + contentType,
                            null),
                    answerIn);
        }
        FhirExchange.Created created = exchange.receive(text, given.get(), SenderPrincipal.of(sender));
        if (!created.problems().isEmpty()) {
            return answer(HttpStatus.BAD_REQUEST, outcome(created.problems(), IssueSeverity.ERROR), answerIn);
        }
        OperationOutcome outcome = outcome(created.notes(), IssueSeverity.WARNING);
        created.receipts()
                .forEach(receipt -> outcome.addIssue()
                        .setSeverity(IssueSeverity.INFORMATION)
                        .setCode(IssueType.INFORMATIONAL)
                        .setDiagnostics("%s %s, version %d: /api/v1/reports/%s"
                                .formatted(
                                        receipt.replay() ? "already held as" : "stored as",
                                        receipt.reference(),
                                        receipt.version(),
                                        receipt.id())));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.CREATED);
        if (created.receipts().size() == 1) {
            answer.location(URI.create(
                    "/fhir/AdverseEvent/" + created.receipts().getFirst().id() + "-1"));
        }
        return answer.contentType(MediaType.parseMediaType(answerIn.mediaType() + ";charset=UTF-8"))
                .body(FhirWriter.encode(outcome, answerIn));
    }

    private static String next(String path, HttpServletRequest request, int offset, int count) {
        StringBuilder url = new StringBuilder(path).append("?_count=").append(count);
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_count") && !name.equals("_offset")) {
                for (String value : values) {
                    url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        });
        return url.append("&_offset=").append(offset).toString();
    }

    /** {@code _format} wins over {@code Accept}; JSON when neither names a FHIR format. */
    private static FhirFormat format(String format, String accept) {
        return FhirFormat.ofMediaType(format)
                .or(() -> accept == null
                        ? Optional.empty()
                        : Arrays.stream(accept.split(","))
                                .map(FhirFormat::ofMediaType)
                                .flatMap(Optional::stream)
                                .findFirst())
                .orElse(FhirFormat.JSON);
    }

    private static ResponseEntity<String> answer(HttpStatus status, IBaseResource resource, FhirFormat format) {
        return ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8"))
                .body(FhirWriter.encode(resource, format));
    }

    private static OperationOutcome outcome(IssueType type, String diagnostics, String expression) {
        OperationOutcome outcome = new OperationOutcome();
        var issue = outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(type)
                .setDiagnostics(diagnostics);
        if (expression != null) {
            issue.addExpression(expression);
        }
        return outcome;
    }

    /** One issue per problem: the EXO code as details, the element path as expression. */
    private static OperationOutcome outcome(List<Problem> problems, IssueSeverity severity) {
        OperationOutcome outcome = new OperationOutcome();
        for (Problem problem : problems) {
            var issue = outcome.addIssue()
                    .setSeverity(severity)
                    .setCode(severity == IssueSeverity.ERROR ? IssueType.INVALID : IssueType.INFORMATIONAL)
                    .setDiagnostics(problem.toString());
            issue.getDetails().setText(problem.code().id());
            if (!problem.path().isEmpty()) {
                issue.addExpression(problem.path());
            }
        }
        return outcome;
    }

    private static CapabilityStatement capabilities() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDate(new Date());
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("Exovigil");
        statement.getImplementation().setDescription("Exovigil adverse-event reports as FHIR R4 AdverseEvents");
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("json").addFormat("xml");
        var rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.getSecurity()
                .setDescription("Bearer API tokens (./exovigil admin token); regulators read every case, senders"
                        + " their own; reading personal data is audited.");
        rest.addInteraction()
                .setCode(SystemRestfulInteraction.TRANSACTION)
                .setDocumentation("POST a Bundle of AdverseEvents to /fhir: every case stored, or none.");
        var adverseEvent = rest.addResource().setType("AdverseEvent");
        adverseEvent.addInteraction().setCode(TypeRestfulInteraction.READ);
        adverseEvent.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        adverseEvent
                .addInteraction()
                .setCode(TypeRestfulInteraction.CREATE)
                .setDocumentation(
                        "Through the same intake as every report: follow-ups and nullifications by E2B rules.");
        adverseEvent.addSearchParam().setName("identifier").setType(SearchParamType.TOKEN);
        adverseEvent
                .addSearchParam()
                .setName("date")
                .setType(SearchParamType.DATE)
                .setDocumentation("The date the report was received; ge and le prefixes.");
        adverseEvent.addSearchParam().setName("seriousness").setType(SearchParamType.TOKEN);
        adverseEvent.addSearchParam().setName("_count").setType(SearchParamType.NUMBER);
        adverseEvent.addSearchParam().setName("_offset").setType(SearchParamType.NUMBER);
        return statement;
    }
}
