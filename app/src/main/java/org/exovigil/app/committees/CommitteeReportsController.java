package org.exovigil.app.committees;

import java.util.List;
import java.util.UUID;
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

/**
 * A committee member's reports: those under the plans the member's committee reviewed, each with its deadlines
 * and the committee's opinions, and the form to record one. A case of another committee is not found (404), so a
 * member cannot learn that it exists.
 */
@Controller
class CommitteeReportsController {

    private final CertifiedCommittees committees;
    private final CommitteeCases cases;

    CommitteeReportsController(CertifiedCommittees committees, CommitteeCases cases) {
        this.committees = committees;
        this.cases = cases;
    }

    @GetMapping("/committee/reports")
    String reports(Authentication member, Model model) {
        var committee = committees.ofMember(member.getName());
        model.addAttribute("committee", committee.orElse(null));
        model.addAttribute("cases", committee.map(found -> cases.of(found.id())).orElse(List.of()));
        return "committees/reports";
    }

    @GetMapping("/committee/reports/{id}")
    String report(@PathVariable UUID id, Authentication member, Model model) {
        var committee = committees.ofMember(member.getName()).orElseThrow(CommitteeReportsController::notFound);
        var found = cases.find(committee.id(), id).orElseThrow(CommitteeReportsController::notFound);
        model.addAttribute("committee", committee);
        model.addAttribute("found", found);
        model.addAttribute("deadlines", cases.deadlines(id));
        model.addAttribute("opinions", cases.opinionsOf(committee.id(), id));
        return "committees/report";
    }

    @PostMapping("/committee/reports/{id}/opinion")
    String opinion(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String opinion,
            Authentication member,
            RedirectAttributes redirect) {
        Outcome<Void> outcome =
                cases.recordOpinion(member.getName(), id, opinion).orElseThrow(CommitteeReportsController::notFound);
        if (!outcome.isDone()) {
            redirect.addFlashAttribute("refusal", outcome.refusal());
            redirect.addFlashAttribute("draft", opinion);
        }
        return "redirect:/committee/reports/" + id;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
