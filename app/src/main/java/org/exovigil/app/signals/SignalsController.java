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
    private static final String HEADER =
            "product,event,n,n_product,n_event,n_total,expected,prr,prr_lower,prr_upper,chi2,ror,ror_lower,ror_upper,ic,ic025,ic975,ebgm,eb05,eb95";

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

    @GetMapping("/research/signals.csv")
    void csv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"exovigil-signals.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var out = response.getWriter();
        out.write(HEADER + "\n");
        for (SignalRow row : signals.current().rows()) {
            out.write(String.join(
                            ",",
                            CsvCells.cell(row.product()),
                            CsvCells.cell(row.event()),
                            Long.toString(row.n()),
                            Long.toString(row.nProduct()),
                            Long.toString(row.nEvent()),
                            Long.toString(row.nTotal()),
                            number(row.expected()),
                            number(row.prr()),
                            number(row.prrLower()),
                            number(row.prrUpper()),
                            number(row.chi2()),
                            number(row.ror()),
                            number(row.rorLower()),
                            number(row.rorUpper()),
                            number(row.ic()),
                            number(row.ic025()),
                            number(row.ic975()),
                            number(row.ebgm()),
                            number(row.eb05()),
                            number(row.eb95()))
                    + "\n");
        }
        out.flush();
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        return Double.toString(value);
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
