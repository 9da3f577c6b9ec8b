package org.exovigil.app.signalmanagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.exovigil.app.products.ProductRegister;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.signal.PriorityLevel;
import org.exovigil.vigilance.signal.SignalAction;
import org.exovigil.vigilance.signal.SignalSource;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The regulator's signals: open ones by priority score, a page per signal, and raising one from its source. */
@Controller
class SignalsManagementController {

    private final SignalManagement signals;
    private final ProductRegister products;
    private final Clock clock;

    SignalsManagementController(SignalManagement signals, ProductRegister products, Clock clock) {
        this.signals = signals;
        this.products = products;
        this.clock = clock;
    }

    @GetMapping("/regulator/signals")
    String list(Model model) {
        model.addAttribute("signals", signals.open());
        model.addAttribute("marketingRises", signals.marketingRises());
        model.addAttribute("marketingRule", signals.marketingRule());
        return "signalmanagement/signals";
    }

    /**
     * Raises a signal from a cluster alert, a pair, a lot, a case or a rise in unlawful marketing, or opens the one
     * already open for it.
     */
    @PostMapping("/regulator/signals")
    String raise(
            @RequestParam String kind,
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String product,
            @RequestParam(defaultValue = "") String event,
            Authentication regulator,
            RedirectAttributes redirect) {
        var sourceKind = Coded.fromCode(SignalSource.Kind.class, kind);
        if (sourceKind.filter(SignalSource.Kind.DISPROPORTIONALITY::equals).isPresent()) {
            // A pair is named by its product and event; the source keeps them as one reference.
            reference = product + SignalSources.PAIR_SEPARATOR + event;
        }
        Outcome<Long> outcome = sourceKind.isEmpty()
                ? Outcome.refused(SignalManagementRefusal.SOURCE_KIND_UNKNOWN, kind)
                : signals.raise(sourceKind.get(), reference, regulator.getName());
        return switch (outcome) {
            case Outcome.Done<Long>(Long id) -> "redirect:/regulator/signals/" + id;
            case Outcome.Refused<Long>(Refusal refusal) -> {
                redirect.addFlashAttribute("refusal", refusal);
                yield "redirect:/regulator/signals";
            }
        };
    }

    @GetMapping("/regulator/signals/{id}")
    String signal(@PathVariable long id, Model model) {
        var view = signals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Long productId = view.stored().productId();
        model.addAttribute(
                "page",
                new SignalPage(
                        view,
                        productId == null ? List.<ProductRegister.LotSummary>of() : products.lots(productId),
                        LocalDate.now(clock)));
        return "signalmanagement/signal";
    }

    @PostMapping("/regulator/signals/{id}/steps")
    String step(
            @PathVariable long id,
            @RequestParam String step,
            @RequestParam(defaultValue = "") String priority,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String evidence,
            Authentication regulator,
            RedirectAttributes redirect) {
        signals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var chosen = Coded.fromCode(SignalManagement.Step.class, step);
        refused(
                chosen.isEmpty()
                        ? Outcome.refused(SignalManagementRefusal.STEP_UNKNOWN, step)
                        : signals.record(
                                id,
                                chosen.get(),
                                Coded.fromCode(PriorityLevel.class, priority).orElse(null),
                                reason,
                                evidence,
                                regulator.getName()),
                redirect);
        return "redirect:/regulator/signals/" + id;
    }

    @PostMapping("/regulator/signals/{id}/actions")
    String act(
            @PathVariable long id,
            @RequestParam String kind,
            @RequestParam(required = false) Long lot,
            @RequestParam(defaultValue = "") String plan,
            @RequestParam(defaultValue = "") String owner,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(defaultValue = "") String reason,
            Authentication regulator,
            RedirectAttributes redirect) {
        signals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var actionKind = Coded.fromCode(SignalAction.Kind.class, kind);
        refused(
                actionKind.isEmpty()
                        ? Outcome.refused(SignalManagementRefusal.ACTION_KIND_UNKNOWN, kind)
                        : signals.act(id, actionKind.get(), lot, plan, owner, dueOn, reason, regulator.getName()),
                redirect);
        return "redirect:/regulator/signals/" + id;
    }

    @PostMapping("/regulator/signals/{id}/actions/{number}/end")
    String end(
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(defaultValue = "") String reason,
            Authentication regulator,
            RedirectAttributes redirect) {
        signals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        refused(signals.end(id, number, reason, regulator.getName()), redirect);
        return "redirect:/regulator/signals/" + id;
    }

    /** A refusal is shown once, on the page the redirect leads to. */
    private static void refused(Outcome<?> outcome, RedirectAttributes redirect) {
        if (!outcome.isDone()) {
            redirect.addFlashAttribute("refusal", outcome.refusal());
        }
    }
}
