package org.exovigil.app.plans;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public register of accepted provision plans: who is authorised to give what, by which number. */
@Controller
class RegisterController {

    private final ProvisionPlans plans;

    RegisterController(ProvisionPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/check/register")
    String register(Model model) {
        model.addAttribute("plans", plans.accepted(null));
        return "plans/register";
    }
}
