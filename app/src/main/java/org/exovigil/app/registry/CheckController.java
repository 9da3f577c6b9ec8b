package org.exovigil.app.registry;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Check before you get it": the public looks a clinic up in the register. */
@Controller
class CheckController {

    private final Providers providers;

    CheckController(Providers providers) {
        this.providers = providers;
    }

    @GetMapping("/check")
    String check(@RequestParam(name = "q", required = false) String query, Model model) {
        model.addAttribute("registered", providers.count());
        if (query != null && !query.isBlank()) {
            model.addAttribute("query", query.strip());
            model.addAttribute("results", providers.search(query));
        }
        return "registry/check";
    }
}
