package org.exovigil.app.signals;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signals page for regulators and researchers: the table with switchable thresholds, the plot of
 * EBGM against n, the cases behind a pair, and the table as CSV.
 */
@Controller
class SignalsController {

    static final int PAGE = 500;

    private final CaseSignals signals;

    SignalsController(CaseSignals signals) {
        this.signals = signals;
    }

    @GetMapping("/research/signals")
    String table(
            @RequestParam(defaultValue = "") String words,
            @RequestParam(required = false) List<String> threshold,
            @RequestParam(defaultValue = "eb05") String sort,
            Model model) {
        SignalTable table = signals.current();
        Set<Threshold> chosen = thresholds(threshold);
        SignalTable.Column column = SignalTable.Column.of(sort);
        List<SignalRow> rows = table.select(words, chosen, column);
        model.addAttribute("table", table);
        model.addAttribute("rows", rows.stream().limit(PAGE).toList());
        model.addAttribute("matching", rows.size());
        model.addAttribute("words", words);
        model.addAttribute("chosen", chosen);
        model.addAttribute("thresholds", Threshold.values());
        model.addAttribute("columns", SignalTable.Column.values());
        model.addAttribute("sort", column);
        model.addAttribute(
                "plot", EbgmPlot.of(table.rows(), row -> Threshold.EB05.passes(row) || Threshold.EVANS.passes(row)));
        return "signals/signals";
    }

    @GetMapping("/research/signals/pair")
    String pair(@RequestParam String product, @RequestParam String event, Authentication reader, Model model) {
        model.addAttribute(
                "row",
                signals.current().rows().stream()
                        .filter(row ->
                                row.product().equals(product) && row.event().equals(event))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("product", product);
        model.addAttribute("event", event);
        model.addAttribute("cases", signals.casesOf(product, event));
        model.addAttribute(
                "regulator", reader.getAuthorities().stream().anyMatch(role -> Set.of("ROLE_REGULATOR", "ROLE_ADMIN")
                        .contains(role.getAuthority())));
        return "signals/pair";
    }

    /** The whole table exactly as the signals core wrote it: the columns of {@code ./exovigil signals}. */
    @GetMapping("/research/signals.csv")
    void csv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"exovigil-signals.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(signals.current().csv());
        response.getWriter().flush();
    }

    private static Set<Threshold> thresholds(List<String> codes) {
        Set<Threshold> chosen = EnumSet.noneOf(Threshold.class);
        for (Threshold threshold : Threshold.values()) {
            if (codes != null && codes.contains(threshold.code())) {
                chosen.add(threshold);
            }
        }
        return chosen;
    }
}
