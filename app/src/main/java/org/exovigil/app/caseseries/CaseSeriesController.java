package org.exovigil.app.caseseries;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.reports.LineListing;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case series of a product-event pair of the case store, reached from the pair's page, for regulators and
 * researchers: the page, and the series as the de-identified line listing (the same columns as the whole
 * listing, only the series' cases).
 */
@Controller
class CaseSeriesController {

    private final CaseSeriesStore store;
    private final LineListing listing;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    CaseSeriesController(CaseSeriesStore store, LineListing listing, AuditLog audit, TransactionTemplate transactions) {
        this.store = store;
        this.listing = listing;
        this.audit = audit;
        this.transactions = transactions;
    }

    @GetMapping("/research/signals/pair/series")
    String page(
            @RequestParam String product,
            @RequestParam String event,
            @RequestParam(defaultValue = "") String route,
            Locale locale,
            Model model) {
        model.addAttribute("page", CaseSeriesPage.of(product, event, route, store.of(product, event), locale));
        return "signals/series";
    }

    @GetMapping("/research/signals/pair/series.csv")
    void csv(
            @RequestParam String product,
            @RequestParam String event,
            @RequestParam(defaultValue = "") String route,
            Authentication reader,
            HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"exovigil-case-series.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var out = response.getWriter();
        transactions.executeWithoutResult(status -> {
            var cases = CaseSeriesPage.caseIds(store.of(product, event), route);
            audit.append(
                    reader.getName(),
                    "report.line-listing.exported",
                    "reports",
                    "case series product=%s event=%s route=%s cases=%d".formatted(product, event, route, cases.size()));
            listing.write(out, cases);
        });
        out.flush();
    }
}
