package org.exovigil.app.rulebook;

import java.util.List;
import org.exovigil.rulebook.Rulebook;
import org.exovigil.rulebook.RulebookException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * "Check a treatment": a patient or a clinic describes an offering in plain words and reads what the law
 * says of it. The form is sent with GET, so an answer has an address that can be shared, bookmarked or
 * switched to the other language, and nothing is stored.
 */
@Controller
class TreatmentCheckController {

    private final Rulebook rulebook;

    TreatmentCheckController(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    @GetMapping("/check/treatment")
    String check(@ModelAttribute("described") TreatmentDescription description, BindingResult binding, Model model) {
        model.addAttribute("page", answer(description, binding));
        return "rulebook/treatment";
    }

    private TreatmentPage answer(TreatmentDescription description, BindingResult binding) {
        List<String> authorizations = rulebook.codes("authorization_types");
        // A value that does not convert (a date such as 31/5/2025 typed into the address) can leave no description;
        // the form is then shown empty. The page's "offering" is what the form shows, kept apart from the binding's
        // own name.
        if (description == null) {
            return TreatmentPage.unreadable(TreatmentDescription.empty(), authorizations);
        }
        if (!description.asked()) {
            return TreatmentPage.unanswered(description, authorizations);
        }
        if (!description.knownJurisdiction() || binding.hasErrors()) {
            return TreatmentPage.unreadable(description, authorizations);
        }
        try {
            return TreatmentPage.answered(
                    description, authorizations, rulebook.classify(description.toOffering(authorizations), null, null));
        } catch (RulebookException e) {
            // The form offers only codes the rulebook knows, so this is a hand-edited address: say so plainly.
            return TreatmentPage.unreadable(description, authorizations);
        }
    }
}
