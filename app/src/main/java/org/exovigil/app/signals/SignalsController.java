package org.exovigil.app.signals;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.RefusalText;
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
    private final RefusalText refusals;

    SignalsController(CaseSignals signals, ExternalDataSets external, RefusalText refusals) {
        this.signals = signals;
        this.external = external;
        this.refusals = refusals;
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

    /**
     * The reader's strata and period, or a refusal: an unknown stratification, a day that is not a date, a
     * period that ends before it starts, or strata or a period asked of an imported data set.
     */
    private static Outcome<SignalQuery> query(String by, String from, String to, Long dataSet) {
        Outcome<SignalQuery> query = SignalQuery.of(by, from, to);
        if (query.isDone() && dataSet != null && !query.value().plain()) {
            return Outcome.refused(SubgroupRefusal.NOT_FOR_DATA_SETS);
        }
        return query;
    }

    /** The case store's table of the chosen strata and period, or an imported data set's. */
    private SignalTable table(Long dataSet, SignalQuery query) {
        return dataSet == null ? signals.current(query) : table(dataSet);
    }

    /** The page that states a refusal of strata or a period, with the form to correct them (400). */
    private static String refused(
            Outcome<SignalQuery> query,
            String by,
            String from,
            String to,
            Long dataSet,
            HttpServletResponse response,
            Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("refusal", query.refusal());
        model.addAttribute("subgroups", Subgroups.typed(by, from, to));
        model.addAttribute("dataSet", dataSet);
        return "signals/refused";
    }

    @GetMapping("/research/signals")
    String table(
            @RequestParam(defaultValue = "") String words,
            @RequestParam(required = false) List<String> threshold,
            @RequestParam(defaultValue = "eb05") String sort,
            @RequestParam(name = "dataset", required = false) Long dataSet,
            @RequestParam(defaultValue = "") String by,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        Outcome<SignalQuery> query = query(by, from, to, dataSet);
        if (!query.isDone()) {
            return refused(query, by, from, to, dataSet, response, model);
        }
        SignalTable table = table(dataSet, query.value());
        model.addAttribute("subgroups", Subgroups.of(query.value(), table, locale));
        model.addAttribute(
                "page",
                SignalsPage.of(
                        table,
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
            @RequestParam(defaultValue = "") String by,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            Authentication reader,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        Outcome<SignalQuery> query = query(by, from, to, dataSet);
        if (!query.isDone()) {
            return refused(query, by, from, to, dataSet, response, model);
        }
        SignalTable table = table(dataSet, query.value());
        model.addAttribute("subgroups", Subgroups.of(query.value(), table, locale));
        if (dataSet == null) {
            model.addAttribute("trend", signals.trend(query.value(), product, event));
        }
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
    void csv(
            @RequestParam(name = "dataset", required = false) Long dataSet,
            @RequestParam(defaultValue = "") String by,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Outcome<SignalQuery> query = query(by, from, to, dataSet);
        if (!query.isDone()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType("text/plain; charset=UTF-8");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().println(refusals.text(query.refusal(), locale));
            return;
        }
        SignalTable table = table(dataSet, query.value());
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"exovigil-signals%s.csv\"".formatted(dataSet == null ? "" : "-" + dataSet));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SignalTableWriter.forSpreadsheets().write(table.rows(), response.getWriter());
    }

    private static PairStatistics statisticsOf(SignalTable table, String product, String event) {
        return table.row(product, event).orElse(null);
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
