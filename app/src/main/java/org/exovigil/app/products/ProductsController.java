package org.exovigil.app.products;

import java.util.Arrays;
import java.util.List;
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
 * Products and lots for regulators and committees: dossiers, specifications, release tests, consistency,
 * reports.
 */
@Controller
class ProductsController {

    private final ProductRegister register;
    private final LotRestrictions restrictions;
    private final ProductExposures exposures;

    ProductsController(ProductRegister register, LotRestrictions restrictions, ProductExposures exposures) {
        this.register = register;
        this.restrictions = restrictions;
        this.exposures = exposures;
    }

    @GetMapping("/registry/products")
    String products(Model model) {
        model.addAttribute("products", register.products());
        return "products/products";
    }

    @GetMapping("/registry/products/{id}")
    String product(@PathVariable long id, Model model) {
        var product = register.product(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", ProductPage.of(product, register, exposures));
        model.addAttribute("lotRestrictions", restrictions.ofProduct(id));
        return "products/product";
    }

    /** Sets the product's own specification; a refusal names its code and the field. */
    @PostMapping("/registry/products/{id}/specification")
    String specification(
            @PathVariable long id,
            @RequestParam(required = false) List<String> required,
            @RequestParam(required = false) Double particleConcentrationMin,
            @RequestParam(required = false) Double particleConcentrationMax,
            @RequestParam(required = false) Double particleSizeMin,
            @RequestParam(required = false) Double particleSizeMax,
            @RequestParam(defaultValue = "mode") String sizeMeasure,
            @RequestParam(required = false) Double proteinMin,
            @RequestParam(required = false) Double proteinMax,
            @RequestParam(required = false) Double particlesPerUgProteinMin,
            @RequestParam(defaultValue = "") String potencyAssay,
            @RequestParam(defaultValue = "") String potencyUnit,
            @RequestParam(required = false) Double potencyMin,
            @RequestParam(defaultValue = "") String identityPositive,
            @RequestParam(defaultValue = "") String identityNegative,
            @RequestParam(defaultValue = "") String reason,
            Authentication who,
            RedirectAttributes redirect) {
        register.product(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var draft = new Specification(
                0,
                required == null ? List.of() : required,
                new Specification.Range(particleConcentrationMin, particleConcentrationMax),
                new Specification.Range(particleSizeMin, particleSizeMax),
                sizeMeasure,
                new Specification.Range(proteinMin, proteinMax),
                particlesPerUgProteinMin,
                new Specification.Potency(blankToNull(potencyAssay), blankToNull(potencyUnit), potencyMin),
                names(identityPositive),
                names(identityNegative));
        refused(register.setSpecification(id, draft, reason, who.getName()), redirect);
        return "redirect:/registry/products/" + id;
    }

    @PostMapping("/registry/products/{id}/dossier")
    String dossier(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String sourceQuantity,
            @RequestParam(required = false) Double particlesPerMl,
            @RequestParam(required = false) Double proteinUgPerMl,
            @RequestParam(required = false) Double lipidNmolPerMl,
            @RequestParam(defaultValue = "") String positiveMarkers,
            @RequestParam(defaultValue = "") String negativeMarkers,
            @RequestParam(defaultValue = "") String singleVesicleImaging,
            @RequestParam(defaultValue = "") String singleVesicleCounting,
            Authentication who) {
        register.product(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        register.saveDossier(
                id,
                new Dossier(
                        sourceQuantity.strip(),
                        particlesPerMl,
                        proteinUgPerMl,
                        lipidNmolPerMl,
                        names(positiveMarkers),
                        names(negativeMarkers),
                        singleVesicleImaging.strip(),
                        singleVesicleCounting.strip()),
                who.getName());
        return "redirect:/registry/products/" + id;
    }

    @PostMapping("/registry/products/{id}/lots")
    String addLot(
            @PathVariable long id,
            @RequestParam String lotNumber,
            @RequestParam String route,
            @RequestParam double doseMl,
            Authentication who,
            RedirectAttributes redirect) {
        return switch (register.addLot(id, lotNumber, route, doseMl, who.getName())) {
            case Outcome.Done<Long>(Long lot) -> "redirect:/registry/lots/" + lot;
            case Outcome.Refused<Long> refusedLot -> {
                refused(refusedLot, redirect);
                // A lot of that number exists: the refusal leads to its page, where its label is corrected.
                register.lot(id, lotNumber)
                        .ifPresent(lot -> redirect.addFlashAttribute("existingLot", lot.id())
                                .addFlashAttribute("existingLotNumber", lot.lotNumber()));
                yield "redirect:/registry/products/" + id;
            }
        };
    }

    @GetMapping("/registry/lots/{id}")
    String lot(@PathVariable long id, Model model) {
        var lot = register.lot(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", LotPage.of(lot, register, exposures));
        model.addAttribute("lotRestrictions", restrictions.ofLot(id));
        return "products/lot";
    }

    @PostMapping("/registry/lots/{id}/label")
    String relabel(
            @PathVariable long id,
            @RequestParam String route,
            @RequestParam double doseMl,
            Authentication who,
            RedirectAttributes redirect) {
        register.lot(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        refused(register.relabelLot(id, route, doseMl, who.getName()), redirect);
        return "redirect:/registry/lots/" + id;
    }

    /** How many administrations the lot's doses were given in, the denominator of its rate. */
    @PostMapping("/registry/lots/{id}/administrations")
    String administrations(
            @PathVariable long id,
            @RequestParam(required = false) Integer administrations,
            Authentication who,
            RedirectAttributes redirect) {
        register.lot(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        refused(exposures.recordAdministrations(id, administrations, who.getName()), redirect);
        return "redirect:/registry/lots/" + id;
    }

    @PostMapping("/registry/lots/{id}/tests")
    String test(
            @PathVariable long id,
            @RequestParam String test,
            @RequestParam(required = false) Boolean passed,
            @RequestParam(required = false) Double value,
            @RequestParam(defaultValue = "") String found,
            @RequestParam(defaultValue = "") String absent,
            Authentication who,
            RedirectAttributes redirect) {
        register.lot(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        refused(
                test.equals(Specification.IDENTITY)
                        ? register.recordIdentity(id, names(found), names(absent), who.getName())
                        : register.recordTest(id, test, passed, value, who.getName()),
                redirect);
        return "redirect:/registry/lots/" + id;
    }

    /** A refusal is shown once, on the page the redirect leads to. */
    private static void refused(Outcome<?> outcome, RedirectAttributes redirect) {
        if (!outcome.isDone()) {
            redirect.addFlashAttribute("refusal", outcome.refusal());
        }
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static List<String> names(String text) {
        return Arrays.stream(text.split("[,;\\s]+"))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }
}
