package org.exovigil.app.signals;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exovigil.signals.PairStatistics;
import org.exovigil.signals.SignalTableWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signals page for regulators and researchers: the table with switchable thresholds, the plot of
 * EBGM against n, the cases behind a pair, and the table as CSV.
 */
@Controller
class SignalsController {

    private final CaseSignals signals;
    private final ExternalDataSets external;

    SignalsController(CaseSignals signals, ExternalDataSets external) {
        this.signals = signals;
        this.external = external;
    }

    /** The case store's table, or an imported data set's when {@code dataSet} names one. */
    private SignalTable table(Long dataSet) {
        if (dataSet == null) {
            return signals.current();
        }
        external.find(dataSet)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no data set " + dataSet));
        return signals.ofDataSet(dataSet);
    }

    @GetMapping("/research/signals")
    String table(
            @RequestParam(defaultValue = "") String words,
            @RequestParam(required = false) List<String> threshold,
            @RequestParam(defaultValue = "eb05") String sort,
            @RequestParam(name = "dataset", required = false) Long dataSet,
            Model model) {
        model.addAttribute(
                "page",
                SignalsPage.of(
                        table(dataSet),
                        dataSet == null ? null : external.find(dataSet).orElseThrow(),
                        external.all(),
                        words,
                        thresholds(threshold),
                        SignalTable.Column.of(sort)));
        return "signals/signals";
    }

    @GetMapping("/research/signals/pair")
    String pair(
            @RequestParam String product,
            @RequestParam String event,
            @RequestParam(name = "dataset", required = false) Long dataSet,
            Authentication reader,
            Model model) {
        SignalTable table = table(dataSet);
        model.addAttribute(
                "page",
                new PairPage(
                        product,
                        event,
                        dataSet == null ? null : external.find(dataSet).orElseThrow(),
                        statisticsOf(table, product, event),
                        dataSet == null ? signals.casesOf(product, event) : List.of(),
                        dataSet == null ? List.of() : external.casesOf(dataSet, product, event),
                        opensCases(reader)));
        return "signals/pair";
    }

    /**
     * The whole table with the columns of {@code ./exovigil signals}, names a spreadsheet would run as
     * formulas neutralised (issue 15, finding 9).
     */
    @GetMapping("/research/signals.csv")
    void csv(@RequestParam(name = "dataset", required = false) Long dataSet, HttpServletResponse response)
            throws IOException {
        SignalTable table = table(dataSet);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"exovigil-signals%s.csv\"".formatted(dataSet == null ? "" : "-" + dataSet));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SignalTableWriter.forSpreadsheets().write(table.rows(), response.getWriter());
    }

    private static PairStatistics statisticsOf(SignalTable table, String product, String event) {
        return table.rows().stream()
                .filter(row -> row.product().equals(product) && row.event().equals(event))
                .findFirst()
                .orElse(null);
    }

    /** Regulators and administrators may open the cases behind a pair; researchers see their references. */
    private static boolean opensCases(Authentication reader) {
        return reader.getAuthorities().stream()
                .anyMatch(role -> Set.of("ROLE_REGULATOR", "ROLE_ADMIN").contains(role.getAuthority()));
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
