package org.exovigil.app.registry;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links the products of a case to registry records: the clinic that gave each one, the product and
 * its lot. A name the registry does not know becomes a new record, marked as from a report and
 * unreviewed, for a regulator to confirm or merge; a merged record leads to the one it was merged into.
 * Two reports naming the same unknown clinic at once create one record: creation is serialised per name.
 */
@Service
public class ReportedEntities {

    private final JdbcClient jdbc;

    ReportedEntities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A product as a report names it; any part may be null when the reporter did not know it. */
    public record Mention(String productName, String productType, String lot, String provider) {}

    /**
     * Replaces the case's links with those of its current version; runs inside the intake's transaction. A new
     * case has none to replace ({@code newCase}), which spares the intake a statement.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void link(UUID caseId, boolean newCase, String country, List<Mention> mentions) {
        if (!newCase) {
            jdbc.sql("delete from report_product where case_id = ?")
                    .param(caseId)
                    .update();
        }
        for (int position = 0; position < mentions.size(); position++) {
            Mention mention = mentions.get(position);
            String name = normalised(mention.productName());
            if (name == null) {
                continue;
            }
            long product = product(name, mention.productType(), true);
            String lotNumber = normalised(mention.lot());
            Long lot = lotNumber == null ? null : lot(product, lotNumber);
            String providerName = normalised(mention.provider());
            Long provider = providerName == null ? null : provider(providerName, country);
            jdbc.sql("""
                            insert into report_product (case_id, position, product_id, lot_id, provider_id)
                            values (?, ?, ?, ?, ?)""").params(caseId, position, product, lot, provider).update();
        }
    }

    private long provider(String name, String country) {
        return findOrCreate(
                "provider:" + name.toLowerCase(Locale.ROOT),
                () -> jdbc.sql("""
                                select coalesce(merged_into, id) from provider
                                where lower(name) = lower(?) and country is not distinct from ?
                                order by merged_into nulls first, id limit 1""").params(name, country).query(Long.class).optional(),
                () -> jdbc.sql("""
                                insert into provider (name, country, from_report, reviewed)
                                values (?, ?, true, false) returning id""").params(name, country).query(Long.class).single());
    }

    /**
     * The product a provision plan names: found as a report's product is, so that a plan and the reports naming one
     * product meet in one record; a new record is marked as not from a report, and unreviewed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long declaredProduct(String name, String type) {
        return product(Objects.requireNonNull(normalised(name), "a plan names its product"), type, false);
    }

    private long product(String name, String type, boolean fromReport) {
        return findOrCreate(
                "product:" + name.toLowerCase(Locale.ROOT),
                () -> jdbc.sql("""
                                select coalesce(merged_into, id) from product
                                where lower(name) = lower(?) and (type is null or ?::text is null or type = ?)
                                order by merged_into nulls first, id limit 1""").params(name, type, type).query(Long.class).optional(),
                () -> jdbc.sql("""
                                insert into product (name, type, from_report, reviewed)
                                values (?, ?, ?, false) returning id""")
                        .params(name, type, fromReport)
                        .query(Long.class)
                        .single());
    }

    /**
     * The record found, or a new one. Only creation takes the per-name lock (held to the end of the
     * intake's transaction), so reports naming known records never wait on each other.
     */
    private long findOrCreate(String lockKey, Supplier<Optional<Long>> find, Supplier<Long> create) {
        return find.get().orElseGet(() -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                    .param(lockKey)
                    .query()
                    .listOfRows();
            return find.get().orElseGet(create);
        });
    }

    /** The lot found, or a new one: a known lot, the usual case, costs one statement. */
    private long lot(long product, String lotNumber) {
        return lotId(product, lotNumber)
                .orElseGet(() -> jdbc.sql("""
                        insert into lot (product_id, lot_number) values (?, ?) on conflict do nothing
                        returning id""")
                        .params(product, lotNumber)
                        .query(Long.class)
                        .optional()
                        // A concurrent report created it first: the insert waited for that report's commit.
                        .orElseGet(() -> lotId(product, lotNumber).orElseThrow()));
    }

    private Optional<Long> lotId(long product, String lotNumber) {
        return jdbc.sql("select id from lot where product_id = ? and lot_number = ?")
                .params(product, lotNumber)
                .query(Long.class)
                .optional();
    }

    /** Spaces collapsed and trimmed; null when nothing is left. */
    static String normalised(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = text.strip().replaceAll("\\s+", " ");
        return collapsed.isEmpty() ? null : collapsed;
    }
}
