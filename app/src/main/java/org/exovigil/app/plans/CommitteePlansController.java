package org.exovigil.app.plans;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A certified committee's work: the plans and changes awaiting review, and the review of one. */
@Controller
class CommitteePlansController {

    private final ProvisionPlans plans;
    private final AnnualReports annualReports;

    CommitteePlansController(ProvisionPlans plans, AnnualReports annualReports) {
        this.plans = plans;
        this.annualReports = annualReports;
    }

    @GetMapping("/committee/plans")
    String queue(Model model) {
        model.addAttribute("plans", plans.awaitingReview());
        return "plans/committee-plans";
    }

    @GetMapping("/committee/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        ProvisionPlan plan = plans.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", PlanPage.of(plan, plans, annualReports));
        return "plans/committee-plan";
    }

    @PostMapping("/committee/plans/{id}/conflicts")
    String conflicts(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean none,
            @RequestParam(defaultValue = "") String conflict,
            Authentication reviewer,
            RedirectAttributes redirect) {
        if (!none && conflict.isBlank()) {
            redirect.addFlashAttribute("refusal", Refusal.of(PlanRefusal.DECLARATION_EMPTY));
            return "redirect:/committee/plans/" + id;
        }
        return after(id, plans.declareConflict(id, reviewer.getName(), none ? "" : conflict), redirect);
    }

    @PostMapping("/committee/plans/{id}/question")
    String ask(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String question,
            Authentication reviewer,
            RedirectAttributes redirect) {
        return after(id, plans.ask(id, reviewer.getName(), question), redirect);
    }

    @PostMapping("/committee/plans/{id}/decision")
    String decide(
            @PathVariable long id,
            @RequestParam String decision,
            @RequestParam(defaultValue = "") String reasons,
            @RequestParam(defaultValue = "") String conditions,
            @RequestParam Map<String, String> form,
            Authentication reviewer,
            Locale locale,
            RedirectAttributes redirect) {
        Map<String, String> checklist = new HashMap<>();
        plans.rules().checklist().forEach(item -> {
            if (form.containsKey("check." + item.id())) {
                checklist.put(item.id(), form.get("check." + item.id()));
            }
        });
        Outcome<Void> outcome =
                plans.decide(id, reviewer.getName(), decision.equals("accept"), checklist, reasons, conditions);
        if (!outcome.isDone()) {
            redirect.addFlashAttribute("draft", new DecisionDraft(checklist, decision, reasons, conditions));
            redirect.addFlashAttribute("refusal", namedByLabel(outcome.refusal(), locale));
            return "redirect:/committee/plans/" + id;
        }
        return after(id, outcome, redirect);
    }

    /**
     * What the member entered in a refused decision, shown again so that one unmet item does not cost the
     * other answers and the reasons.
     */
    public record DecisionDraft(Map<String, String> checklist, String decision, String reasons, String conditions)
            implements Serializable {

        public DecisionDraft {
            checklist = Map.copyOf(checklist);
        }

        public boolean judged(String item, String judgement) {
            return judgement.equals(checklist.get(item));
        }
    }

    /** A refusal about a checklist item names it by its label in the reader's language, not by its id. */
    private Refusal namedByLabel(Refusal refusal, Locale locale) {
        if (refusal.code() != PlanRefusal.REQUIRED_ITEM_NOT_MET
                && refusal.code() != PlanRefusal.CHECKLIST_ITEM_NOT_JUDGED) {
            return refusal;
        }
        String id = refusal.particulars().getFirst();
        return plans.rules().checklist().stream()
                .filter(item -> item.id().equals(id))
                .findFirst()
                .map(item -> Refusal.of(refusal.code(), item.label(locale)))
                .orElse(refusal);
    }

    private static String after(long id, Outcome<Void> outcome, RedirectAttributes redirect) {
        if (!outcome.isDone()) {
            redirect.addFlashAttribute("refusal", outcome.refusal());
        }
        return "redirect:/committee/plans/" + id;
    }
}
