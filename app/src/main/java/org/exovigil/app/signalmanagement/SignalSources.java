package org.exovigil.app.signalmanagement;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.exovigil.app.products.ProductRegister;
import org.exovigil.app.signals.CaseSignals;
import org.exovigil.vigilance.signal.SignalSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a signal's source from the register (GVP IX.B.1): a cluster alert by its number, a pair of the
 * disproportionality table by product and event, a lot by its number in the register, a case by its id, a rise in
 * unlawful marketing by its product type. Each gives the product, the lot and the case series the priority score
 * reads; a rise gives the marketing pages instead.
 */
@Component
class SignalSources {

    /** Separates product and event in a pair's reference; neither a product nor an event name holds it. */
    static final String PAIR_SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final CaseSignals signals;
    private final ProductRegister products;
    private final MarketingRises marketing;

    SignalSources(JdbcClient jdbc, CaseSignals signals, ProductRegister products, MarketingRises marketing) {
        this.jdbc = jdbc;
        this.signals = signals;
        this.products = products;
        this.marketing = marketing;
    }

    Optional<RaisedSignal> resolve(SignalSource.Kind kind, String reference) {
        try {
            return switch (kind) {
                case CLUSTER_ALERT -> alert(Long.parseLong(reference.strip()));
                case DISPROPORTIONALITY -> pair(reference);
                case LOT_RELEASE -> lot(Long.parseLong(reference.strip()));
                case SINGLE_CASE -> singleCase(UUID.fromString(reference.strip()));
                case UNLAWFUL_MARKETING -> marketing.raised(reference.strip());
            };
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private Optional<RaisedSignal> alert(long id) {
        return jdbc.sql("""
                        select a.rule_id, a.scope, a.scope_id, a.case_ids, a.first_day, a.last_day,
                               case a.scope
                                 when 'lot' then (select p.name || ', lot ' || l.lot_number from lot l join product p on p.id = l.product_id where l.id = a.scope_id)
                                 when 'provider' then (select name from provider where id = a.scope_id)
                                 else (select name from product where id = a.scope_id) end,
                               case a.scope when 'lot' then (select product_id from lot where id = a.scope_id)
                                            when 'product' then a.scope_id end
                        from cluster_alert a where a.id = ?""")
                .param(id)
                .query((rs, row) -> {
                    List<UUID> cases = uuids(rs.getArray(4));
                    Long productId = rs.getObject(8, Long.class);
                    return new RaisedSignal(
                            new SignalSource(
                                    SignalSource.Kind.CLUSTER_ALERT,
                                    String.valueOf(id),
                                    "%s (%s, %s – %s)"
                                            .formatted(
                                                    rs.getString(7),
                                                    rs.getString(1),
                                                    rs.getString(5),
                                                    rs.getString(6))),
                            productId,
                            productId == null ? null : productName(productId),
                            rs.getString(2).equals("lot") ? rs.getLong(3) : null,
                            cases);
                })
                .optional();
    }

    private Optional<RaisedSignal> pair(String reference) {
        String[] parts = reference.split(PAIR_SEPARATOR, -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            return Optional.empty();
        }
        List<UUID> cases = signals.casesOf(parts[0], parts[1]).stream()
                .map(CaseSignals.PairCase::id)
                .toList();
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        Long productId = jdbc.sql("select id from product where name = ? and merged_into is null order by id limit 1")
                .param(parts[0])
                .query(Long.class)
                .optional()
                .orElse(null);
        return Optional.of(new RaisedSignal(
                new SignalSource(SignalSource.Kind.DISPROPORTIONALITY, reference, parts[0] + " × " + parts[1]),
                productId,
                parts[0],
                null,
                cases));
    }

    private Optional<RaisedSignal> lot(long id) {
        return products.lot(id).map(lot -> {
            var decision = products.decision(id);
            List<UUID> cases = products.casesOf(id).stream()
                    .map(ProductRegister.LotCase::id)
                    .toList();
            String failed = decision.failed().isEmpty() ? "" : " (" + String.join(", ", decision.failed()) + ")";
            // The status and failed tests are codes of the release rules, shown as the lot page names them.
            return new RaisedSignal(
                    new SignalSource(
                            SignalSource.Kind.LOT_RELEASE,
                            String.valueOf(id),
                            "%s, lot %s: %s%s"
                                    .formatted(lot.productName(), lot.lotNumber(), decision.status(), failed)),
                    lot.productId(),
                    lot.productName(),
                    id,
                    cases);
        });
    }

    private Optional<RaisedSignal> singleCase(UUID id) {
        return jdbc.sql("""
                        select c.reference, coalesce(v.clinical #>> '{reactions,0,term}', ''), rp.product_id, p.name, rp.lot_id
                        from report_case c join report_version v on v.case_id = c.id and v.version = c.current_version
                        left join report_product rp on rp.case_id = c.id and rp.position = 0
                        left join product p on p.id = rp.product_id
                        where c.id = ?""")
                .param(id)
                .query((rs, row) -> new RaisedSignal(
                        new SignalSource(
                                SignalSource.Kind.SINGLE_CASE,
                                id.toString(),
                                "%s: %s%s"
                                        .formatted(
                                                rs.getString(1),
                                                rs.getString(2),
                                                rs.getString(4) == null ? "" : " (" + rs.getString(4) + ")")),
                        rs.getObject(3, Long.class),
                        rs.getString(4),
                        rs.getObject(5, Long.class),
                        List.of(id)))
                .optional();
    }

    /** The product's name as the disproportionality table names it, or null without a product. */
    String productName(Long productId) {
        if (productId == null) {
            return null;
        }
        return jdbc.sql("select name from product where id = ?")
                .param(productId)
                .query(String.class)
                .single();
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(id -> (UUID) id).toList();
    }
}
