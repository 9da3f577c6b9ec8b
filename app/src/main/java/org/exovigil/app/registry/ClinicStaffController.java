package org.exovigil.app.registry;

import org.exovigil.app.security.AccountRefused;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where an administrator links a clinic person's existing account to the clinic they act for, from the
 * administration page (the command line does the same with {@code ./exovigil admin link}).
 */
@Controller
class ClinicStaffController {

    private final ProviderStaff staff;

    ClinicStaffController(ProviderStaff staff) {
        this.staff = staff;
    }

    @PostMapping("/admin/clinic-staff")
    String link(@RequestParam String name, @RequestParam(required = false) Long provider, RedirectAttributes redirect) {
        try {
            if (provider == null) {
                throw new AccountRefused(RegistryRefusal.NO_SUCH_PROVIDER, "");
            }
            Provider linked = staff.linkExisting(name, provider, null);
            redirect.addFlashAttribute("linkedName", name);
            redirect.addFlashAttribute("linkedProvider", linked);
        } catch (AccountRefused refused) {
            redirect.addFlashAttribute("refusal", refused.refusal());
        }
        return "redirect:/admin";
    }
}
