package org.exovigil.app.rulebook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.exovigil.rulebook.Rulebook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Where is this allowed?": the offering described on the "Check a treatment" form under the law of all
 * fourteen jurisdictions side by side, each row linking to its full reasoning, and the same table as
 * CSV for researchers. Read with GET and stored nowhere, like the form itself.
 */
@Controller
class WhereAllowedController {

    private final Rulebook rulebook;

    WhereAllowedController(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    @GetMapping("/check/everywhere")
    String everywhere(
            @ModelAttribute("described") TreatmentDescription description, BindingResult binding, Model model) {
        if (description == null || binding.hasErrors()) {
            model.addAttribute("unreadable", true);
            return "rulebook/everywhere";
        }
        var rows = rows(description);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "labels",
                rows.stream().map(r -> JurisdictionLabel.of(r.jurisdiction())).toList());
        model.addAttribute(
                "reasoning",
                rows.stream().map(r -> reasoningLink(r.jurisdiction())).toList());
        model.addAttribute("csv", relative("/check/everywhere.csv").build().toUriString());
        return "rulebook/everywhere";
    }

    @GetMapping(path = "/check/everywhere.csv", produces = "text/csv")
    ResponseEntity<String> csv(@ModelAttribute("described") TreatmentDescription description, BindingResult binding) {
        if (description == null || binding.hasErrors()) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("The description could not be read; expected the fields of the Check a treatment form.\n");
        }
        var out = new StringBuilder(WhereAllowed.CSV_HEADER).append("\r\n");
        rows(description).forEach(row -> out.append(row.csv()).append("\r\n"));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("where-allowed.csv")
                                .build()
                                .toString())
                .body(out.toString());
    }

    private List<WhereAllowed> rows(TreatmentDescription description) {
        return rulebook
                .classifyEverywhere(description.toOffering(rulebook.codes("authorization_types")), description.date())
                .stream()
                .map(WhereAllowed::of)
                .toList();
    }

    /** The current query on another path, relative: the Host header never goes into a link. */
    private static UriComponentsBuilder relative(String path) {
        var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(path).query(request.getQueryString());
    }

    /** The same description on the "Check a treatment" page, asked of one jurisdiction. */
    private static String reasoningLink(String jurisdiction) {
        return relative("/check/treatment")
                .replaceQueryParam("jurisdiction", jurisdiction)
                .build()
                .toUriString();
    }
}
