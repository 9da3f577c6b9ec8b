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

    /** The response header of the CSV download that says what its events were counted in. */
    static final String EVENT_TERMINOLOGY = "Exovigil-Event-Terminology";

    private final CaseSignals signals;
    private final ExternalDataSets external;
    private final CodedEvents events;
    private final RefusalText refusals;

    SignalsController(CaseSignals signals, ExternalDataSets external, CodedEvents events, RefusalText refusals) {
        this.signals = signals;
        this.external = external;
        this.events = events;
        this.refusals = refusals;
    }

    /**
     * The reader's strata, period and level, or a refusal: an unknown stratification or level, a day that is
     * not a date, a period that ends before it starts, strata or a period asked of an imported data set, or
     * HLT or SOC without a loaded MedDRA release.
     */
    private Outcome<SignalQuery> query(String by, String from, String to, String level, Long dataSet) {
        Outcome<SignalQuery> query = SignalQuery.of(by, from, to, level);
        if (query.isDone() && dataSet != null && !query.value().whole()) {
            return Outcome.refused(SubgroupRefusal.NOT_FOR_DATA_SETS);
        }
        if (query.isDone()
                && query.value().level().needsMeddra()
                && events.release().isEmpty()) {
            return Outcome.refused(EventLevelRefusal.NO_MEDDRA_RELEASE);
        }
        return query;
    }

    /** The case store's table of the chosen strata, period and level, or an imported data set's at the level. */
    private SignalTable table(Long dataSet, SignalQuery query) {
        if (dataSet == null) {
            return signals.current(query);
        }
        external.find(dataSet)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no data set " + dataSet));
        return signals.ofDataSet(dataSet, query.level());
    }

    /** The page that states a refusal of strata or a period, with the form to correct them (400). */
    private static String refused(
            Outcome<SignalQuery> query,
            String by,
            String from,
            String to,
            String level,
            Long dataSet,
            HttpServletResponse response,
            Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("refusal", query.refusal());
        model.addAttribute("subgroups", Subgroups.typed(by, from, to, level));
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
            @RequestParam(defaultValue = "") String level,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        Outcome<SignalQuery> query = query(by, from, to, level, dataSet);
        if (!query.isDone()) {
            return refused(query, by, from, to, level, dataSet, response, model);
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
                        SignalTable.Column.of(sort),
                        event -> events.shown(event, locale)));
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
            @RequestParam(defaultValue = "") String level,
            Authentication reader,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        Outcome<SignalQuery> query = query(by, from, to, level, dataSet);
        if (!query.isDone()) {
            return refused(query, by, from, to, level, dataSet, response, model);
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
                        dataSet == null
                                ? signals.casesOf(product, event, query.value().level())
                                : List.of(),
                        dataSet == null
                                ? List.of()
                                : signals.casesOf(
                                        dataSet, product, event, query.value().level()),
                        opensCases(reader),
                        events.shown(event, locale)));
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
            @RequestParam(defaultValue = "") String level,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Outcome<SignalQuery> query = query(by, from, to, level, dataSet);
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
                "attachment; filename=\"exovigil-signals%s-%s.csv\""
                        .formatted(
                                dataSet == null ? "" : "-" + dataSet,
                                query.value().levelCode()));
        // The spec's CSV has its columns exactly (shared/spec/signals.md); what the events were counted in
        // travels beside it.
        response.setHeader(EVENT_TERMINOLOGY, table.terminology().header());
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
