package org.exovigil.app.reports;

import org.exovigil.app.registry.ProviderMembers;
import org.exovigil.app.security.SenderPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A provider's own cases: the reports that name its clinic and those its people sent. */
@Controller
class ProviderCasesController {

    private final ProviderMembers members;
    private final ReportStore store;

    ProviderCasesController(ProviderMembers members, ReportStore store) {
        this.members = members;
        this.store = store;
    }

    @GetMapping("/provider/cases")
    String cases(Authentication reader, Model model) {
        var provider = members.providerOf(reader.getName());
        model.addAttribute("provider", provider.orElse(null));
        provider.ifPresent(found -> {
            model.addAttribute(
                    "cases",
                    store.providerCases(found.id(), SenderPrincipal.of(reader), RegulatorQueueController.PAGE));
        });
        return "reports/provider-cases";
    }
}
