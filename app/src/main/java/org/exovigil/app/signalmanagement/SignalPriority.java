package org.exovigil.app.signalmanagement;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exovigil.app.signals.CaseSignals;
import org.exovigil.signals.PairStatistics;
import org.exovigil.vigilance.signal.PriorityScore;
import org.exovigil.vigilance.signal.PriorityWeights;
import org.exovigil.vigilance.signal.SignalFeatures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts what the priority score reads of a signal's case series, from the case store, and scores it with
 * the reviewed weights ({@code vigilance/signal-priority.yaml}; docs/signal-management.md). Nullified cases
 * are left out. Completeness is in the manner of vigiGrade (Bergvall et al. 2014): the share of eight
 * clinically relevant items a report gives (onset, age, sex, outcome, route, country, reporter's
 * qualification, narrative), each counted equally, which is Exovigil's simplification of vigiGrade's
 * weighted penalties.
 */
@Component
class SignalPriority {

    private final JdbcClient jdbc;
    private final CaseSignals signals;
    private final Clock clock;
    private final PriorityWeights weights = PriorityWeights.bundled();

    SignalPriority(JdbcClient jdbc, CaseSignals signals, Clock clock) {
        this.jdbc = jdbc;
        this.signals = signals;
        this.clock = clock;
    }

    PriorityScore score(String productName, List<UUID> cases) {
        UUID[] ids = cases.toArray(UUID[]::new);
        OffsetDateTime recentFrom =
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(weights.recentDays());
        record Counts(
                int cases,
                int serious,
                int fatal,
                int recent,
                int clinics,
                int lots,
                int countries,
                double completeness,
                List<String> terms) {}
        Counts counts = jdbc.sql("""
                        select count(*), count(*) filter (where c.serious),
                               count(*) filter (where v.assessment -> 'seriousness' @> '["death"]'),
                               count(*) filter (where c.received_at >= ?),
                               (select count(distinct provider_id) from report_product where case_id = any(?)),
                               (select count(distinct lot_id) from report_product where case_id = any(?)),
                               count(distinct c.country),
                               coalesce(avg(((v.clinical #>> '{reactions,0,onset}') is not null)::int
                                   + ((v.clinical #>> '{patient,ageYears}') is not null)::int
                                   + ((v.clinical #>> '{patient,sex}') is not null)::int
                                   + ((v.clinical #>> '{reactions,0,outcome}') is not null)::int
                                   + ((v.clinical #>> '{products,0,route}') is not null)::int
                                   + (c.country is not null)::int
                                   + ((v.clinical #>> '{reporter,qualification}') is not null)::int
                                   + (coalesce(v.clinical ->> 'narrative', '') <> '')::int) / 8.0, 0),
                               coalesce(array_agg(distinct r.term) filter (where r.term is not null), '{}')
                        from report_case c
                        join report_version v on v.case_id = c.id and v.version = c.current_version
                        left join lateral (select string_agg(x ->> 'term', ' ') term
                                           from jsonb_array_elements(v.clinical -> 'reactions') x) r on true
                        where c.id = any(?) and not c.nullified""")
                .params(recentFrom, ids, ids, ids)
                .query((rs, row) -> new Counts(
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getDouble(8),
                        texts(rs.getArray(9))))
                .single();
        return PriorityScore.of(
                new SignalFeatures(
                        ic025(productName, events(cases)),
                        counts.cases(),
                        counts.serious(),
                        counts.fatal(),
                        counts.recent(),
                        counts.clinics(),
                        counts.lots(),
                        counts.countries(),
                        Math.min(1, Math.max(0, counts.completeness())),
                        counts.terms().stream().anyMatch(weights::isImportantRisk)),
                weights);
    }

    /** The highest IC025 among the product's pairs with the series' events: the strongest disproportion. */
    private Double ic025(String productName, Set<String> events) {
        if (productName == null || events.isEmpty()) {
            return null;
        }
        return signals.current().rows().stream()
                .filter(row -> row.product().equals(productName) && events.contains(row.event()))
                .map(PairStatistics::ic025)
                .max(Double::compare)
                .orElse(null);
    }

    private Set<String> events(List<UUID> cases) {
        return Set.copyOf(jdbc.sql("""
                        select distinct %s from report_case c
                        join report_version v on v.case_id = c.id and v.version = c.current_version
                        cross join jsonb_array_elements(v.clinical -> 'reactions') with ordinality r(reaction, position)
                        left join reaction_code code on code.case_id = c.id and code.reaction = r.position - 1
                        where c.id = any(?) and r.reaction ->> 'term' is not null""".formatted(CaseSignals.preferredTermEvent("r.reaction", "code")))
                .param(cases.toArray(UUID[]::new))
                .query(String.class)
                .list());
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).collect(Collectors.toList());
    }
}
