package org.exovigil.app.plans;

import java.util.List;
import java.util.Objects;
import org.exovigil.app.products.ExposureRate;
import org.exovigil.app.products.ProductExposure;
import org.exovigil.app.products.ProductExposures;
import org.exovigil.app.products.ProductRegister;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public register of provision plans: who is authorised to give what, by which number, in which
 * version, and which plans were withdrawn, suspended or revoked; each plan's public history; and the
 * adverse-event rates per 1,000 patients treated of the products and clinics on it.
 */
@Controller
class RegisterController {

    private final ProvisionPlans plans;
    private final AnnualReports annualReports;
    private final ProductRegister products;
    private final ProductExposures exposures;

    RegisterController(
            ProvisionPlans plans, AnnualReports annualReports, ProductRegister products, ProductExposures exposures) {
        this.plans = plans;
        this.annualReports = annualReports;
        this.products = products;
        this.exposures = exposures;
    }

    /** A product on the register and its rates. */
    record ProductRate(long id, String name, ProductExposure exposure) {}

    /** A clinic on the register and its rates; null rates without patients. */
    record ClinicRate(long id, String name, long patients, ExposureRate all, ExposureRate serious) {}

    @GetMapping("/check/register")
    String register(Model model) {
        List<ProvisionPlan> registered = plans.registered(null);
        model.addAttribute("plans", registered);
        model.addAttribute(
                "productRates",
                registered.stream()
                        .map(ProvisionPlan::productId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .flatMap(id -> products.product(id).stream())
                        .map(product -> new ProductRate(product.id(), product.name(), exposures.of(product.id())))
                        .toList());
        model.addAttribute(
                "clinicRates",
                registered.stream()
                        .map(ProvisionPlan::providerId)
                        .distinct()
                        .map(id -> clinicRate(id, registered))
                        .toList());
        return "plans/register";
    }

    private ClinicRate clinicRate(long providerId, List<ProvisionPlan> registered) {
        String name = registered.stream()
                .filter(plan -> plan.providerId() == providerId)
                .findFirst()
                .orElseThrow()
                .providerName();
        long patients = annualReports.patientsTreated(providerId);
        return patients == 0
                ? new ClinicRate(providerId, name, 0, null, null)
                : new ClinicRate(
                        providerId,
                        name,
                        patients,
                        ExposureRate.of(annualReports.reportsNaming(providerId), patients),
                        ExposureRate.of(annualReports.seriousReportsNaming(providerId), patients));
    }

    @GetMapping("/check/register/{number}")
    String plan(@PathVariable String number, Model model) {
        ProvisionPlan plan =
                plans.byNumber(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("plan", plan);
        model.addAttribute(
                "versions",
                plans.versions(plan.id()).stream()
                        .filter(version -> version.state() == VersionStatus.ACCEPTED)
                        .toList());
        model.addAttribute(
                "events",
                plans.steps(plan.id()).stream()
                        .filter(step -> java.util.Set.of("withdrawn", "suspended", "reinstated", "revoked")
                                .contains(step.kind()))
                        .toList());
        return "plans/public-plan";
    }
}
