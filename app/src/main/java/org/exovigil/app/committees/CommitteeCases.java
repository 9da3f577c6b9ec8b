package org.exovigil.app.committees;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.audit.Sha256;
import org.exovigil.app.refusals.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adverse-event reports a certified committee receives: under the ASRM a provider reports a case to the
 * committee that reviewed its plan as well as to the ministry (Enforcement Regulation Art 35; the committees of
 * Ch. III, Arts 26-34, give their opinion on it). A case is the committee's when it is current, not nullified, and
 * names the clinic of a plan in the register the committee decided together with a product an accepted version of
 * that plan names. A case is always looked up through the reader's committee, so a member of another committee, or
 * of none, finds nothing.
 */
@Service
public class CommitteeCases {

    static final int LONGEST_OPINION = 8000;
    static final int PAGE = 500;

    private static final String CASES = """
            select distinct on (c.id) c.id, c.reference, c.received_at,
                   coalesce(v.clinical #>> '{reactions,0,term}', 'MedDRA ' || (v.clinical #>> '{reactions,0,coded,code}')),
                   c.serious, c.fatal_or_life_threatening, o.name, pr.name, p.id, p.public_number, c.earliest_due_on,
                   (select count(*) from committee_opinion n where n.case_id = c.id and n.committee_id = p.committee_id)
            from report_case c
            join report_version v on v.case_id = c.id and v.version = c.current_version
            join report_product rp on rp.case_id = c.id
            join provision_plan p on p.provider_id = rp.provider_id and p.public_number is not null
            join provider o on o.id = p.provider_id
            join product pr on pr.id = rp.product_id
            where not c.nullified and p.committee_id = :committee
              and rp.product_id in (select pv.product_id from plan_version pv where pv.plan_id = p.id and pv.status = 'accepted')
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CertifiedCommittees committees;

    CommitteeCases(JdbcClient jdbc, AuditLog audit, CertifiedCommittees committees) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.committees = committees;
    }

    /** The committee's cases, the one due soonest first, then the newest. */
    public List<CommitteeCase> of(long committeeId) {
        return jdbc.sql("select * from (" + CASES
                        + " order by c.id, p.id) cases order by 11 nulls last, 3 desc limit :limit")
                .param("committee", committeeId)
                .param("limit", PAGE)
                .query(CommitteeCases::committeeCase)
                .list();
    }

    /** One of the committee's cases; empty when the case is not under any plan the committee decided. */
    public Optional<CommitteeCase> find(long committeeId, UUID caseId) {
        return jdbc.sql(CASES + " and c.id = :case order by c.id, p.id")
                .param("committee", committeeId)
                .param("case", caseId)
                .query(CommitteeCases::committeeCase)
                .optional();
    }

    /** The deadlines of the case's current version, the earliest first. */
    public List<CaseDeadline> deadlines(UUID caseId) {
        return jdbc.sql("""
                        select d.duty, d.regime, d.due_on, d.kind, d.basis from report_deadline d
                        join report_case c on c.id = d.case_id and c.current_version = d.version
                        where d.case_id = ? order by d.due_on nulls last, d.duty""")
                .param(caseId)
                .query((rs, row) -> new CaseDeadline(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** Every committee's opinions on the case, the earliest first: what regulators read on the case page. */
    public List<CommitteeOpinion> opinions(UUID caseId) {
        return opinions(caseId, null);
    }

    /** One committee's own opinions on the case: what its members read; another committee's are not theirs to see. */
    public List<CommitteeOpinion> opinionsOf(long committeeId, UUID caseId) {
        return opinions(caseId, committeeId);
    }

    private List<CommitteeOpinion> opinions(UUID caseId, Long committeeId) {
        return jdbc.sql("""
                        select m.name, n.opinion, n.by_whom, n.at from committee_opinion n
                        join certified_committee m on m.id = n.committee_id
                        where n.case_id = ? and (?::bigint is null or n.committee_id = ?::bigint) order by n.at, n.id""")
                .params(caseId, committeeId, committeeId)
                .query((rs, row) -> new CommitteeOpinion(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Records the opinion of the member's committee on one of its cases, audited; empty when the case is not the
     * committee's (the caller answers "not found").
     */
    @Transactional
    public Optional<Outcome<Void>> recordOpinion(String member, UUID caseId, String opinion) {
        var committee = committees.ofMember(member);
        if (committee.isEmpty() || find(committee.get().id(), caseId).isEmpty()) {
            return Optional.empty();
        }
        String text = opinion == null ? "" : opinion.strip();
        if (text.isEmpty() || text.length() > LONGEST_OPINION) {
            return Optional.of(Outcome.refused(CommitteeRefusal.OPINION_LENGTH, String.valueOf(LONGEST_OPINION)));
        }
        long id = jdbc.sql("""
                        insert into committee_opinion (case_id, committee_id, opinion, by_whom) values (?, ?, ?, ?)
                        returning id""")
                .params(caseId, committee.get().id(), text, member)
                .query(Long.class)
                .single();
        audit.append(
                member,
                "committee.opinion",
                "case:" + caseId,
                // The digest ties the stored text to the chain: an opinion edited in the table no longer matches it.
                "committee=%d opinion=%d sha256=%s".formatted(committee.get().id(), id, Sha256.of(text)));
        return Optional.of(Outcome.done());
    }

    private static CommitteeCase committeeCase(ResultSet rs, int row) throws SQLException {
        return new CommitteeCase(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getObject(3, OffsetDateTime.class).toInstant(),
                rs.getString(4),
                rs.getBoolean(5),
                rs.getBoolean(6),
                rs.getString(7),
                rs.getString(8),
                rs.getLong(9),
                rs.getString(10),
                rs.getObject(11, LocalDate.class),
                rs.getLong(12));
    }
}
