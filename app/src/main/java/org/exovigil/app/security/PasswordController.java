package org.exovigil.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.exovigil.app.portal.TimeText;
import org.exovigil.app.refusals.Refusal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a signed-in person changes their own password (OWASP ASVS 4.0.3 V2.1.5, V2.1.6) or the address their
 * letters go to. The current password is asked first, and a wrong one counts against the sign-in throttle like a
 * failed login: a borrowed session must not become a way to guess it.
 */
@Controller
class PasswordController {

    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final TimeText times;

    PasswordController(Accounts accounts, LoginThrottle throttle, TimeText times) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.times = times;
    }

    @GetMapping("/account/password")
    String form(Principal principal, Model model) {
        model.addAttribute("minLength", Accounts.MIN_PASSWORD_LENGTH);
        model.addAttribute("address", accounts.addressOf(principal.getName()).orElse(""));
        return "security/password";
    }

    @PostMapping("/account/email")
    String changeEmail(
            Principal principal,
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        String name = principal.getName();
        var locked = throttle.lockedUntil(name, request.getRemoteAddr());
        if (locked.isPresent()) {
            return refuse(Refusal.of(AccountRefusal.LOCKED, times.momentAndZone(locked.get())), principal, model);
        }
        try {
            accounts.changeOwnEmail(name, current, email);
        } catch (AccountRefused refused) {
            if (refused.refusal().code() == AccountRefusal.CURRENT_PASSWORD_WRONG) {
                throttle.failed(name, request.getRemoteAddr());
            }
            return refuse(refused.refusal(), principal, model);
        }
        redirect.addFlashAttribute("emailChanged", true);
        return "redirect:/account/password";
    }

    @PostMapping("/account/password")
    String change(
            Principal principal,
            @RequestParam String current,
            @RequestParam String password,
            @RequestParam String confirmation,
            HttpServletRequest request,
            Model model) {
        String name = principal.getName();
        var locked = throttle.lockedUntil(name, request.getRemoteAddr());
        if (locked.isPresent()) {
            return refuse(Refusal.of(AccountRefusal.LOCKED, times.momentAndZone(locked.get())), principal, model);
        }
        if (!password.equals(confirmation)) {
            return refuse(Refusal.of(AccountRefusal.PASSWORDS_DIFFER), principal, model);
        }
        try {
            accounts.changePassword(name, current, password);
        } catch (AccountRefused refused) {
            if (refused.refusal().code() == AccountRefusal.CURRENT_PASSWORD_WRONG) {
                throttle.failed(name, request.getRemoteAddr());
            }
            return refuse(refused.refusal(), principal, model);
        }
        // Every session signed in with the old password has ended; this one too, so the person signs in anew.
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/login?changed";
    }

    private String refuse(Refusal refusal, Principal principal, Model model) {
        model.addAttribute("refusal", refusal);
        return form(principal, model);
    }
}
