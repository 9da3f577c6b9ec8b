package org.exovigil.app.rulebook;

import java.util.Map;
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
        model.addAttribute(
                "jurisdictions",
                TreatmentDescription.JURISDICTIONS.stream()
                        .map(JurisdictionLabel::of)
                        .toList());
        model.addAllAttributes(Map.of(
                "productTypes", TreatmentDescription.PRODUCT_TYPES,
                "sources", TreatmentDescription.SOURCES,
                "donors", TreatmentDescription.DONORS,
                "positionings", TreatmentDescription.POSITIONINGS,
                "settings", TreatmentDescription.SETTINGS,
                "routes", TreatmentDescription.ROUTES,
                "indications", TreatmentDescription.INDICATIONS,
                "administrators", TreatmentDescription.ADMINISTRATORS,
                "claims", TreatmentDescription.CLAIMS,
                "authorizations", rulebook.codes("authorization_types")));
        // A value that does not convert (a date such as 31/5/2025 typed into the address) can leave no description;
        // the form is then shown empty. "offering" is what the form shows, kept apart from the binding's own name.
        model.addAttribute("offering", description == null ? TreatmentDescription.empty() : description);
        if (description == null) {
            model.addAttribute("unreadable", true);
            return "rulebook/treatment";
        }
        if (!description.asked()) return "rulebook/treatment";
        if (!description.knownJurisdiction() || binding.hasErrors()) {
            model.addAttribute("unreadable", true);
            return "rulebook/treatment";
        }
        try {
            var assessment =
                    rulebook.classify(description.toOffering(rulebook.codes("authorization_types")), null, null);
            model.addAttribute("assessment", assessment);
            if (assessment.lawOf() != null && !assessment.lawOf().equals(assessment.jurisdiction())) {
                // A member state is judged by EU law: say so, or the reader wonders why the sources are EU ones.
                model.addAttribute("lawOf", JurisdictionLabel.of(assessment.lawOf()));
            }
        } catch (RulebookException e) {
            // The form offers only codes the rulebook knows, so this is a hand-edited address: say so plainly.
            model.addAttribute("unreadable", true);
        }
        return "rulebook/treatment";
    }
}
