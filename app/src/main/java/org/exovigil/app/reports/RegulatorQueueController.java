package org.exovigil.app.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.exovigil.app.committees.CommitteeCases;
import org.exovigil.app.products.LotRestrictions;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.app.signals.ClusterAlerts;
import org.exovigil.app.terminology.CaseCoding;
import org.exovigil.app.terminology.MeddraReleases;
import org.exovigil.vigilance.causality.NaranjoAnswer;
import org.exovigil.vigilance.causality.NaranjoQuestion;
import org.exovigil.vigilance.causality.WhoUmcCategory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.type.TypeReference;

/** The regulator's queue of adverse-event reports and the page of one case. */
@Controller
class RegulatorQueueController {

    static final int PAGE = 200;
    /** The default time given to answer a follow-up question: two weeks, well inside the 15-day clocks' rhythm. */
    static final int FOLLOW_UP_DAYS = 14;

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {};

    private final ReportStore store;
    private final ReportReading reading;
    private final Clock clock;
    private final CaseVerification verification;
    private final FollowUps followUps;
    private final ReporterFollowUp additions;
    private final CaseCausality causality;
    private final ClusterAlerts alerts;
    private final CaseDuplicates duplicates;
    private final LotRestrictions restrictions;
    private final CommitteeCases committeeCases;
    private final CaseCoding coding;
    private final MeddraReleases meddra;

    RegulatorQueueController(
            ReportStore store,
            ReportReading reading,
            Clock clock,
            CaseVerification verification,
            FollowUps followUps,
            ReporterFollowUp additions,
            CaseCausality causality,
            ClusterAlerts alerts,
            CaseDuplicates duplicates,
            LotRestrictions restrictions,
            CommitteeCases committeeCases,
            CaseCoding coding,
            MeddraReleases meddra) {
        this.coding = coding;
        this.meddra = meddra;
        this.restrictions = restrictions;
        this.duplicates = duplicates;
        this.committeeCases = committeeCases;
        this.store = store;
        this.reading = reading;
        this.clock = clock;
        this.verification = verification;
        this.followUps = followUps;
        this.additions = additions;
        this.causality = causality;
        this.alerts = alerts;
    }

    @GetMapping("/regulator/queue")
    String queue(
            @RequestParam(defaultValue = "open") String view,
            @ModelAttribute("filter") QueueFilter filter,
            Model model) {
        QueueView chosen = QueueView.of(view);
        LocalDate today = LocalDate.now(clock);
        var smqTerms = filter.group()
                .map(group -> meddra.currentSmqTerms(group.smqName()))
                .orElse(java.util.Set.of());
        var entries = store.queue(chosen, filter, smqTerms, today, PAGE);
        model.addAttribute(
                "page",
                new QueuePage(
                        chosen,
                        today,
                        entries,
                        entries.size() == PAGE,
                        alerts.openCount(),
                        duplicates.awaitingReview()));
        model.addAttribute("codesToReview", coding.changesAwaitingReview());
        return "reports/queue";
    }

    @GetMapping("/regulator/reports/{id}")
    String report(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer codeReaction,
            @RequestParam(defaultValue = "") String codeQuery,
            Authentication reader,
            Model model) {
        var view = reading.forReader(id, reader).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute(
                "page",
                new CasePage(
                        JSON.convertValue(view, AS_MAP),
                        duplicates.masterReferenceOf(id).orElse(null),
                        store.versions(id),
                        verification.steps(id),
                        verification.closing(id).orElse(null),
                        followUps.forCase(id),
                        additions.forCase(id),
                        causality.forCase(id),
                        committeeCases.opinions(id),
                        LocalDate.now(clock)));
        model.addAttribute("coding", coding.forCase(id, codeReaction, codeQuery));
        model.addAttribute("lotRestrictions", restrictions.namedBy(id));
        model.addAttribute("pendingProposal", verification.pending(id).orElse(null));
        return "reports/case";
    }

    @PostMapping("/regulator/reports/{id}/verification")
    String verify(
            @PathVariable UUID id,
            @RequestParam CaseVerification.Action action,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String evidence,
            Authentication reviewer,
            RedirectAttributes redirect) {
        readable(id, reviewer);
        refused(verification.record(id, action, reason, evidence, reviewer.getName()), "refusal", redirect);
        return "redirect:/regulator/reports/" + id;
    }

    @PostMapping("/regulator/reports/{id}/follow-ups")
    String requestFollowUp(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String askedOf,
            @RequestParam(defaultValue = "") String question,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            Authentication reviewer,
            RedirectAttributes redirect) {
        readable(id, reviewer);
        refused(followUps.request(id, askedOf, question, dueOn, reviewer.getName()), "followUpRefusal", redirect);
        return "redirect:/regulator/reports/" + id + "#follow-ups";
    }

    @PostMapping("/regulator/reports/{id}/follow-ups/{request}/answer")
    String answerFollowUp(
            @PathVariable UUID id,
            @PathVariable long request,
            @RequestParam(defaultValue = "") String answer,
            Authentication reviewer,
            RedirectAttributes redirect) {
        readable(id, reviewer);
        refused(followUps.answer(id, request, answer, reviewer.getName()), "followUpRefusal", redirect);
        return "redirect:/regulator/reports/" + id + "#follow-ups";
    }

    @PostMapping("/regulator/reports/{id}/causality")
    String assessCausality(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int product,
            @RequestParam(defaultValue = "0") int reaction,
            @RequestParam(defaultValue = "") String whoUmc,
            @RequestParam java.util.Map<String, String> form,
            Authentication reviewer,
            RedirectAttributes redirect) {
        readable(id, reviewer);
        var answers = new java.util.EnumMap<NaranjoQuestion, NaranjoAnswer>(NaranjoQuestion.class);
        for (NaranjoQuestion question : NaranjoQuestion.values()) {
            String answer = form.getOrDefault("naranjo." + question.name(), "");
            if (!answer.isEmpty()) {
                answers.put(question, NaranjoAnswer.valueOf(answer));
            }
        }
        WhoUmcCategory category = whoUmc.isEmpty() ? null : WhoUmcCategory.valueOf(whoUmc);
        refused(
                causality.assess(id, product, reaction, category, answers, reviewer.getName()),
                "causalityRefusal",
                redirect);
        return "redirect:/regulator/reports/" + id + "#causality";
    }

    /** A refused step is shown once, on the page the redirect leads to, where the form was. */
    private static void refused(Outcome<Void> outcome, String where, RedirectAttributes redirect) {
        if (outcome instanceof Outcome.Refused<Void>(Refusal refusal)) {
            redirect.addFlashAttribute(where, refusal);
        }
    }

    /** Staff areas are for signed-in regulators only (see SecurityConfiguration); the case must exist. */
    private void readable(UUID id, Authentication reviewer) {
        if (reviewer == null || store.find(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
