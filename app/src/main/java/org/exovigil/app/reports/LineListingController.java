package org.exovigil.app.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.exovigil.app.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;

/** The de-identified line listing as a CSV download, for regulators and researchers. */
@Controller
class LineListingController {

    private final LineListing listing;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    LineListingController(LineListing listing, AuditLog audit, TransactionTemplate transactions) {
        this.listing = listing;
        this.audit = audit;
        this.transactions = transactions;
    }

    @GetMapping("/research/reports.csv")
    void download(HttpServletResponse response, Authentication reader) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"exovigil-line-listing.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var out = response.getWriter();
        transactions.executeWithoutResult(status -> {
            audit.append(reader.getName(), "report.line-listing.exported", "reports", "");
            listing.write(out);
        });
        out.flush();
    }
}
