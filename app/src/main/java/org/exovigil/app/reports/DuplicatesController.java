package org.exovigil.app.reports;

import java.util.List;
import java.util.UUID;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The regulator's review of suspected duplicate reports: each pair side by side with the matcher's
 * evidence, to confirm as one case or reject as two.
 */
@Controller
class DuplicatesController {

    private static final List<String> STATUSES = List.of("suspected", "confirmed", "rejected");

    private final CaseDuplicates duplicates;

    DuplicatesController(CaseDuplicates duplicates) {
        this.duplicates = duplicates;
    }

    @GetMapping("/regulator/duplicates")
    String pairs(@RequestParam(defaultValue = "suspected") String status, Model model) {
        String shown = STATUSES.contains(status) ? status : "suspected";
        model.addAttribute("status", shown);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("pairs", duplicates.pairs(shown));
        return "reports/duplicates";
    }

    @PostMapping("/regulator/duplicates/decision")
    String decide(
            @RequestParam UUID first,
            @RequestParam UUID second,
            @RequestParam String decision,
            @RequestParam(defaultValue = "") String reason,
            Authentication reviewer,
            RedirectAttributes redirect) {
        Outcome<Void> outcome = decision.equals("confirmed") || decision.equals("rejected")
                ? duplicates.decide(first, second, decision.equals("confirmed"), reason, reviewer.getName())
                : Outcome.refused(ReportRefusal.DUPLICATE_DECISION);
        if (outcome instanceof Outcome.Refused<Void>(Refusal refusal)) {
            redirect.addFlashAttribute("refusal", refusal);
        }
        return "redirect:/regulator/duplicates";
    }
}
