package org.exovigil.app.products;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.portal.Vocabulary;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.refusals.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Products and lots with their quality record: the dossier and its MISEV score, the product's
 * specification and its versions, each lot's release tests judged against it and the decision they give,
 * and the adverse-event reports that name the lot.
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

    /**
     * A lot with its labelled use, its status, the version of its product's specification that status was
     * decided under, and how many reports name it.
     */
    public record LotSummary(
            long id,
            long productId,
            String productName,
            String lotNumber,
            String route,
            Double doseMl,
            String status,
            int specVersion,
            long cases) {}

    /** A specification a person set: why, by whom and when. */
    public record SpecificationVersion(Specification specification, String reason, String setBy, Instant setAt) {}

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

    private static final String PRODUCTS = """
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
        jdbc.sql("""
                        insert into product_dossier (product_id, dossier, updated_by) values (?, ?::jsonb, ?)
                        on conflict (product_id) do update set dossier = excluded.dossier,
                            updated_by = excluded.updated_by, updated_at = now()""").params(productId, JSON.writeValueAsString(dossier), by).update();
        audit.append(
                by,
                "product.dossier",
                "product:" + productId,
                "score=" + dossier.score(rules).percent() + "%");
    }

    /** The product's lot of that number, if it has one. */
    public Optional<LotSummary> lot(long productId, String lotNumber) {
        return jdbc.sql(LOTS + " where l.product_id = ? and l.lot_number = ?")
                .params(productId, lotNumber.strip())
                .query(ProductRegister::lot)
                .optional();
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

    private static final String LOTS = """
            select l.id, l.product_id, p.name, l.lot_number, l.route, l.dose_ml, l.status, l.spec_version,
                   (select count(distinct case_id) from report_product r where r.lot_id = l.id)
            from lot l join product p on p.id = l.product_id""";

    /**
     * Adds a lot labelled with its route and dose; refused without a number of up to 35 characters, a route and a
     * dose. A lot known only because a report named it has no label yet, and adding it gives it its first one.
     * A lot of that number that is labelled already is refused: adding it again would silently relabel it, so its
     * label is corrected on its own page ({@link #relabelLot}), where the change is seen for what it is.
     */
    @Transactional
    public Outcome<Long> addLot(long productId, String lotNumber, String route, double doseMl, String by) {
        if (lotNumber.isBlank() || lotNumber.length() > 35 || !labelled(route, doseMl)) {
            return Outcome.refused(ProductRefusal.LOT_NOT_LABELLED);
        }
        Optional<Long> added = jdbc.sql("""
                        insert into lot (product_id, lot_number, route, dose_ml) values (?, ?, ?, ?)
                        on conflict (product_id, lot_number) do update set route = excluded.route, dose_ml = excluded.dose_ml
                        where lot.route is null or lot.dose_ml is null
                        returning id""")
                .params(productId, lotNumber.strip(), route, doseMl)
                .query(Long.class)
                .optional();
        if (added.isEmpty()) {
            return Outcome.refused(ProductRefusal.LOT_EXISTS, lotNumber.strip());
        }
        long id = added.get();
        audit.append(by, "lot.labelled", "lot:" + id, "route=%s dose_ml=%s".formatted(route, doseMl));
        return Outcome.done(id);
    }

    /**
     * Corrects the route and dose a lot is labelled for, audited as its first labelling is. The lot keeps its
     * release decision, as under a changed specification: an endotoxin result is judged again against the
     * new limit when a test of the lot is next recorded.
     */
    @Transactional
    public Outcome<Void> relabelLot(long lotId, String route, double doseMl, String by) {
        if (!labelled(route, doseMl)) {
            return Outcome.refused(ProductRefusal.LOT_NOT_LABELLED);
        }
        jdbc.sql("update lot set route = ?, dose_ml = ? where id = ?")
                .params(route, doseMl, lotId)
                .update();
        audit.append(by, "lot.labelled", "lot:" + lotId, "route=%s dose_ml=%s".formatted(route, doseMl));
        return Outcome.done(null);
    }

    private static boolean labelled(String route, double doseMl) {
        return doseMl > 0 && Vocabulary.ROUTES.contains(route);
    }

    /** The specification in force for a product: its latest version, or Exovigil's defaults (version 0). */
    public Specification specificationOf(long productId) {
        return jdbc.sql("""
                        select specification::text from product_specification where product_id = ?
                        order by version desc limit 1""")
                .param(productId)
                .query(String.class)
                .optional()
                .map(json -> JSON.readValue(json, Specification.class))
                .orElse(rules.defaults());
    }

    /** A product's specification as it was at a version; version 0 is the defaults. */
    public Specification specificationAt(long productId, int version) {
        if (version == 0) {
            return rules.defaults();
        }
        return jdbc.sql("select specification::text from product_specification where product_id = ? and version = ?")
                .params(productId, version)
                .query(String.class)
                .optional()
                .map(json -> JSON.readValue(json, Specification.class))
                .orElseThrow(
                        () -> new IllegalStateException("product:" + productId + " has no specification " + version));
    }

    /** The specifications people set for a product, newest first. */
    public List<SpecificationVersion> specificationHistory(long productId) {
        return jdbc.sql("""
                        select specification::text, reason, set_by, set_at from product_specification
                        where product_id = ? order by version desc""")
                .param(productId)
                .query((rs, row) -> new SpecificationVersion(
                        JSON.readValue(rs.getString(1), Specification.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Sets a product's own specification as its next version, audited with the reason. Lots keep the
     * decision they have: each is decided again only when a test of its is recorded.
     *
     * @return the new version, or the refusal naming the field at fault
     */
    @Transactional
    public Outcome<Integer> setSpecification(long productId, Specification draft, String reason, String by) {
        jdbc.sql("select 1 from product where id = ? for update")
                .param(productId)
                .query(Integer.class)
                .single();
        Optional<Refusal> refused = draft.refusal(rules);
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.refused(ProductRefusal.REASON_NOT_GIVEN);
        }
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from product_specification where product_id = ?")
                .param(productId)
                .query(Integer.class)
                .single();
        Specification specification = draft.numbered(version);
        jdbc.sql("""
                        insert into product_specification (product_id, version, specification, reason, set_by)
                        values (?, ?, ?::jsonb, ?, ?)""")
                .params(productId, version, JSON.writeValueAsString(specification), reason.strip(), by)
                .update();
        List<String> criteria = new ArrayList<>();
        criteria.add("required=" + specification.required());
        QualityRules.CRITERIA.forEach(test -> {
            String criterion = specification.criterion(test);
            if (criterion != null) {
                criteria.add(test + "=" + criterion);
            }
        });
        audit.append(
                by,
                "product.specification",
                "product:" + productId,
                "version=%d %s; reason: %s".formatted(version, String.join("; ", criteria), reason.strip()));
        return Outcome.done(version);
    }

    /**
     * Records a test result and decides the lot again under its product's specification in force.
     * Endotoxin is judged against the K/M limit of the lot's labelled route and dose, which must therefore
     * be known; quantities against the specification's criteria, so they need the measured value;
     * sterility, mycoplasma and the like pass or fail as recorded. Recording particle concentration or
     * protein also computes their ratio, the purity indicator, once both are known.
     */
    @Transactional
    public Outcome<LotRelease.Decision> recordTest(long lotId, String test, Boolean passed, Double value, String by) {
        LotSummary lot = lot(lotId).orElseThrow();
        Specification specification = specificationOf(lot.productId());
        return switch (result(lot, specification, test, passed, value)) {
            case Outcome.Refused<LotRelease.Result>(Refusal refusal) -> Outcome.refused(refusal);
            case Outcome.Done<LotRelease.Result>(LotRelease.Result result) -> {
                store(lotId, result, value, null, by);
                if (test.equals(Specification.PARTICLE_CONCENTRATION) || test.equals(Specification.PROTEIN)) {
                    purity(lotId, specification, by);
                }
                yield Outcome.done(decide(lotId, specification, by, "%s %s".formatted(test, result.passed())));
            }
        };
    }

    /** A test's result as judged, or why it cannot be: an unknown test, or a figure the judging needs is missing. */
    private Outcome<LotRelease.Result> result(
            LotSummary lot, Specification specification, String test, Boolean passed, Double value) {
        if (!rules.tests().contains(test)) {
            return Outcome.refused(ProductRefusal.UNKNOWN_TEST, rules.tests());
        }
        if (test.equals("endotoxin")) {
            return lot.route() == null || lot.doseMl() == null || value == null
                    ? Outcome.refused(ProductRefusal.ENDOTOXIN_NEEDS_LABELLED_USE)
                    : Outcome.done(LotRelease.endotoxin(value, EndotoxinLimit.of(lot.route(), lot.doseMl(), rules)));
        }
        if (Specification.QUANTITATIVE.contains(test)) {
            return value == null || !Double.isFinite(value) || value < 0
                    ? Outcome.refused(ProductRefusal.VALUE_NOT_MEASURED, test)
                    : Outcome.done(specification.judge(test, value));
        }
        if (test.equals(Specification.IDENTITY)) {
            return Outcome.refused(ProductRefusal.IDENTITY_NEEDS_MARKERS);
        }
        if (passed == null) {
            return Outcome.refused(ProductRefusal.PASSED_NOT_SAID, test);
        }
        return Outcome.done(
                new LotRelease.Result(test, passed, value == null ? (passed ? "passed" : "failed") : value.toString()));
    }

    /** Records identity from the markers a lot showed present and absent, judged against the specification. */
    @Transactional
    public Outcome<LotRelease.Decision> recordIdentity(long lotId, List<String> found, List<String> absent, String by) {
        LotSummary lot = lot(lotId).orElseThrow();
        if (found.isEmpty() && absent.isEmpty()) {
            return Outcome.refused(ProductRefusal.IDENTITY_NEEDS_MARKERS);
        }
        List<String> both = found.stream()
                .map(marker -> marker.toUpperCase(java.util.Locale.ROOT))
                .filter(marker -> absent.stream().anyMatch(marker::equalsIgnoreCase))
                .toList();
        if (!both.isEmpty()) {
            return Outcome.refused(ProductRefusal.MARKER_PRESENT_AND_ABSENT, String.join(", ", both));
        }
        Specification specification = specificationOf(lot.productId());
        LotRelease.Result result = specification.identity(found, absent);
        store(lotId, result, null, JSON.writeValueAsString(Map.of("found", found, "absent", absent)), by);
        return Outcome.done(decide(lotId, specification, by, "identity " + result.passed()));
    }

    private void store(long lotId, LotRelease.Result result, Double value, String markers, String by) {
        jdbc.sql("""
                        insert into lot_test (lot_id, test, passed, value, measured, markers, recorded_by)
                        values (?, ?, ?, ?, ?, ?::jsonb, ?)
                        on conflict (lot_id, test) do update set passed = excluded.passed, value = excluded.value,
                            measured = excluded.measured, markers = excluded.markers,
                            recorded_by = excluded.recorded_by, recorded_at = now()""")
                .params(lotId, result.test(), result.passed(), value, result.measured(), markers, by)
                .update();
    }

    /** Particles per µg of protein from the lot's two measured figures, once both are known. */
    private void purity(long lotId, Specification specification, String by) {
        Map<String, Double> values = new HashMap<>();
        jdbc.sql("select test, value from lot_test where lot_id = ? and test in (?, ?) and value is not null")
                .params(lotId, Specification.PARTICLE_CONCENTRATION, Specification.PROTEIN)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getDouble(2));
                });
        Double particles = values.get(Specification.PARTICLE_CONCENTRATION);
        Double protein = values.get(Specification.PROTEIN);
        if (particles != null && protein != null && protein > 0) {
            double ratio = particles / protein;
            store(lotId, specification.judge(Specification.PARTICLES_PER_UG_PROTEIN, ratio), ratio, null, by);
        }
    }

    private LotRelease.Decision decide(long lotId, Specification specification, String by, String what) {
        LotRelease.Decision decision = LotRelease.decide(results(lotId), specification);
        jdbc.sql("update lot set status = ?, spec_version = ? where id = ?")
                .params(decision.status(), specification.version(), lotId)
                .update();
        audit.append(
                by,
                "lot.test",
                "lot:" + lotId,
                "%s -> %s (specification version %d)".formatted(what, decision.status(), specification.version()));
        return decision;
    }

    public Map<String, LotRelease.Result> results(long lotId) {
        Map<String, LotRelease.Result> results = new java.util.TreeMap<>();
        jdbc.sql("select test, passed, measured from lot_test where lot_id = ?")
                .param(lotId)
                .query(rs -> {
                    results.put(
                            rs.getString(1), new LotRelease.Result(rs.getString(1), rs.getBoolean(2), rs.getString(3)));
                });
        return results;
    }

    /** The lot's recorded decision: its results under the specification version it was decided under. */
    public LotRelease.Decision decision(long lotId) {
        LotSummary lot = lot(lotId).orElseThrow();
        return LotRelease.decide(results(lotId), specificationAt(lot.productId(), lot.specVersion()));
    }

    public List<LotCase> casesOf(long lotId) {
        return jdbc.sql("""
                        select distinct c.id, c.reference, coalesce(v.clinical #>> '{reactions,0,term}', 'MedDRA ' || (v.clinical #>> '{reactions,0,coded,code}')), c.serious, c.received_at
                        from report_product r join report_case c on c.id = r.case_id
                        join report_version v on v.case_id = c.id and v.version = c.current_version
                        where r.lot_id = ? and not c.nullified order by c.received_at desc""")
                .param(lotId)
                .query((rs, row) ->
                        new LotCase(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    /** One measured value of a test across the product's lots, in order, for a consistency chart. */
    public List<ControlChart.LotValue> valuesAcrossLots(long productId, String test) {
        return jdbc.sql("""
                        select l.lot_number, t.value from lot_test t join lot l on l.id = t.lot_id
                        where l.product_id = ? and t.test = ? and t.value is not null order by l.created_at, l.id""")
                .params(productId, test)
                .query((rs, row) -> new ControlChart.LotValue(rs.getString(1), rs.getDouble(2)))
                .list();
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
                rs.getInt(8),
                rs.getLong(9));
    }
}
