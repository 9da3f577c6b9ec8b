package org.exovigil.app.products;

import java.util.Arrays;
import java.util.List;
import org.exovigil.app.portal.Vocabulary;
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

/** Products and lots for regulators and committees: dossiers, release tests, consistency, reports. */
@Controller
class ProductsController {

    private final ProductRegister register;

    ProductsController(ProductRegister register) {
        this.register = register;
    }

    @GetMapping("/registry/products")
    String products(Model model) {
        model.addAttribute("products", register.products());
        return "products/products";
    }

    @GetMapping("/registry/products/{id}")
    String product(@PathVariable long id, Model model) {
        var product = register.product(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Dossier dossier = register.dossierOf(id);
        model.addAttribute("product", product);
        model.addAttribute("dossier", dossier);
        model.addAttribute("score", dossier.score(register.rules()));
        model.addAttribute("ratio", dossier.particlesPerUgProtein());
        model.addAttribute("lots", register.lots(id));
        model.addAttribute("routes", Vocabulary.ROUTES);
        model.addAttribute("chart", ControlChart.of(register.valuesAcrossLots(id, "particle_concentration")));
        return "products/product";
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
        if (lotNumber.isBlank() || lotNumber.length() > 35 || doseMl <= 0 || !Vocabulary.ROUTES.contains(route)) {
            redirect.addFlashAttribute(
                    "refusal", "EXO-1703 a lot needs a number (up to 35 characters), a route and a dose in mL");
            return "redirect:/registry/products/" + id;
        }
        long lot = register.addLot(id, lotNumber, route, doseMl, who.getName());
        return "redirect:/registry/lots/" + lot;
    }

    @GetMapping("/registry/lots/{id}")
    String lot(@PathVariable long id, Model model) {
        var lot = register.lot(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("lot", lot);
        model.addAttribute("results", register.results(id));
        model.addAttribute("decision", register.decision(id));
        model.addAttribute("tests", tests());
        model.addAttribute("cases", register.casesOf(id));
        model.addAttribute(
                "limit",
                lot.route() == null || lot.doseMl() == null
                        ? null
                        : EndotoxinLimit.of(lot.route(), lot.doseMl(), register.rules()));
        return "products/lot";
    }

    @PostMapping("/registry/lots/{id}/tests")
    String test(
            @PathVariable long id,
            @RequestParam String test,
            @RequestParam(required = false) Boolean passed,
            @RequestParam(required = false) Double value,
            Authentication who,
            RedirectAttributes redirect) {
        register.lot(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!tests().contains(test)) {
            redirect.addFlashAttribute("refusal", "EXO-1704 test: expected one of " + tests());
            return "redirect:/registry/lots/" + id;
        }
        try {
            register.recordTest(id, test, passed, value, who.getName());
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/registry/lots/" + id;
    }

    private List<String> tests() {
        var all = new java.util.ArrayList<>(register.rules().requiredTests());
        all.addAll(register.rules().optionalTests());
        return all;
    }

    private static List<String> names(String text) {
        return Arrays.stream(text.split("[,;\\s]+"))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }
}
