package org.exovigil.app.registry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.exovigil.app.CasesChanged;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.refusals.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A regulator's review of the clinics and products that reports (and, for products, plans) created:
 * confirm one as a record of its own, or merge it into the record it duplicates. A merge moves every link
 * (cases, members, lots, the plans that name a product) to the surviving record, and is an audit event;
 * nothing is deleted.
 */
@Service
public class RegistryReview {

    private static final int CANDIDATES = 10;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RegistryReview(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A record awaiting review, with how many cases name it and the records it may duplicate. */
    public record Pending(
            long id,
            String name,
            String country,
            String type,
            long cases,
            Instant createdAt,
            List<Candidate> candidates) {}

    /** A reviewed record a pending one could be merged into. */
    public record Candidate(long id, String name, String country) {}

    public enum Kind {
        PROVIDER("provider", "provider_id"),
        PRODUCT("product", "product_id");

        private final String table;
        private final String link;

        Kind(String table, String link) {
            this.table = table;
            this.link = link;
        }

        public String code() {
            return table;
        }
    }

    public List<Pending> pendingProviders() {
        return pending(Kind.PROVIDER);
    }

    public List<Pending> pendingProducts() {
        return pending(Kind.PRODUCT);
    }

    /** The records of a kind that reports created and nobody has reviewed, oldest first. */
    private List<Pending> pending(Kind kind) {
        boolean provider = kind == Kind.PROVIDER;
        return jdbc.sql("""
                        select p.id, p.name, %s, %s, (select count(distinct case_id) from report_product r
                               where r.%s = p.id), p.created_at
                        from %s p where not p.reviewed and p.merged_into is null order by p.created_at""".formatted(
                                provider ? "p.country" : "null", provider ? "null" : "p.type", kind.link, kind.table))
                .query((rs, row) -> new Pending(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant(),
                        candidates(kind, rs.getLong(1), rs.getString(2), rs.getString(3))))
                .list();
    }

    /**
     * Reviewed records that share the pending one's first word or its first four letters (and its
     * country, for a clinic): the likely duplicates, for a person to judge.
     */
    private List<Candidate> candidates(Kind kind, long id, String name, String country) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String firstWord = lower.split("[\\s\\p{Punct}（）・]+")[0];
        String prefix = lower.substring(0, Math.min(4, lower.length()));
        String countryColumn = kind == Kind.PROVIDER ? "country" : "null::char(2)";
        return jdbc.sql("""
                        select id, name, %s from %s
                        where reviewed and merged_into is null and id <> :id
                          and (cast(:country as text) is null or %s is null or %s = :country)
                          and (strpos(lower(name), :word) > 0 or left(lower(name), 4) = :prefix)
                        order by name limit :limit""".formatted(countryColumn, kind.table, countryColumn, countryColumn))
                .param("id", id)
                .param("country", country)
                .param("word", firstWord)
                .param("prefix", prefix)
                .param("limit", CANDIDATES)
                .query((rs, row) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    @Transactional
    public Outcome<Void> confirm(Kind kind, long id, String by) {
        int updated = jdbc.sql(
                        "update %s set reviewed = true where id = ? and merged_into is null".formatted(kind.table))
                .param(id)
                .update();
        if (updated == 0) {
            return Outcome.refused(RegistryRefusal.NOT_AWAITING_REVIEW, kind.code());
        }
        audit.append(by, "registry.confirmed", kind.code() + ":" + id, "");
        return Outcome.done();
    }

    @Transactional
    public Outcome<Void> merge(Kind kind, long from, long into, String by) {
        if (from == into) {
            return Outcome.refused(RegistryRefusal.MERGED_INTO_ITSELF);
        }
        int live = jdbc.sql(
                        "select id from %s where id in (?, ?) and merged_into is null for update".formatted(kind.table))
                .params(from, into)
                .query(Long.class)
                .list()
                .size();
        if (live != 2) {
            return Outcome.refused(RegistryRefusal.NOT_BOTH_LIVE);
        }
        jdbc.sql("update %s set merged_into = ?, reviewed = true where id = ? or merged_into = ?".formatted(kind.table))
                .params(into, from, from)
                .update();
        jdbc.sql("update report_product set %s = ? where %s = ?".formatted(kind.link, kind.link))
                .params(into, from)
                .update();
        if (kind == Kind.PROVIDER) {
            jdbc.sql("update provider_member set provider_id = ? where provider_id = ?")
                    .params(into, from)
                    .update();
        } else {
            moveLots(from, into);
            jdbc.sql("update plan_version set product_id = ? where product_id = ?")
                    .params(into, from)
                    .update();
        }
        audit.append(by, "registry.merged", kind.code() + ":" + from, "into=" + into);
        events.publishEvent(new CasesChanged(null));
        return Outcome.done();
    }

    /** Lots move with their product; a lot number the survivor already has is joined to its lot. */
    private void moveLots(long from, long into) {
        jdbc.sql("""
                        update report_product r set lot_id = survivor.id
                        from lot old join lot survivor on survivor.product_id = ? and survivor.lot_number = old.lot_number
                        where old.product_id = ? and r.lot_id = old.id""").params(into, from).update();
        jdbc.sql("""
                        update lot set product_id = ? where product_id = ?
                          and lot_number not in (select lot_number from lot where product_id = ?)""").params(into, from, into).update();
    }
}
