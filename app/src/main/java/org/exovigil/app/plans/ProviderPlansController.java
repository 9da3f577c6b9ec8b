package org.exovigil.app.plans;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.registry.Provider;
import org.exovigil.app.registry.ProviderMembers;
import org.exovigil.rulebook.Rulebook;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A provider's plans: file one, answer the committee, file a change or withdraw a plan, file the yearly
 * provision report.
 */
@Controller
class ProviderPlansController {

    private final ProvisionPlans plans;
    private final AnnualReports annualReports;
    private final ProviderMembers members;
    private final Rulebook rulebook;

    ProviderPlansController(
            ProvisionPlans plans, AnnualReports annualReports, ProviderMembers members, Rulebook rulebook) {
        this.plans = plans;
        this.annualReports = annualReports;
        this.members = members;
        this.rulebook = rulebook;
    }

    @GetMapping("/provider/plans")
    String list(Authentication who, Model model) {
        var provider = members.providerOf(who.getName());
        model.addAttribute("provider", provider.orElse(null));
        provider.ifPresent(found -> model.addAttribute("plans", plans.ofProvider(found.id())));
        return "plans/provider-plans";
    }

    @GetMapping("/provider/plans/new")
    String form(Authentication who, Model model) {
        Provider provider = providerOf(who);
        return show(model, PlanFiling.empty(provider.country() == null ? "" : provider.country()));
    }

    @PostMapping("/provider/plans")
    String file(
            @Valid @ModelAttribute("filing") PlanFiling filing, BindingResult errors, Authentication who, Model model) {
        Provider provider = providerOf(who);
        if (errors.hasErrors()) {
            return show(model, filing);
        }
        long id = plans.file(provider.id(), filing, who.getName());
        return "redirect:/provider/plans/" + id;
    }

    @GetMapping("/provider/plans/{id}")
    String plan(@PathVariable long id, Authentication who, Model model) {
        ProvisionPlan plan = own(id, who);
        model.addAttribute("page", PlanPage.of(plan, plans, annualReports));
        return "plans/provider-plan";
    }

    @GetMapping("/provider/plans/{id}/change")
    String changeForm(@PathVariable long id, Authentication who, Model model) {
        ProvisionPlan plan = own(id, who);
        return showChange(model, plan, PlanChange.of(plan));
    }

    @PostMapping("/provider/plans/{id}/change")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("change") PlanChange change,
            BindingResult errors,
            Authentication who,
            Model model) {
        ProvisionPlan plan = own(id, who);
        if (errors.hasErrors()) {
            return showChange(model, plan, change);
        }
        var outcome = plans.fileChange(id, who.getName(), change);
        if (!outcome.isDone()) {
            model.addAttribute("refusal", outcome.refusal());
            return showChange(model, plan, change);
        }
        return "redirect:/provider/plans/" + id;
    }

    @PostMapping("/provider/plans/{id}/withdrawal")
    String withdraw(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate stoppedOn,
            Authentication who,
            RedirectAttributes redirect) {
        own(id, who);
        refusal(plans.withdraw(id, who.getName(), reason, stoppedOn), redirect);
        return "redirect:/provider/plans/" + id;
    }

    @PostMapping("/provider/plans/{id}/answer")
    String answer(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String text,
            Authentication who,
            RedirectAttributes redirect) {
        own(id, who);
        refusal(plans.answer(id, who.getName(), text), redirect);
        return "redirect:/provider/plans/" + id;
    }

    @PostMapping("/provider/plans/{id}/annual-report")
    String annualReport(
            @PathVariable long id,
            // Optional here so that who may file is decided before what was filled in; a missing period is refused
            // below.
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
            @RequestParam(defaultValue = "-1") int patients,
            @RequestParam(defaultValue = "-1") int serious,
            @RequestParam(required = false) Integer administrations,
            Authentication who,
            RedirectAttributes redirect) {
        own(id, who);
        refusal(
                annualReports.fileAnnualReport(id, who.getName(), periodEnd, patients, serious, administrations),
                redirect);
        return "redirect:/provider/plans/" + id;
    }

    private Provider providerOf(Authentication who) {
        return members.providerOf(who.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "not linked to a provider"));
    }

    private ProvisionPlan own(long id, Authentication who) {
        Provider provider = providerOf(who);
        return plans.find(id)
                .filter(plan -> plan.providerId() == provider.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void refusal(Outcome<Void> outcome, RedirectAttributes redirect) {
        if (!outcome.isDone()) {
            redirect.addFlashAttribute("refusal", outcome.refusal());
        }
    }

    private String showChange(Model model, ProvisionPlan plan, PlanChange change) {
        model.addAttribute("change", change);
        model.addAttribute("page", new ChangePage(plan, plans.rules(), PlanChoices.from(rulebook)));
        return "plans/change";
    }

    private String show(Model model, PlanFiling filing) {
        model.addAttribute("filing", filing);
        model.addAttribute("choices", PlanChoices.from(rulebook));
        return "plans/file";
    }
}
