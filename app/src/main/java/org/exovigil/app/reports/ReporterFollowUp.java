package org.exovigil.app.reports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.security.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member of the public who reported adds information later, with no account: the reference number
 * and the private follow-up code shown once when the report was received. What they add is kept as it
 * came, beside the case; it answers the questions put to the reporter.
 */
@Service
public class ReporterFollowUp {

    static final int MAX_TEXT = 20_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final FollowUps followUps;

    ReporterFollowUp(JdbcClient jdbc, AuditLog audit, FollowUps followUps) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.followUps = followUps;
    }

    /** Information a reporter added, as it came. */
    public record Addition(java.time.Instant receivedAt, String text) {}

    /**
     * A new follow-up code for the case; it replaces any earlier one (a form sent twice shows only the
     * last code, so only that one works).
     */
    @Transactional
    public String issueCode(UUID caseId) {
        String code = Secrets.readableCode();
        jdbc.sql("update report_case set follow_up_code_hash = ? where id = ?")
                .params(Secrets.hash(code), caseId)
                .update();
        return code;
    }

    /**
     * Adds the text to the case with this reference and code, and returns the case; empty when the pair
     * is not recognised (which of the two is wrong is not said, so neither can be guessed one at a time).
     */
    @Transactional
    public Optional<UUID> add(String reference, String code, String text) {
        if (reference == null || code == null || text == null || text.isBlank() || text.length() > MAX_TEXT) {
            return Optional.empty();
        }
        Optional<UUID> found = jdbc.sql("""
                        select id from report_case
                        where reference = ? and follow_up_code_hash = ? and not nullified for update""")
                .params(
                        reference.strip().toUpperCase(java.util.Locale.ROOT),
                        Secrets.hash(Secrets.normalisedCode(code)))
                .query(UUID.class)
                .optional();
        found.ifPresent(caseId -> {
            jdbc.sql("insert into report_addition (case_id, text) values (?, ?)")
                    .params(caseId, text.strip())
                    .update();
            followUps.answeredByReporter(caseId, text.strip());
            audit.append(PatientReportController.PUBLIC_SENDER, "report.information-added", "report-id:" + caseId, "");
        });
        return found;
    }

    public List<Addition> forCase(UUID caseId) {
        return jdbc.sql("select received_at, text from report_addition where case_id = ? order by id")
                .param(caseId)
                .query((rs, row) ->
                        new Addition(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2)))
                .list();
    }
}
