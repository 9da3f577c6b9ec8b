package org.exovigil.app.registry;

import java.util.Map;
import java.util.stream.Collectors;
import org.exovigil.app.products.LotRestrictions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Check before you get it": the public looks a clinic up in the register. */
@Controller
class CheckController {

    private final Providers providers;
    private final LotRestrictions restrictions;

    CheckController(Providers providers, LotRestrictions restrictions) {
        this.providers = providers;
        this.restrictions = restrictions;
    }

    @GetMapping("/check")
    String check(@RequestParam(name = "q", required = false) String query, Model model) {
        model.addAttribute("registered", providers.count());
        if (query != null && !query.isBlank()) {
            model.addAttribute("query", query.strip());
            var results = providers.search(query);
            model.addAttribute("results", results);
            // Lots the regulator held or recalled that each clinic found has given, shown beside it.
            Map<Long, ?> held = results.stream()
                    .collect(Collectors.toMap(
                            Provider::id, provider -> restrictions.administeredBy(provider.id()), (a, b) -> a));
            model.addAttribute("heldLots", held);
        }
        return "registry/check";
    }
}
