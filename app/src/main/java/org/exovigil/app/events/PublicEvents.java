package org.exovigil.app.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Closed events for the public, with nothing a person could be recognised by (see {@link PublicEvent}). */
@Service
class PublicEvents {

    /** Sources that are publications; a rumour or a complaint may come from a person, whose name is not shown. */
    private static final Set<String> PUBLISHED = Set.of("media", "society_notice", "literature");

    private final JdbcClient jdbc;
    private final EventEvidence evidence;

    PublicEvents(JdbcClient jdbc, EventEvidence evidence) {
        this.jdbc = jdbc;
        this.evidence = evidence;
    }

    List<PublicEvent> closed() {
        return jdbc
                .sql("select id from event where closed_at is not null order by closed_at desc limit 500")
                .query(Long.class)
                .list()
                .stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    Optional<PublicEvent> find(long id) {
        return jdbc.sql("""
                        select e.id, e.reference, e.source, e.source_name, e.source_date, e.claimed_outcome,
                               e.claimed_product, e.claimed_place, e.claimed_country, e.claimed_when, p.decision,
                               e.decided_at, e.countersigned_by is not null, p.clinic_named,
                               (select count(*) from event_case_link l where l.event_id = e.id), e.closed_at,
                               e.public_statement
                        from event e left join event_proposal p on p.id = e.decision_proposal
                        where e.id = ? and e.closed_at is not null""")
                .param(id)
                .query((rs, row) -> new PublicEvent(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        PUBLISHED.contains(rs.getString(3)) ? rs.getString(4) : null,
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        evidence.requests(id).stream()
                                .map(request -> new PublicEvent.Check(
                                        request.addresseeKind(),
                                        request.requestedAt(),
                                        request.dueOn(),
                                        request.answeredAt()))
                                .toList(),
                        evidence.items(id).stream()
                                .map(EvidenceItem::suppliedOn)
                                .toList(),
                        rs.getString(11),
                        instant(rs.getObject(12, OffsetDateTime.class)),
                        rs.getBoolean(13),
                        "confirmed".equals(rs.getString(11)) ? rs.getString(14) : null,
                        rs.getInt(15),
                        instant(rs.getObject(16, OffsetDateTime.class)),
                        rs.getString(17)))
                .optional();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
