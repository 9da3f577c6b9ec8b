package org.exovigil.app.products;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exovigil.app.portal.Vocabulary;

/**
 * One product as regulators and committees keep it: its adverse-event rates, its characterisation dossier
 * scored against MISEV, its specification and the history of it, its lots and their consistency.
 *
 * @param ratio particles per µg of protein, or null when the dossier lacks either figure
 * @param criteria every test a specification can judge or require: the release tests and the purity ratio
 * @param lotRates each lot's reports per 1,000 of its administrations, by lot id
 * @param lotsMeasured how many lots have a particle concentration recorded
 * @param chart the particle concentration across lots, or null with fewer than three lots measured
 */
record ProductPage(
        ProductRegister.ProductSummary product,
        ProductExposure exposure,
        Dossier dossier,
        Dossier.Score score,
        Double ratio,
        Specification specification,
        List<ProductRegister.SpecificationVersion> specificationHistory,
        List<String> criteria,
        QualityRules rules,
        List<ProductRegister.LotSummary> lots,
        Map<Long, AdministrationRates> lotRates,
        int lotsMeasured,
        ControlChart chart) {

    /** The purity ratio as particle counts are shown: scientific notation, three significant digits ("1.33e9"). */
    public String ratioText() {
        return ratio == null ? null : Specification.figure(ratio);
    }

    static ProductPage of(
            ProductRegister.ProductSummary product, ProductRegister register, ProductExposures exposures) {
        long id = product.id();
        QualityRules rules = register.rules();
        Dossier dossier = register.dossierOf(id);
        var criteria = new ArrayList<>(rules.tests());
        var lots = register.lots(id);
        var concentrations = register.valuesAcrossLots(id, "particle_concentration");
        criteria.add(Specification.PARTICLES_PER_UG_PROTEIN);
        return new ProductPage(
                product,
                exposures.of(id),
                dossier,
                dossier.score(rules),
                dossier.particlesPerUgProtein(),
                register.specificationOf(id),
                register.specificationHistory(id),
                List.copyOf(criteria),
                rules,
                lots,
                lots.stream()
                        .collect(Collectors.toMap(ProductRegister.LotSummary::id, lot -> exposures.ofLot(lot.id()))),
                concentrations.size(),
                ControlChart.of(concentrations));
    }

    /** How many lots the control chart needs before it can set limits. */
    public int chartNeeds() {
        return ControlChart.FEWEST_LOTS;
    }

    /** The routes a new lot can be labelled for. */
    public List<String> routes() {
        return Vocabulary.ROUTES;
    }
}
