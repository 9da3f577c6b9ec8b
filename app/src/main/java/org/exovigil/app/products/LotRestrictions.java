package org.exovigil.app.products;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.exovigil.app.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lots a regulator held or recalled, apart from their release decision: a released lot can be held when a
 * signal points at it. Signal management places and lifts them; the product and lot pages, the public
 * clinic pages and the case pages read them. A hold is lifted; a recall stays.
 */
@Service
public class LotRestrictions {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    LotRestrictions(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A hold or recall in force: which lot of which product, since when and why. */
    public record Restriction(
            long lotId, String lotNumber, String productName, String kind, Instant since, String reason) {

        public boolean recalled() {
            return kind.equals("recall");
        }
    }

    private static final String IN_FORCE = """
            select r.lot_id, l.lot_number, p.name, r.kind, r.placed_at, r.reason
            from lot_restriction r join lot l on l.id = r.lot_id join product p on p.id = l.product_id
            where r.lifted_at is null""";

    /** Whether a lot of this id exists, so that an action names only a lot of the register. */
    public boolean lotExists(long lotId) {
        return jdbc.sql("select count(*) from lot where id = ?")
                        .param(lotId)
                        .query(Long.class)
                        .single()
                == 1;
    }

    /** Holds or recalls the lot, inside the caller's transaction; the origin names the action that did it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void place(long lotId, String kind, String origin, String reason, String by, Instant at) {
        jdbc.sql("""
                        insert into lot_restriction (lot_id, kind, origin, reason, placed_by, placed_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(lotId, kind, origin, reason, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        audit.append(by, "lot." + kind, "lot:" + lotId, origin + " " + reason);
    }

    /** Lifts the hold the origin placed; a recall is never lifted. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lift(String origin, String reason, String by, Instant at) {
        jdbc.sql("""
                        update lot_restriction set lifted_by = ?, lifted_at = ?, lift_reason = ?
                        where origin = ? and kind = 'hold' and lifted_at is null
                        returning lot_id""")
                .params(by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), reason, origin)
                .query(Long.class)
                .optional()
                .ifPresent(lotId -> audit.append(by, "lot.hold-lifted", "lot:" + lotId, origin + " " + reason));
    }

    public List<Restriction> ofLot(long lotId) {
        return jdbc.sql(IN_FORCE + " and r.lot_id = ? order by r.placed_at")
                .param(lotId)
                .query(this::restriction)
                .list();
    }

    public List<Restriction> ofProduct(long productId) {
        return jdbc.sql(IN_FORCE + " and l.product_id = ? order by l.lot_number, r.placed_at")
                .param(productId)
                .query(this::restriction)
                .list();
    }

    /** Lots in force that reports say this clinic administered. */
    public List<Restriction> administeredBy(long providerId) {
        return jdbc.sql(IN_FORCE + """
                         and exists (select 1 from report_product rp where rp.lot_id = r.lot_id and rp.provider_id = ?)
                        order by p.name, l.lot_number""")
                .param(providerId)
                .query(this::restriction)
                .list();
    }

    /** Lots in force that a case's current version names. */
    public List<Restriction> namedBy(UUID caseId) {
        return jdbc.sql(IN_FORCE + """
                         and exists (select 1 from report_product rp where rp.lot_id = r.lot_id and rp.case_id = ?)
                        order by p.name, l.lot_number""").param(caseId).query(this::restriction).list();
    }

    private Restriction restriction(ResultSet rs, int row) throws SQLException {
        return new Restriction(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(),
                rs.getString(6));
    }
}
