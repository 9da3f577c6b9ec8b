package org.exovigil.app.registry;

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

/** The regulator's page for the clinics and products reports have named and nobody has reviewed yet. */
@Controller
class RegistryReviewController {

    private final RegistryReview review;

    RegistryReviewController(RegistryReview review) {
        this.review = review;
    }

    @GetMapping("/regulator/registry")
    String pending(Model model) {
        model.addAttribute("providers", review.pendingProviders());
        model.addAttribute("products", review.pendingProducts());
        return "registry/review";
    }

    @PostMapping("/regulator/registry/{kind}/{id}/confirm")
    String confirm(
            @PathVariable String kind, @PathVariable long id, Authentication reviewer, RedirectAttributes redirect) {
        return after(review.confirm(kind(kind), id, reviewer.getName()), redirect);
    }

    @PostMapping("/regulator/registry/{kind}/{id}/merge")
    String merge(
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam long into,
            Authentication reviewer,
            RedirectAttributes redirect) {
        return after(review.merge(kind(kind), id, into, reviewer.getName()), redirect);
    }

    private static String after(Outcome<Void> outcome, RedirectAttributes redirect) {
        if (outcome instanceof Outcome.Refused<Void>(Refusal refusal)) {
            redirect.addFlashAttribute("refusal", refusal);
        }
        return "redirect:/regulator/registry";
    }

    private static RegistryReview.Kind kind(String code) {
        for (RegistryReview.Kind kind : RegistryReview.Kind.values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
}
