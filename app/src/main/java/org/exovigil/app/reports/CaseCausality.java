package org.exovigil.app.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.vigilance.causality.CausalityAssessment;
import org.exovigil.vigilance.causality.NaranjoAnswer;
import org.exovigil.vigilance.causality.NaranjoQuestion;
import org.exovigil.vigilance.causality.NaranjoScore;
import org.exovigil.vigilance.causality.WhoUmcCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reviewer's causality assessment of one product for one reaction of a case: a WHO-UMC category
 * judged by the reviewer, a Naranjo score computed from the ten answers, or both. Each becomes an
 * E2B(R3) G.k.9.i.2.r assessment beside any earlier ones.
 */
@Service
public class CaseCausality {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ReportStore store;
    private final AuditLog audit;
    private final Clock clock;

    CaseCausality(JdbcClient jdbc, ReportStore store, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** An assessment as stored, with who made it and when. */
    public record Stored(CausalityAssessment assessment, String assessedBy, java.time.Instant assessedAt) {}

    @Transactional
    public Outcome<Void> assess(
            UUID caseId,
            int productIndex,
            int reactionIndex,
            WhoUmcCategory category,
            Map<NaranjoQuestion, NaranjoAnswer> naranjo,
            String by) {
        var current = store.find(caseId).orElseThrow();
        int products = current.clinical().path("products").size();
        int reactions = current.clinical().path("reactions").size();
        if (productIndex < 0 || productIndex >= products || reactionIndex < 0 || reactionIndex >= reactions) {
            return Outcome.refused(ReportRefusal.CAUSALITY_PAIR);
        }
        if (category == null && naranjo.isEmpty()) {
            return Outcome.refused(ReportRefusal.CAUSALITY_METHOD);
        }
        LocalDate today = LocalDate.now(clock);
        List<CausalityAssessment> made = new ArrayList<>();
        if (category != null) {
            made.add(CausalityAssessment.whoUmc(productIndex, reactionIndex, "regulator", category, today));
        }
        if (!naranjo.isEmpty()) {
            made.add(CausalityAssessment.naranjo(
                    productIndex, reactionIndex, "regulator", NaranjoScore.of(naranjo), today));
        }
        for (CausalityAssessment assessment : made) {
            boolean byNaranjo = assessment.method().equals("Naranjo");
            jdbc.sql("""
                            insert into report_causality (case_id, product_index, reaction_index, source, method, result,
                                naranjo_answers, assessed_by)
                            values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)""")
                    .params(
                            caseId,
                            productIndex,
                            reactionIndex,
                            assessment.source(),
                            assessment.method(),
                            assessment.result(),
                            byNaranjo ? JSON.writeValueAsString(new EnumMap<>(naranjo)) : null,
                            by)
                    .update();
            audit.append(
                    by,
                    "report.causality.assessed",
                    "report-id:" + caseId,
                    "product=%d reaction=%d method=%s result=%s"
                            .formatted(productIndex, reactionIndex, assessment.method(), assessment.result()));
        }
        return Outcome.done();
    }

    public List<Stored> forCase(UUID caseId) {
        return jdbc.sql("""
                        select product_index, reaction_index, source, method, result, assessed_by, assessed_at
                        from report_causality where case_id = ? order by id""")
                .param(caseId)
                .query((rs, row) -> {
                    var at = rs.getObject(7, OffsetDateTime.class);
                    return new Stored(
                            new CausalityAssessment(
                                    rs.getInt(1),
                                    rs.getInt(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    at.toLocalDate()),
                            rs.getString(6),
                            at.toInstant());
                })
                .list();
    }
}
