package org.exovigil.app.committees;

import java.util.List;
import java.util.Optional;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.refusals.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of certified committees and who sits on each. The ministry certifies a committee (ASRM Art 26), so
 * a regulator registers it; a member is an active account or API token with the committee role, and sits on one
 * committee at most, so that the committee a plan's decision binds it to is never in doubt.
 */
@Service
public class CertifiedCommittees {

    static final int LONGEST_NAME = 300;

    /** The longest certification number the register holds (certified_committee, V36). */
    static final int LONGEST_CERTIFICATION_NUMBER = 50;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    CertifiedCommittees(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Outcome<Long> register(String name, String certificationNumber, String by) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > LONGEST_NAME) {
            return Outcome.refused(CommitteeRefusal.COMMITTEE_NAME_LENGTH, String.valueOf(LONGEST_NAME));
        }
        String number =
                certificationNumber == null || certificationNumber.isBlank() ? null : certificationNumber.strip();
        if (number != null && number.length() > LONGEST_CERTIFICATION_NUMBER) {
            return Outcome.refused(
                    CommitteeRefusal.CERTIFICATION_NUMBER_LENGTH, String.valueOf(LONGEST_CERTIFICATION_NUMBER));
        }
        Optional<Long> id =
                jdbc.sql("""
                        insert into certified_committee (name, certification_number, created_by) values (?, ?, ?)
                        on conflict (certification_number) do nothing returning id""").params(stripped, number, by).query(Long.class).optional();
        if (id.isEmpty()) {
            return Outcome.refused(CommitteeRefusal.CERTIFICATION_NUMBER_TAKEN, number);
        }
        audit.append(
                by, "committee.registered", "committee:" + id.get(), "name=%s number=%s".formatted(stripped, number));
        return Outcome.done(id.get());
    }

    /** Seats an active committee account or token on the committee; one committee per principal. */
    @Transactional
    public Outcome<Void> seat(long committeeId, String principal, String by) {
        String name = principal == null ? "" : principal.strip();
        boolean committeeAccount =
                jdbc.sql("""
                        select exists (select 1 from account where name = :name and role = 'COMMITTEE' and disabled_at is null)
                            or exists (select 1 from api_token where name = :name and role = 'COMMITTEE' and revoked_at is null)""").param("name", name).query(Boolean.class).single();
        if (!committeeAccount) {
            return Outcome.refused(CommitteeRefusal.NOT_A_COMMITTEE_ACCOUNT, name);
        }
        Optional<Committee> sitting = ofMember(name);
        if (sitting.isPresent()) {
            return sitting.get().id() == committeeId
                    ? Outcome.done(null)
                    : Outcome.refused(
                            CommitteeRefusal.MEMBER_OF_ANOTHER,
                            name,
                            sitting.get().name());
        }
        jdbc.sql("insert into committee_member (principal, committee_id, added_by) values (?, ?, ?)")
                .params(name, committeeId, by)
                .update();
        audit.append(by, "committee.member.seated", "committee:" + committeeId, "principal=" + name);
        return Outcome.done(null);
    }

    public List<Committee> all() {
        return jdbc.sql("select id from certified_committee order by name, id").query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    public Optional<Committee> find(long id) {
        List<String> members = jdbc.sql(
                        "select principal from committee_member where committee_id = ? order by principal")
                .param(id)
                .query(String.class)
                .list();
        return jdbc.sql("select id, name, certification_number from certified_committee where id = ?")
                .param(id)
                .query((rs, row) -> new Committee(rs.getLong(1), rs.getString(2), rs.getString(3), members))
                .optional();
    }

    /** The committee the principal sits on, if any. */
    public Optional<Committee> ofMember(String principal) {
        return jdbc.sql("select committee_id from committee_member where principal = ?")
                .param(principal)
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }
}
