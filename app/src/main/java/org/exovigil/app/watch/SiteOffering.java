package org.exovigil.app.watch;

import java.time.LocalDate;
import org.exovigil.watch.ClaimFlag;
import org.exovigil.watch.ClinicProfile;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A marketing site as the offering it describes, in the input of shared/spec/classify.md: the site's
 * country is the jurisdiction, its first product type, source and donor describe the product, its routes
 * and indications the use, and the claims of all its pages are the offering's claims. A clinic's site
 * sells to patients, so the setting is a commercial clinic; whatever the site does not say stays
 * unknown, so the rulebook never reads silence as compliance.
 */
final class SiteOffering {

    private SiteOffering() {}

    static ObjectNode of(ClinicProfile site, LocalDate on) {
        var json = JsonNodeFactory.instance;
        ObjectNode offering = json.objectNode();
        offering.put("jurisdiction", site.country());
        offering.put("date", on.toString());
        ObjectNode product = offering.putObject("product");
        site.productTypes().stream().findFirst().ifPresent(type -> product.put("type", type));
        site.sources().stream().findFirst().ifPresent(source -> product.put("source", source));
        if (site.donor() != null) {
            product.put("donor", site.donor());
        }
        ObjectNode use = offering.putObject("use");
        use.put("setting", "clinic_commercial");
        if (!site.prices().isEmpty()) {
            use.put("patient_pays", true);
        }
        site.routes().forEach(use.putArray("routes")::add);
        site.indications().forEach(use.putArray("indications")::add);
        var claims = offering.putArray("claims");
        site.claims().stream()
                .filter(flag -> flag != ClaimFlag.PRICE)
                .map(ClaimFlag::code)
                .sorted()
                .forEach(claims::add);
        return offering;
    }
}
