package org.exovigil.app.rulebook;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.exovigil.rulebook.Jurisdiction;
import org.exovigil.rulebook.Rulebook;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The "Law" section: the rulebook read by people. Every rule is shown as the engine applies it, with
 * its dates, how far it was checked, and links to its sources, so anyone can see what the answer of
 * "Check a treatment" rests on and when the law changed.
 */
@Controller
class LawController {

    private final Rulebook rulebook;
    private final Clock clock;

    LawController(Rulebook rulebook, Clock clock) {
        this.rulebook = rulebook;
        this.clock = clock;
    }

    /** One line of the list of jurisdictions. */
    record LawSummary(JurisdictionLabel label, LocalDate lawCurrentTo, int rules, int appliesTo) {}

    @GetMapping("/law")
    String laws(Model model) {
        model.addAttribute("version", rulebook.version());
        model.addAttribute(
                "laws",
                rulebook.laws().stream()
                        .sorted(Comparator.comparing(Jurisdiction::code))
                        .map(law -> new LawSummary(
                                JurisdictionLabel.of(law.code()),
                                law.lawCurrentTo(),
                                law.rules().size(),
                                law.appliesTo().size()))
                        .toList());
        return "rulebook/laws";
    }

    @GetMapping("/law/{code}")
    String law(@PathVariable String code, Model model) {
        var wanted = code.strip().toUpperCase(Locale.ROOT);
        var laws = rulebook.laws();
        var law = laws.stream().filter(l -> l.code().equals(wanted)).findFirst();
        if (law.isEmpty()) {
            // A member state or territory is governed by another file's law (DE by EU, PR by US): show that one.
            return laws.stream()
                    .filter(l -> l.appliesTo().contains(wanted))
                    .findFirst()
                    .map(l -> "redirect:/law/" + l.code())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute(
                "page",
                LawPage.of(
                        law.get(),
                        rulebook.version(),
                        today,
                        rulebook.informationPowers(law.get().code(), null, today)));
        return "rulebook/law";
    }
}
