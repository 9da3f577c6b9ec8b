package org.exovigil.app.watch;

import java.util.Locale;
import org.exovigil.app.plans.AnnualReports;
import org.exovigil.app.plans.ProvisionPlans;
import org.exovigil.app.products.ExposureRate;
import org.exovigil.app.products.LotRestrictions;
import org.exovigil.app.registry.Providers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** "Check a clinic": one clinic, what its pages claim, which claims are false and why, and the red flags. */
@Controller
class ClinicController {

    private final Providers providers;
    private final ClinicClaims claims;
    private final ProvisionPlans plans;
    private final AnnualReports annualReports;
    private final LotRestrictions restrictions;

    ClinicController(
            Providers providers,
            ClinicClaims claims,
            ProvisionPlans plans,
            AnnualReports annualReports,
            LotRestrictions restrictions) {
        this.restrictions = restrictions;
        this.annualReports = annualReports;
        this.providers = providers;
        this.claims = claims;
        this.plans = plans;
    }

    @GetMapping("/check/clinic/{id}")
    String clinic(@PathVariable long id, Model model, Locale locale) {
        var provider = providers.findPublic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("provider", provider);
        model.addAttribute("view", claims.of(id, locale));
        model.addAttribute("plans", plans.registered(id));
        model.addAttribute("lotRestrictions", restrictions.administeredBy(id));
        long patients = annualReports.patientsTreated(id);
        model.addAttribute("rate", patients == 0 ? null : ExposureRate.of(annualReports.reportsNaming(id), patients));
        return "watch/clinic";
    }
}
