package org.exovigil.app.terminology;

import java.util.UUID;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
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

/**
 * A regulator codes a case's reactions (the form sits on the case page) and reviews the codes a newer MedDRA release
 * changed. Regulators only (SecurityConfiguration): coding is a medical judgement on the case.
 */
@Controller
class CodingController {

    /** How many changes the review page lists. */
    static final int LISTED = 500;

    private final CodingDecisions decisions;
    private final ReactionCodes codes;
    private final Recodes recodes;

    CodingController(CodingDecisions decisions, ReactionCodes codes, Recodes recodes) {
        this.decisions = decisions;
        this.codes = codes;
        this.recodes = recodes;
    }

    @PostMapping("/regulator/reports/{id}/codes/{reaction}")
    String code(
            @PathVariable UUID id,
            @PathVariable int reaction,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String shown,
            Authentication regulator,
            RedirectAttributes redirect) {
        if (codes.currentVerbatims(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        refused(decisions.code(id, reaction, code, shown, regulator.getName()), "codingRefusal", redirect);
        return "redirect:/regulator/reports/" + id + "#coding";
    }

    @GetMapping("/regulator/coding")
    String changes(Model model) {
        model.addAttribute("changes", recodes.list(LISTED));
        model.addAttribute("unreviewed", recodes.unreviewed());
        return "terminology/changes";
    }

    @PostMapping("/regulator/coding/{change}/reviewed")
    String reviewed(@PathVariable long change, Authentication regulator, RedirectAttributes redirect) {
        refused(decisions.review(change, regulator.getName()), "refusal", redirect);
        return "redirect:/regulator/coding";
    }

    private static void refused(Outcome<Void> outcome, String where, RedirectAttributes redirect) {
        if (outcome instanceof Outcome.Refused<Void>(Refusal refusal)) {
            redirect.addFlashAttribute(where, refusal);
        }
    }
}
