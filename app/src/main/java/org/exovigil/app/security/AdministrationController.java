package org.exovigil.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import org.exovigil.app.PublicAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where an administrator invites people and issues or revokes API tokens. */
@Controller
class AdministrationController {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final LoginThrottle throttle;
    private final PublicAddress publicAddress;

    AdministrationController(Accounts accounts, ApiTokens tokens, LoginThrottle throttle, PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @GetMapping("/admin")
    String overview(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("addresses", accounts.addresses());
        model.addAttribute("tokens", tokens.active());
        model.addAttribute("roles", Role.fromLeastPrivileged());
        return "security/admin";
    }

    @PostMapping("/admin/accounts")
    String invite(
            @RequestParam String name,
            @RequestParam Role role,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "en") String language,
            RedirectAttributes redirect) {
        try {
            Invitation invitation = accounts.invite(name, role, email, Locale.forLanguageTag(language), baseUrl());
            shown(invitation, redirect);
        } catch (AccountRefused refused) {
            redirect.addFlashAttribute("refusal", refused.refusal());
        }
        return "redirect:/admin";
    }

    /** A new setup link; the old password stops working at once (see {@link Accounts#reinvite}). */
    @PostMapping("/admin/accounts/{name}/link")
    String reinvite(@PathVariable String name, RedirectAttributes redirect) {
        try {
            shown(accounts.reinvite(name, baseUrl()), redirect);
        } catch (AccountRefused refused) {
            redirect.addFlashAttribute("refusal", refused.refusal());
        }
        return "redirect:/admin";
    }

    /** Where the account's letters go from now on; a blank address stops them. */
    @PostMapping("/admin/accounts/{name}/email")
    String changeEmail(
            @PathVariable String name,
            @RequestParam(defaultValue = "") String email,
            Principal who,
            RedirectAttributes redirect) {
        try {
            accounts.changeEmail(name, email, who.getName());
            redirect.addFlashAttribute("emailChanged", name);
        } catch (AccountRefused refused) {
            redirect.addFlashAttribute("refusal", refused.refusal());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/accounts/{name}/disable")
    String disable(@PathVariable String name, RedirectAttributes redirect) {
        try {
            accounts.disable(name);
        } catch (AccountRefused refused) {
            redirect.addFlashAttribute("refusal", refused.refusal());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/accounts/{name}/enable")
    String enable(@PathVariable String name, RedirectAttributes redirect) {
        try {
            shown(accounts.enable(name, baseUrl()), redirect);
        } catch (AccountRefused refused) {
            redirect.addFlashAttribute("refusal", refused.refusal());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/accounts/{name}/unlock")
    String unlock(@PathVariable String name) {
        throttle.release(name);
        return "redirect:/admin";
    }

    @PostMapping("/admin/tokens")
    String issue(
            @RequestParam String name,
            @RequestParam Role role,
            @RequestParam(required = false) String account,
            RedirectAttributes redirect) {
        try {
            Long owner = account == null || account.isBlank()
                    ? null
                    : accounts.find(account)
                            .orElseThrow(() -> new AccountRefused(AccountRefusal.NO_SUCH_ACCOUNT, account))
                            .id();
            redirect.addFlashAttribute("token", tokens.issue(name, role, owner));
        } catch (AccountRefused refused) {
            redirect.addFlashAttribute("refusal", refused.refusal());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id) {
        tokens.revoke(id);
        return "redirect:/admin";
    }

    /** The link, for the administrator to pass on, and whether it is also on its way by e-mail. */
    private void shown(Invitation invitation, RedirectAttributes redirect) {
        redirect.addFlashAttribute("invitation", invitation.link(baseUrl()));
        redirect.addFlashAttribute("mailed", accounts.hasAddress(invitation.name()));
    }

    /** Setup links go to people, so they carry the configured public address, never the Host header. */
    private String baseUrl() {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return publicAddress.of(request);
    }
}
