package org.exovigil.app.security;

import org.exovigil.app.refusals.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page behind a one-time setup link, where a new user chooses a password. */
@Controller
class SetupController {

    private final Accounts accounts;

    SetupController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/setup/{token}")
    String form(@PathVariable String token, Model model) {
        return accounts.invited(token)
                .map(account -> {
                    model.addAttribute("account", account);
                    model.addAttribute("token", token);
                    model.addAttribute("minLength", Accounts.MIN_PASSWORD_LENGTH);
                    return "security/setup";
                })
                .orElse("security/setup-expired");
    }

    @PostMapping("/setup/{token}")
    String complete(
            @PathVariable String token, @RequestParam String password, @RequestParam String confirmation, Model model) {
        if (accounts.invited(token).isEmpty()) {
            return "security/setup-expired";
        }
        if (!password.equals(confirmation)) {
            return refuse(token, Refusal.of(AccountRefusal.PASSWORDS_DIFFER), model);
        }
        try {
            accounts.completeSetup(token, password);
            return "redirect:/login?ready";
        } catch (AccountRefused refused) {
            return refuse(token, refused.refusal(), model);
        }
    }

    private String refuse(String token, Refusal refusal, Model model) {
        model.addAttribute("refusal", refusal);
        return form(token, model);
    }
}
