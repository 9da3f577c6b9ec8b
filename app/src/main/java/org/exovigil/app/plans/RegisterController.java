package org.exovigil.app.plans;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public register of provision plans: who is authorised to give what, by which number, in which
 * version, and which plans were withdrawn, suspended or revoked; each plan's public history.
 */
@Controller
class RegisterController {

    private final ProvisionPlans plans;

    RegisterController(ProvisionPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/check/register")
    String register(Model model) {
        model.addAttribute("plans", plans.registered(null));
        return "plans/register";
    }

    @GetMapping("/check/register/{number}")
    String plan(@PathVariable String number, Model model) {
        ProvisionPlan plan =
                plans.byNumber(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("plan", plan);
        model.addAttribute(
                "versions",
                plans.versions(plan.id()).stream()
                        .filter(version -> version.status().equals("accepted"))
                        .toList());
        model.addAttribute(
                "events",
                plans.steps(plan.id()).stream()
                        .filter(step -> java.util.Set.of("withdrawn", "suspended", "reinstated", "revoked")
                                .contains(step.kind()))
                        .toList());
        return "plans/public-plan";
    }
}
