package org.exovigil.app.reports;

import java.util.List;
import java.util.UUID;
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
        boolean valid = (decision.equals("confirmed") || decision.equals("rejected")) && !reason.isBlank();
        if (!valid || !duplicates.decide(first, second, decision.equals("confirmed"), reason, reviewer.getName())) {
            redirect.addFlashAttribute(
                    "refusal", "EXO-1441 a pending pair is confirmed or rejected, with the grounds for it");
        }
        return "redirect:/regulator/duplicates";
    }
}
