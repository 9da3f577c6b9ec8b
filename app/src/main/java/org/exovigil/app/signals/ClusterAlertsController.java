package org.exovigil.app.signals;

import java.util.List;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The regulator's cluster alerts: open ones first, with the cases behind each and a decision to record. */
@Controller
class ClusterAlertsController {

    private static final List<String> STATUSES = List.of("open", "confirmed", "dismissed", "withdrawn");

    private final ClusterAlerts alerts;

    ClusterAlertsController(ClusterAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/regulator/alerts")
    String alerts(@RequestParam(defaultValue = "open") String status, Model model) {
        String shown = STATUSES.contains(status) ? status : "open";
        model.addAttribute("status", shown);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("alerts", alerts.withStatus(shown));
        model.addAttribute("rules", alerts.rules());
        return "signals/alerts";
    }

    @PostMapping("/regulator/alerts/{id}/decision")
    String decide(
            @PathVariable long id,
            @RequestParam String decision,
            @RequestParam(defaultValue = "") String reason,
            Authentication reviewer,
            RedirectAttributes redirect) {
        if (alerts.decide(id, decision, reason, reviewer.getName()) instanceof Outcome.Refused<Void>(Refusal refusal)) {
            redirect.addFlashAttribute("refusal", refusal);
        }
        return "redirect:/regulator/alerts";
    }
}
