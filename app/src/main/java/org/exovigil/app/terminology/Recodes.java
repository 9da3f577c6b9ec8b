package org.exovigil.app.terminology;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The codes a newer MedDRA release changed ({@code reaction_recode}, V54), as the regulator reviews them. */
@Repository
class Recodes {

    private final JdbcClient jdbc;

    Recodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One changed code.
     *
     * @param kind     {@code moved} (same LLT, another PT), {@code non_current} or {@code removed} (coded again)
     * @param newLlt   the LLT now stored, null when the verbatim found none in the new release
     */
    record Recode(
            long id,
            UUID caseId,
            String reference,
            int reaction,
            String kind,
            String oldVersion,
            long oldLlt,
            Long oldPt,
            String newVersion,
            Long newLlt,
            Long newPt,
            Instant recodedAt,
            String reviewedBy,
            Instant reviewedAt) {

        public boolean reviewed() {
            return reviewedBy != null;
        }
    }

    /** The changes awaiting review first, then the reviewed ones, newest first; at most {@code limit}. */
    List<Recode> list(int limit) {
        return jdbc.sql("""
                        select r.id, r.case_id, c.reference, r.reaction, r.kind, r.old_version, r.old_llt_code,
                            r.old_pt_code, r.new_version, r.new_llt_code, r.new_pt_code, r.recoded_at, r.reviewed_by,
                            r.reviewed_at
                        from reaction_recode r join report_case c on c.id = r.case_id
                        order by r.reviewed_at is not null, r.recoded_at desc, r.id desc
                        limit ?""")
                .param(limit)
                .query((rs, row) -> new Recode(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7),
                        rs.getObject(8, Long.class),
                        rs.getString(9),
                        rs.getObject(10, Long.class),
                        rs.getObject(11, Long.class),
                        rs.getObject(12, OffsetDateTime.class).toInstant(),
                        rs.getString(13),
                        rs.getObject(14, OffsetDateTime.class) == null
                                ? null
                                : rs.getObject(14, OffsetDateTime.class).toInstant()))
                .list();
    }

    long unreviewed() {
        return jdbc.sql("select count(*) from reaction_recode where reviewed_at is null")
                .query(Long.class)
                .single();
    }
}
