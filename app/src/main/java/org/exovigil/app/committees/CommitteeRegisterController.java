package org.exovigil.app.committees;

import org.exovigil.app.refusals.Outcome;
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

/** The regulator's register of certified committees: registering one, and seating its members. */
@Controller
class CommitteeRegisterController {

    private final CertifiedCommittees committees;

    CommitteeRegisterController(CertifiedCommittees committees) {
        this.committees = committees;
    }

    @GetMapping("/regulator/committees")
    String list(Model model) {
        model.addAttribute("committees", committees.all());
        return "committees/register";
    }

    @PostMapping("/regulator/committees")
    String register(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String certificationNumber,
            Authentication who,
            RedirectAttributes redirect) {
        refused(committees.register(name, certificationNumber, who.getName()), redirect);
        return "redirect:/regulator/committees";
    }

    @PostMapping("/regulator/committees/{id}/members")
    String seat(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String principal,
            Authentication who,
            RedirectAttributes redirect) {
        committees.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        refused(committees.seat(id, principal, who.getName()), redirect);
        return "redirect:/regulator/committees";
    }

    private static void refused(Outcome<?> outcome, RedirectAttributes redirect) {
        if (!outcome.isDone()) {
            redirect.addFlashAttribute("refusal", outcome.refusal());
        }
    }
}
