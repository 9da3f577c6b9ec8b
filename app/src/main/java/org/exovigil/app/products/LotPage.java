package org.exovigil.app.products;

import java.util.List;
import java.util.Map;
import org.exovigil.app.portal.Vocabulary;

/**
 * One lot and its release: the tests recorded, the decision under the product's specification, the reports
 * that name it.
 *
 * @param results the recorded result of each test, by test
 * @param specification the product's specification now, which may be later than the one the lot was decided under
 * @param rates the lot's reports per 1,000 of its administrations, rated once a count is recorded
 * @param limit the endotoxin limit for the lot's labelled route and dose, or null without both
 */
record LotPage(
        ProductRegister.LotSummary lot,
        Map<String, LotRelease.Result> results,
        LotRelease.Decision decision,
        Specification specification,
        List<String> tests,
        List<ProductRegister.LotCase> cases,
        AdministrationRates rates,
        EndotoxinLimit limit) {

    static LotPage of(ProductRegister.LotSummary lot, ProductRegister register, ProductExposures exposures) {
        QualityRules rules = register.rules();
        return new LotPage(
                lot,
                register.results(lot.id()),
                register.decision(lot.id()),
                register.specificationOf(lot.productId()),
                rules.tests(),
                register.casesOf(lot.id()),
                exposures.ofLot(lot.id()),
                lot.route() == null || lot.doseMl() == null
                        ? null
                        : EndotoxinLimit.of(lot.route(), lot.doseMl(), rules));
    }

    /** The routes a lot can be labelled for. */
    public List<String> routes() {
        return Vocabulary.ROUTES;
    }
}
