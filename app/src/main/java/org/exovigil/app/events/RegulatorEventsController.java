package org.exovigil.app.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.rulebook.InformationPower;
import org.exovigil.vigilance.events.CaseLink;
import org.exovigil.vigilance.events.ClaimedOutcome;
import org.exovigil.vigilance.events.EventSource;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.verification.VerificationStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The regulator's events: record one, follow it with requests and evidence, decide, close; and time to decision. */
@Controller
class RegulatorEventsController {

    private final Events events;
    private final EventEvidence evidence;
    private final EventCandidates candidates;
    private final TimeToDecision timeToDecision;
    private final Clock clock;

    RegulatorEventsController(
            Events events,
            EventEvidence evidence,
            EventCandidates candidates,
            TimeToDecision timeToDecision,
            Clock clock) {
        this.events = events;
        this.evidence = evidence;
        this.candidates = candidates;
        this.timeToDecision = timeToDecision;
        this.clock = clock;
    }

    @GetMapping("/regulator/events")
    String list(Model model) {
        model.addAttribute("events", events.all());
        model.addAttribute("sources", List.of(EventSource.values()));
        model.addAttribute("outcomes", List.of(ClaimedOutcome.values()));
        return "events/events";
    }

    @PostMapping("/regulator/events")
    String record(
            @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String sourceName,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sourceDate,
            @RequestParam(defaultValue = "") String link,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String product,
            @RequestParam(defaultValue = "") String clinic,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String country,
            @RequestParam(defaultValue = "") String when,
            Authentication regulator,
            RedirectAttributes redirect) {
        var form = new EventForm(
                source, sourceName, sourceDate, link, text, outcome, product, clinic, place, country, when);
        return switch (events.record(form, regulator.getName())) {
            case Outcome.Done<Long>(Long id) -> "redirect:/regulator/events/" + id;
            case Outcome.Refused<Long>(Refusal refusal) -> {
                redirect.addFlashAttribute("refusal", refusal);
                yield "redirect:/regulator/events";
            }
        };
    }

    @GetMapping("/regulator/events/{id}")
    String event(@PathVariable long id, Model model) {
        EventRecord event = events.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var powers = new LinkedHashMap<String, List<InformationPower>>();
        EventEvidence.ADDRESSEES.forEach(kind -> powers.put(kind, evidence.powers(id, kind)));
        model.addAttribute(
                "page",
                new EventPage(
                        event,
                        events.load(id),
                        candidates.propose(event),
                        evidence.requests(id),
                        evidence.items(id),
                        powers,
                        LocalDate.now(clock)));
        return "events/event";
    }

    @PostMapping("/regulator/events/{id}/links")
    String link(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String caseReference,
            @RequestParam(defaultValue = "MATCHED") CaseLink.Kind kind,
            Authentication regulator,
            RedirectAttributes redirect) {
        exists(id);
        refused(events.link(id, caseReference, kind, regulator.getName()), redirect);
        return "redirect:/regulator/events/" + id + "#links";
    }

    @PostMapping("/regulator/events/{id}/requests")
    String request(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String addresseeKind,
            @RequestParam(defaultValue = "") String addressee,
            @RequestParam(defaultValue = "") String address,
            @RequestParam(defaultValue = "") String asked,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(defaultValue = "") String power,
            Authentication regulator,
            RedirectAttributes redirect) {
        exists(id);
        refused(
                evidence.request(id, addresseeKind, addressee, address, asked, dueOn, power, regulator.getName()),
                redirect);
        return "redirect:/regulator/events/" + id + "#requests";
    }

    @PostMapping("/regulator/events/{id}/evidence")
    String addEvidence(
            @PathVariable long id,
            @RequestParam(required = false) Long request,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String suppliedBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate suppliedOn,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(required = false) MultipartFile document,
            Authentication regulator,
            RedirectAttributes redirect)
            throws IOException {
        exists(id);
        EventEvidence.Upload upload = document == null || document.isEmpty()
                ? null
                : new EventEvidence.Upload(
                        document.getOriginalFilename(), document.getContentType(), document.getBytes());
        refused(
                evidence.record(id, request, description, suppliedBy, suppliedOn, answer, upload, regulator.getName()),
                redirect);
        return "redirect:/regulator/events/" + id + "#evidence";
    }

    @GetMapping("/regulator/events/{id}/evidence/{item}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long item, Authentication reader) {
        var document = evidence.document(id, item, reader)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + document.sha256())
                .body(document.bytes());
    }

    @PostMapping("/regulator/events/{id}/decision")
    String propose(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(name = "evidence", required = false) List<Long> named,
            @RequestParam(defaultValue = "") String clinic,
            Authentication regulator,
            RedirectAttributes redirect) {
        exists(id);
        VerificationStatus outcome =
                Coded.fromCode(VerificationStatus.class, decision).orElse(VerificationStatus.UNVERIFIED);
        refused(
                events.propose(id, outcome, reason, named == null ? List.of() : named, clinic, regulator.getName()),
                redirect);
        return "redirect:/regulator/events/" + id + "#decision";
    }

    @PostMapping("/regulator/events/{id}/countersign")
    String countersign(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Authentication regulator,
            RedirectAttributes redirect) {
        exists(id);
        refused(events.countersign(id, reason, regulator.getName()), redirect);
        return "redirect:/regulator/events/" + id + "#decision";
    }

    @PostMapping("/regulator/events/{id}/close")
    String close(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String publicStatement,
            Authentication regulator,
            RedirectAttributes redirect) {
        exists(id);
        refused(events.close(id, reason, publicStatement, regulator.getName()), redirect);
        return "redirect:/regulator/events/" + id + "#decision";
    }

    @GetMapping("/regulator/decisions")
    String decisions(Model model) {
        model.addAttribute("rows", timeToDecision.rows());
        model.addAttribute("target", timeToDecision.deathTarget());
        return "events/decisions";
    }

    private void exists(long id) {
        if (events.find(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** A refused step is shown once, on the event's page, above the forms. */
    private static void refused(Outcome<?> outcome, RedirectAttributes redirect) {
        if (outcome instanceof Outcome.Refused<?>(Refusal refusal)) {
            redirect.addFlashAttribute("refusal", refusal);
        }
    }
}
