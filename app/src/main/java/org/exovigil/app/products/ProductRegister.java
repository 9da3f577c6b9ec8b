package org.exovigil.app.products;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.exovigil.app.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Products and lots with their quality record: the dossier and its MISEV score, each lot's release tests
 * and the decision the release rules give, and the adverse-event reports that name the lot.
 */
@Service
public class ProductRegister {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final QualityRules rules = QualityRules.bundled();

    ProductRegister(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public QualityRules rules() {
        return rules;
    }

    /** A product in the register, with its dossier's score and how many lots and cases it has. */
    public record ProductSummary(long id, String name, String type, int dossierPercent, long lots, long cases) {}

    /** A lot with its labelled use, its status, and how many reports name it. */
    public record LotSummary(
            long id,
            long productId,
            String productName,
            String lotNumber,
            String route,
            Double doseMl,
            String status,
            long cases) {}

    /** A report that names a lot. */
    public record LotCase(UUID id, String reference, String problem, boolean serious) {}

    public List<ProductSummary> products() {
        return jdbc.sql(PRODUCTS + " where p.merged_into is null order by p.name")
                .query(this::summary)
                .list();
    }

    public Optional<ProductSummary> product(long id) {
        return jdbc.sql(PRODUCTS + " where p.merged_into is null and p.id = ?")
                .param(id)
                .query(this::summary)
                .optional();
    }

    private static final String PRODUCTS =
            """
            select p.id, p.name, p.type, d.dossier::text,
                   (select count(*) from lot l where l.product_id = p.id),
                   (select count(distinct case_id) from report_product r where r.product_id = p.id)
            from product p left join product_dossier d on d.product_id = p.id""";

    private ProductSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ProductSummary(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                dossier(rs.getString(4)).score(rules).percent(),
                rs.getLong(5),
                rs.getLong(6));
    }

    public Dossier dossierOf(long productId) {
        return jdbc.sql("select dossier::text from product_dossier where product_id = ?")
                .param(productId)
                .query(String.class)
                .optional()
                .map(ProductRegister::dossier)
                .orElse(Dossier.empty());
    }

    @Transactional
    public void saveDossier(long productId, Dossier dossier, String by) {
        jdbc.sql(
                        """
                        insert into product_dossier (product_id, dossier, updated_by) values (?, ?::jsonb, ?)
                        on conflict (product_id) do update set dossier = excluded.dossier,
                            updated_by = excluded.updated_by, updated_at = now()""")
                .params(productId, JSON.writeValueAsString(dossier), by)
                .update();
        audit.append(
                by,
                "product.dossier",
                "product:" + productId,
                "score=" + dossier.score(rules).percent() + "%");
    }

    public List<LotSummary> lots(long productId) {
        return jdbc.sql(LOTS + " where l.product_id = ? order by l.created_at, l.id")
                .param(productId)
                .query(ProductRegister::lot)
                .list();
    }

    public Optional<LotSummary> lot(long lotId) {
        return jdbc.sql(LOTS + " where l.id = ?")
                .param(lotId)
                .query(ProductRegister::lot)
                .optional();
    }

    private static final String LOTS =
            """
            select l.id, l.product_id, p.name, l.lot_number, l.route, l.dose_ml, l.status,
                   (select count(distinct case_id) from report_product r where r.lot_id = l.id)
            from lot l join product p on p.id = l.product_id""";

    @Transactional
    public long addLot(long productId, String lotNumber, String route, double doseMl, String by) {
        long id = jdbc.sql(
                        """
                        insert into lot (product_id, lot_number, route, dose_ml) values (?, ?, ?, ?)
                        on conflict (product_id, lot_number) do update set route = excluded.route, dose_ml = excluded.dose_ml
                        returning id""")
                .params(productId, lotNumber.strip(), route, doseMl)
                .query(Long.class)
                .single();
        audit.append(by, "lot.labelled", "lot:" + id, "route=%s dose_ml=%s".formatted(route, doseMl));
        return id;
    }

    /**
     * Records a test result and decides the lot again. Endotoxin is judged against the K/M limit of the
     * lot's labelled route and dose, which must therefore be known; other tests pass or fail as recorded.
     */
    @Transactional
    public LotRelease.Decision recordTest(long lotId, String test, Boolean passed, Double value, String by) {
        LotSummary lot = lot(lotId).orElseThrow();
        LotRelease.Result result;
        if (test.equals("endotoxin")) {
            if (lot.route() == null || lot.doseMl() == null || value == null) {
                throw new IllegalArgumentException(
                        "EXO-1701 endotoxin needs the lot's labelled route and dose, and the measured EU/mL");
            }
            result = LotRelease.endotoxin(value, EndotoxinLimit.of(lot.route(), lot.doseMl(), rules));
        } else {
            if (passed == null) {
                throw new IllegalArgumentException("EXO-1702 say whether " + test + " passed");
            }
            result = new LotRelease.Result(
                    test, passed, value == null ? (passed ? "passed" : "failed") : value.toString());
        }
        jdbc.sql(
                        """
                        insert into lot_test (lot_id, test, passed, value, measured, recorded_by) values (?, ?, ?, ?, ?, ?)
                        on conflict (lot_id, test) do update set passed = excluded.passed, value = excluded.value,
                            measured = excluded.measured, recorded_by = excluded.recorded_by, recorded_at = now()""")
                .params(lotId, test, result.passed(), value, result.measured(), by)
                .update();
        LotRelease.Decision decision = LotRelease.decide(results(lotId), rules);
        jdbc.sql("update lot set status = ? where id = ?")
                .params(decision.status(), lotId)
                .update();
        audit.append(by, "lot.test", "lot:" + lotId, "%s %s -> %s".formatted(test, result.passed(), decision.status()));
        return decision;
    }

    public Map<String, LotRelease.Result> results(long lotId) {
        Map<String, LotRelease.Result> results = new HashMap<>();
        jdbc.sql("select test, passed, measured from lot_test where lot_id = ?")
                .param(lotId)
                .query(rs -> {
                    results.put(
                            rs.getString(1), new LotRelease.Result(rs.getString(1), rs.getBoolean(2), rs.getString(3)));
                });
        return results;
    }

    public LotRelease.Decision decision(long lotId) {
        return LotRelease.decide(results(lotId), rules);
    }

    public List<LotCase> casesOf(long lotId) {
        return jdbc.sql(
                        """
                        select distinct c.id, c.reference, v.clinical #>> '{reactions,0,term}', c.serious, c.received_at
                        from report_product r join report_case c on c.id = r.case_id
                        join report_version v on v.case_id = c.id and v.version = c.current_version
                        where r.lot_id = ? and not c.nullified order by c.received_at desc""")
                .param(lotId)
                .query((rs, row) ->
                        new LotCase(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    /** One measured value of a test across the product's lots, in order, for a consistency chart. */
    public List<Double> valuesAcrossLots(long productId, String test) {
        List<Double> values = new ArrayList<>();
        jdbc.sql(
                        """
                        select t.value from lot_test t join lot l on l.id = t.lot_id
                        where l.product_id = ? and t.test = ? and t.value is not null order by l.created_at, l.id""")
                .params(productId, test)
                .query(rs -> {
                    values.add(rs.getDouble(1));
                });
        return values;
    }

    private static Dossier dossier(String json) {
        return json == null ? Dossier.empty() : JSON.readValue(json, Dossier.class);
    }

    private static LotSummary lot(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var dose = rs.getBigDecimal(6);
        return new LotSummary(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                dose == null ? null : dose.doubleValue(),
                rs.getString(7),
                rs.getLong(8));
    }
}
