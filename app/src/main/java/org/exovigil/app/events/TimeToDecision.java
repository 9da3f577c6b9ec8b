package org.exovigil.app.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Days from the first information to the decision, per event (from the source's date) and per case (from its day 0:
 * the earliest of the reporting clock's day 0 and the date the sender first received it, ICH E2B(R3) C.1.4, of any
 * version; the day Exovigil stored it only where neither is known, since a case may be entered weeks after it was
 * first heard of and the clock of the law ran from then), for the regulator's dashboard. A death or a life-threatening outcome carries the target of
 * {@code events/decision-targets.yaml}; those past it, decided late or still undecided, come first.
 */
@Service
public class TimeToDecision {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DecisionTargets targets = DecisionTargets.load();

    TimeToDecision(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One event or case: what it is, when the first information came, when it was decided (null: not yet), the days
     * between (or so far), and its target in days (0: none).
     */
    public record Row(
            String kind,
            String reference,
            String link,
            String outcome,
            LocalDate firstOn,
            LocalDate decidedOn,
            long days,
            int target,
            String targetSource) {

        public boolean pastTarget() {
            return target > 0 && days > target;
        }
    }

    public List<Row> rows() {
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = new ArrayList<>();
        jdbc.sql("""
                        select id, reference, claimed_outcome, source_date, decided_at::date from event
                        order by source_date desc limit 500""")
                .query((rs, n) -> row(
                        "event",
                        rs.getString(2),
                        "/regulator/events/" + rs.getLong(1),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        today))
                .list()
                .forEach(rows::add);
        jdbc.sql("""
                        select c.id, c.reference, c.fatal_or_life_threatening,
                               least(c.received_at::date,
                                     (select min(case when x.day ~ '^\\d{4}-\\d{2}-\\d{2}$' then x.day::date end)
                                      from report_version v,
                                           lateral (values (v.assessment ->> 'dayZero'), (v.clinical ->> 'receivedOn')) x(day)
                                      where v.case_id = c.id)),
                               (select min(coalesce(s.countersigned_at, s.decided_at))::date from report_verification_step s
                                where s.case_id = c.id and s.to_status in ('confirmed', 'refuted', 'unverifiable'))
                        from report_case c
                        where not c.nullified and (c.fatal_or_life_threatening or c.verification
                              in ('confirmed', 'refuted', 'unverifiable'))
                        order by c.received_at desc limit 500""")
                .query((rs, n) -> row(
                        "case",
                        rs.getString(2),
                        "/regulator/reports/" + rs.getObject(1),
                        rs.getBoolean(3) ? "fatal_or_life_threatening" : "other",
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        today))
                .list()
                .forEach(rows::add);
        rows.sort(Comparator.comparing(Row::pastTarget)
                .reversed()
                .thenComparing(row -> row.decidedOn() != null)
                .thenComparing(Comparator.comparingLong(Row::days).reversed()));
        return rows;
    }

    /** The target of a death, for the page's note on where it comes from. */
    public DecisionTargets.Target deathTarget() {
        return targets.forOutcome("death").orElseThrow();
    }

    private Row row(
            String kind,
            String reference,
            String link,
            String outcome,
            LocalDate first,
            LocalDate decided,
            LocalDate today) {
        // A case's seriousness says fatal or life-threatening together (ICH E2B(R3) E.i.3.2a-b): the death target.
        var target = targets.forOutcome(outcome.equals("fatal_or_life_threatening") ? "death" : outcome);
        return new Row(
                kind,
                reference,
                link,
                outcome,
                first,
                decided,
                ChronoUnit.DAYS.between(first, decided == null ? today : decided),
                target.map(DecisionTargets.Target::days).orElse(0),
                target.map(DecisionTargets.Target::source).orElse(null));
    }
}
