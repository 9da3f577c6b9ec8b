package org.exovigil.app.plans;

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

/**
 * Regulators and committees over the plans in the register: each plan with its versions and history,
 * and suspending, reinstating or revoking it with a reason.
 */
@Controller
class PlanOversightController {

    private final ProvisionPlans plans;
    private final AnnualReports annualReports;
    private final Reconciliations reconciliations;

    PlanOversightController(ProvisionPlans plans, AnnualReports annualReports, Reconciliations reconciliations) {
        this.plans = plans;
        this.annualReports = annualReports;
        this.reconciliations = reconciliations;
    }

    @GetMapping("/registry/plans")
    String list(Model model) {
        model.addAttribute("plans", plans.registered(null));
        model.addAttribute("flaggedYears", reconciliations.disagreements().size());
        return "plans/oversight-plans";
    }

    @GetMapping("/registry/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        ProvisionPlan plan = plans.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", PlanPage.of(plan, plans, annualReports));
        model.addAttribute("years", reconciliations.ofPlan(plan));
        model.addAttribute("clinic", reconciliations.ofClinic(plan.providerId()));
        return "plans/oversight-plan";
    }

    /** The years where a clinic's own count of serious events and the reports about it disagree, every plan's. */
    @GetMapping("/registry/plans/reconciliation")
    String disagreements(Model model) {
        model.addAttribute("flagged", reconciliations.disagreements());
        return "plans/reconciliation";
    }

    @PostMapping("/registry/plans/{id}/standing")
    String oversee(
            @PathVariable long id,
            @RequestParam String action,
            @RequestParam(defaultValue = "") String reason,
            Authentication who,
            RedirectAttributes redirect) {
        plans.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Oversight oversight;
        try {
            oversight = Oversight.valueOf(action.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            redirect.addFlashAttribute("refusal", Refusal.of(PlanRefusal.OVERSIGHT_UNKNOWN));
            return "redirect:/registry/plans/" + id;
        }
        var outcome = plans.oversee(id, who.getName(), oversight, reason);
        if (!outcome.isDone()) {
            redirect.addFlashAttribute("refusal", outcome.refusal());
        }
        return "redirect:/registry/plans/" + id;
    }
}
