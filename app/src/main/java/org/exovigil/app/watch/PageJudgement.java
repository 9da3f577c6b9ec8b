package org.exovigil.app.watch;

import java.time.LocalDate;
import org.exovigil.watch.ClaimFlag;
import org.exovigil.watch.PageFacts;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A marketing page as the offering it describes, in the input of shared/spec/classify.md: the
 * page's country is the jurisdiction, its first product type, source and donor describe the product,
 * its routes and indications the use, and its claims are the offering's claims. A clinic's page sells to
 * patients, so the setting is a commercial clinic; whatever the page does not say stays unknown, so the
 * rulebook never reads silence as compliance.
 */
final class PageJudgement {

    private PageJudgement() {}

    static ObjectNode offering(PageFacts facts, LocalDate on) {
        var json = JsonNodeFactory.instance;
        ObjectNode offering = json.objectNode();
        offering.put("jurisdiction", facts.country());
        offering.put("date", on.toString());
        ObjectNode product = offering.putObject("product");
        facts.productTypes().stream().findFirst().ifPresent(type -> product.put("type", type));
        facts.sources().stream().findFirst().ifPresent(source -> product.put("source", source));
        if (facts.donor() != null) {
            product.put("donor", facts.donor());
        }
        ObjectNode use = offering.putObject("use");
        use.put("setting", "clinic_commercial");
        if (!facts.prices().isEmpty()) {
            use.put("patient_pays", true);
        }
        facts.routes().forEach(use.putArray("routes")::add);
        facts.indications().forEach(use.putArray("indications")::add);
        var claims = offering.putArray("claims");
        facts.claims().stream()
                .filter(flag -> flag != ClaimFlag.PRICE)
                .map(ClaimFlag::code)
                .sorted()
                .forEach(claims::add);
        return offering;
    }
}
