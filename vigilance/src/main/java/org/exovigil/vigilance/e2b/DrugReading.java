package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;
import static org.exovigil.vigilance.e2b.ElementValues.at;
import static org.exovigil.vigilance.e2b.ElementValues.blankToNull;
import static org.exovigil.vigilance.e2b.ElementValues.id;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.ActionTaken;
import org.exovigil.vigilance.model.Authorisation;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Dosage;
import org.exovigil.vigilance.model.Dose;
import org.exovigil.vigilance.model.DrugDetails;
import org.exovigil.vigilance.model.FdaDrugDetails;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.ProductType;
import org.exovigil.vigilance.model.Quantity;
import org.exovigil.vigilance.model.ReportedTerm;
import org.exovigil.vigilance.model.Route;
import org.exovigil.vigilance.model.Substance;
import org.exovigil.vigilance.model.TermAsSent;

/**
 * Reads the G.k drugs of one message: each product's G.k.2.2 name, its first dosage (G.k.4.r: lot, route,
 * dose, start date; every dosage is kept in full when they say more) and Exovigil's product type and provider, its role (G.k.1) and relatedness to each
 * reaction (G.k.9.i.2.r) from the causality assessments that point at the product's id, and the details of
 * {@link DrugDetails}.
 */
final class DrugReading {

    static final Map<String, String> PRODUCT_ELEMENTS = Map.of(
            "role", "G.k.1",
            "name", "G.k.2.2",
            "lot", "G.k.4.r.7",
            "provider", "G.k (" + EXT_PROVIDER + ")",
            "dose.unit", "G.k.4.r.1b",
            "dose.text", "G.k.4.r.8");

    private final ElementValues values;
    private final XmlElement assessment;
    private final List<String> reactionIds;

    /**
     * @param assessment  the adverseEventAssessment, which holds the causality assessments
     * @param reactionIds the ids of the reactions, in the order of the report's reactions
     */
    DrugReading(ElementValues values, XmlElement assessment, List<String> reactionIds) {
        this.values = values;
        this.assessment = assessment;
        this.reactionIds = reactionIds;
    }

    private Map<String, String> otherRoles;

    /** The key of an HL7 id, as reactions and drugs are referred to by causality assessments. */
    static String key(XmlElement id) {
        return id.attribute("root") + "|" + id.attribute("extension");
    }

    /** Every product of the message, in document order; a product with problems is left out. */
    List<Product> products(List<XmlElement> administrations) {
        Map<String, ProductRole> roles = roles(assessment);
        List<Product> products = new ArrayList<>();
        for (int k = 0; k < administrations.size(); k++) {
            Product product = product(administrations.get(k), k, roles);
            if (product != null) {
                products.add(product);
            }
        }
        return products;
    }

    /**
     * G.k.1 for each product, keyed by the product's id (causalityAssessment/subject2/productUseReference); the
     * same observation valued in FDA's list is FDA.G.k.1.a, read apart ({@link #otherRoles}).
     */
    private Map<String, ProductRole> roles(XmlElement assessment) {
        Map<String, ProductRole> roles = new HashMap<>();
        for (XmlElement causality : roleAssessments(assessment)) {
            XmlElement value = causality.child("value");
            XmlElement reference = causality.at("subject2", "productUseReference", "id");
            if (value == null || FDA_OTHER_DRUG_ROLES.equals(value.attribute("codeSystem"))) {
                continue;
            }
            ProductRole role = values.code(value, "G.k.1", ProductRole.class, ProductRole::e2bCode);
            if (reference != null && role != null) {
                roles.put(key(reference), role);
            }
        }
        return roles;
    }

    /** FDA.G.k.1.a, FDA's other characterisation of each product's role (e.g. 1 similar device), by product id. */
    private Map<String, String> otherRoles() {
        if (otherRoles != null) {
            return otherRoles;
        }
        Map<String, String> roles = new HashMap<>();
        for (XmlElement causality : roleAssessments(assessment)) {
            XmlElement value = causality.child("value");
            XmlElement reference = causality.at("subject2", "productUseReference", "id");
            if (value != null
                    && reference != null
                    && FDA_OTHER_DRUG_ROLES.equals(value.attribute("codeSystem"))
                    && blankToNull(value.attribute("code")) != null) {
                roles.put(key(reference), value.attribute("code"));
            }
        }
        otherRoles = roles; // read once for all the message's products
        return roles;
    }

    private static List<XmlElement> roleAssessments(XmlElement assessment) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement component : assessment == null ? List.<XmlElement>of() : assessment.children("component")) {
            XmlElement causality = component.child("causalityAssessment");
            if (causality != null && causality.hasCode(OBS_DRUG_ROLE, OBSERVATION)) {
                found.add(causality);
            }
        }
        return found;
    }

    private Product product(XmlElement administration, int k, Map<String, ProductRole> roles) {
        XmlElement id = administration.child("id");
        ProductRole role = id == null ? null : roles.get(key(id));
        XmlElement nameElement = administration.at("consumable", "instanceOfKind", "kindOfProduct", "name");
        String name = nameElement == null ? null : nameElement.text();
        XmlElement dosage = null;
        List<Dosage> dosages = new ArrayList<>();
        for (XmlElement relationship : administration.children("outboundRelationship2")) {
            XmlElement sa = relationship.child("substanceAdministration");
            if (sa != null && "COMP".equals(relationship.attribute("typeCode"))) {
                dosages.add(DosageElements.read(sa, values, k));
                dosage = dosage == null ? sa : dosage;
            }
        }
        String lot = null;
        Route route = null;
        TermAsSent routeAsReported = null;
        Dose dose = null;
        LocalDate started = null;
        if (dosage != null) {
            XmlElement lotElement =
                    dosage.at("consumable", "instanceOfKind", "productInstanceInstance", "lotNumberText");
            lot = lotElement == null ? null : lotElement.text();
            route = route(dosage.child("routeCode"));
            routeAsReported = routeAsReported(dosage.child("routeCode"));
            dose = dose(dosage, k);
            XmlElement time = dosage.child("effectiveTime");
            if (time != null && time.child("low") == null) {
                for (XmlElement comp : time.children("comp")) {
                    if (comp.child("low") != null) {
                        time = comp; // SXPR_TS with an IVL_TS component
                    }
                }
            }
            started = values.date(
                    time == null || time.child("low") == null ? null : time.child("low"), at("G.k.4.r.4", k));
        }
        ProductType type = null;
        XmlElement typeValue = extensionValue(administration, EXT_PRODUCT_TYPE);
        if (typeValue != null && typeValue.attribute("code") != null) {
            String code = typeValue.attribute("code");
            type = Coded.fromCode(ProductType.class, code).orElse(null);
            if (type == null) {
                values.problem(
                        ProblemCode.NOT_IN_CODE_LIST,
                        at("G.k (" + EXT_PRODUCT_TYPE + ")", k),
                        "expected one of %s, got \"%s\"".formatted(Coded.codesOf(ProductType.class), code),
                        typeValue);
            }
        }
        String provider = extension(administration, EXT_PROVIDER);
        return values.accept(
                Product.of(
                        role,
                        name,
                        type,
                        lot,
                        route,
                        provider,
                        dose,
                        started,
                        routeAsReported,
                        details(administration, id, k, DosageElements.sayMore(dosages) ? dosages : List.of())),
                PRODUCT_ELEMENTS,
                k);
    }

    /**
     * G.k.4.r.10 in Exovigil's vocabulary: its own route code in the free text, else the EDQM term, else
     * "other". What another system sent is kept as sent besides ({@link #routeAsReported}).
     */
    private static Route route(XmlElement routeCode) {
        if (routeCode == null || (routeCode.isNull() && routeCode.child("originalText") == null)) {
            return null;
        }
        String text = blankToNull(routeCode.childText("originalText"));
        Route route =
                text == null ? null : Coded.fromCode(Route.class, text.strip()).orElse(null);
        if (route == null && EDQM_ROUTE.equals(routeCode.attribute("codeSystem"))) {
            route = routeOfEdqm(routeCode.attribute("code"));
        }
        return route == null ? Route.OTHER : route;
    }

    /** G.k.4.r.10.1 and .2a/b as sent, unless they are only Exovigil's own route code. */
    private static TermAsSent routeAsReported(XmlElement routeCode) {
        if (routeCode == null) {
            return null;
        }
        String text = blankToNull(routeCode.childText("originalText"));
        if (text != null && Coded.fromCode(Route.class, text).isPresent()) {
            return null;
        }
        return TermAsSent.of(
                text,
                routeCode.isNull() ? null : routeCode.attribute("code"),
                routeCode.attribute("codeSystem"),
                routeCode.attribute("codeSystemVersion"));
    }

    /** G.k.2.1, G.k.2.3, G.k.2.4, G.k.3, G.k.7.r and G.k.8, as sent. */
    private DrugDetails details(XmlElement administration, XmlElement id, int k, List<Dosage> dosages) {
        XmlElement kind = administration.at("consumable", "instanceOfKind", "kindOfProduct");
        XmlElement code = kind == null ? null : kind.child("code");
        String productCode = code == null || code.isNull() ? null : blankToNull(code.attribute("code"));
        List<Substance> substances = new ArrayList<>();
        for (XmlElement ingredient : kind == null ? List.<XmlElement>of() : kind.children("ingredient")) {
            Substance substance = substance(ingredient, k);
            if (substance != null) {
                substances.add(substance);
            }
        }
        XmlElement approval = null;
        String category = null;
        XmlElement manufactured = kind == null ? null : kind.child("asManufacturedProduct");
        for (XmlElement subjectOf : manufactured == null ? List.<XmlElement>of() : manufactured.children("subjectOf")) {
            XmlElement characteristic = subjectOf.child("characteristic");
            if (subjectOf.child("approval") != null) {
                approval = subjectOf.child("approval");
            } else if (characteristic != null && characteristic.hasCode(FDA_SPECIALIZED_CATEGORY, NCI_THESAURUS)) {
                XmlElement value = characteristic.child("value");
                category =
                        value == null || value.isNull() ? null : blankToNull(value.attribute("code")); // FDA.G.k.10.1
            }
        }
        XmlElement obtained = obtainedIn(administration);
        List<ReportedTerm> indications = new ArrayList<>();
        ActionTaken action = null;
        for (XmlElement inbound : administration.children("inboundRelationship")) {
            XmlElement observation = inbound.child("observation");
            XmlElement act = inbound.child("act");
            if (observation != null && observation.hasCode(OBS_INDICATION, OBSERVATION)) {
                ReportedTerm indication = ElementValues.reportedTerm(observation.child("value"));
                if (indication != null) {
                    indications.add(indication);
                }
            } else if (act != null
                    && act.child("code") != null
                    && ACTION_TAKEN.equals(act.child("code").attribute("codeSystem"))) {
                action = values.code(act.child("code"), at("G.k.8", k), ActionTaken.class, ActionTaken::e2bCode);
            }
        }
        DrugDetails details = DrugDetails.of(
                productCode == null
                        ? null
                        : new CodedTerm(
                                String.valueOf(code.attribute("codeSystem")),
                                blankToNull(code.attribute("codeSystemVersion")),
                                productCode),
                substances,
                country(obtained == null ? null : obtained.childText("country")),
                approval == null ? null : authorisation(approval),
                indications,
                action,
                id == null
                        ? List.of()
                        : new RelatednessElements(assessment, reactionIds, this::quantity)
                                .read(key(id), administration, k),
                dosages,
                bool(related(administration, OBS_BLINDED), at("G.k.2.5", k)),
                quantity(related(administration, OBS_CUMULATIVE_DOSE), at("G.k.5a", k)),
                quantity(related(administration, OBS_GESTATION_PERIOD), at("G.k.6a", k)),
                additionalCodes(administration, false),
                text(related(administration, OBS_ADDITIONAL_DRUG_INFORMATION)),
                FdaDrugDetails.of(
                        id == null ? null : otherRoles().get(key(id)), // FDA.G.k.1.a
                        category, // FDA.G.k.10.1
                        additionalCodes(administration, true), // FDA.G.k.10a
                        DeviceElements.read(kind))); // FDA.G.k.12.r
        return DrugDetails.withFulfilledIntents(details, fulfilledIntents(administration, k));
    }

    /**
     * The sequence numbers of the drug's FLFS relationships to an intended administration (see {@link
     * DrugDetails#fulfilledIntents}); one without a number, or with one that is no integer, is noted and left out.
     */
    private List<Integer> fulfilledIntents(XmlElement administration, int k) {
        List<Integer> numbers = new ArrayList<>();
        for (XmlElement relationship : administration.children("outboundRelationship2")) {
            if (!"FLFS".equals(relationship.attribute("typeCode"))
                    || relationship.child("substanceAdministration") == null) {
                continue;
            }
            XmlElement sequence = relationship.child("sequenceNumber");
            String value = sequence == null ? null : blankToNull(sequence.attribute("value"));
            if (value != null && value.matches("-?\\d{1,9}")) {
                numbers.add(Integer.valueOf(value));
            } else {
                values.note(
                        at("G.k", k) + " FLFS",
                        "expected a sequence number, got \"%s\"; left out".formatted(value),
                        relationship);
            }
        }
        return numbers;
    }

    /**
     * G.k.10.r, the E2B codes of additional information, or with {@code fda} FDA.G.k.10a: the same observation
     * valued in any other list (FDA's, though its Scenario 5 names ICH's C.3.1 list) or with a null flavour.
     */
    private static List<String> additionalCodes(XmlElement administration, boolean fda) {
        List<String> codes = new ArrayList<>();
        for (XmlElement relationship : administration.children("outboundRelationship2")) {
            XmlElement observation = relationship.child("observation");
            XmlElement value = observation == null ? null : observation.child("value");
            if (observation == null || !observation.hasCode(OBS_CODED_DRUG_INFORMATION, OBSERVATION) || value == null) {
                continue;
            }
            boolean ich = G_K_10_ADDITIONAL_INFORMATION.equals(value.attribute("codeSystem"));
            String code = fda ? ElementValues.codeOrNullFlavor(value) : blankToNull(value.attribute("code"));
            if (ich != fda && code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The value of the drug's related observation with this code, or null. */
    private static XmlElement related(XmlElement administration, String code) {
        for (XmlElement relationship : administration.children("outboundRelationship2")) {
            XmlElement observation = relationship.child("observation");
            if (observation != null && observation.hasCode(code, OBSERVATION)) {
                return observation.child("value");
            }
        }
        return null;
    }

    private Boolean bool(XmlElement value, String path) {
        return value == null ? null : values.bool(value, path);
    }

    Quantity quantity(XmlElement value, String path) {
        return value == null || value.isNull()
                ? null
                : Quantity.of(values.decimal(value, path), blankToNull(value.attribute("unit")));
    }

    private static String text(XmlElement value) {
        return value == null || value.isNull() ? null : blankToNull(value.text());
    }

    private static Authorisation authorisation(XmlElement approval) {
        XmlElement holder = approval.at("holder", "role", "playingOrganization");
        XmlElement territory = approval.at("author", "territorialAuthority", "territory", "code");
        return Authorisation.of(
                ElementValues.id(approval, G_K_3_1_AUTHORISATION_NUMBER),
                territory == null || territory.isNull() ? null : country(territory.attribute("code")),
                holder == null ? null : blankToNull(holder.childText("name")));
    }

    /** G.k.2.3.r: the name (r.1), TermID (r.2a/b) and strength (r.3a/b, the numerator per one unit). */
    private Substance substance(XmlElement ingredient, int k) {
        XmlElement substance = ingredient.child("ingredientSubstance");
        XmlElement code = substance == null ? null : substance.child("code");
        String id = code == null || code.isNull() ? null : blankToNull(code.attribute("code"));
        XmlElement numerator = ingredient.at("quantity", "numerator");
        return Substance.of(
                substance == null ? null : substance.childText("name"),
                id == null
                        ? null
                        : new CodedTerm(
                                String.valueOf(code.attribute("codeSystem")),
                                blankToNull(code.attribute("codeSystemVersion")),
                                id),
                numerator == null
                        ? null
                        : Quantity.of(values.decimal(numerator, at("G.k.2.3.r.3a", k)), numerator.attribute("unit")));
    }

    /**
     * G.k.2.4 where the IG puts it, the performer of the drug's "retail supply" product event; FDA's examples
     * repeat it on the performer of a dosage (G.k.4.r), which is read when the IG's place is empty.
     */
    private static XmlElement obtainedIn(XmlElement administration) {
        XmlElement retail = administration.at(
                "consumable",
                "instanceOfKind",
                "subjectOf",
                "productEvent",
                "performer",
                "assignedEntity",
                "representedOrganization",
                "addr");
        if (retail != null) {
            return retail;
        }
        for (XmlElement outbound : administration.children("outboundRelationship2")) {
            XmlElement dosage = outbound.child("substanceAdministration");
            XmlElement addr =
                    dosage == null ? null : dosage.at("performer", "assignedEntity", "representedOrganization", "addr");
            if (addr != null) {
                return addr;
            }
        }
        return null;
    }

    private static String country(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    private Dose dose(XmlElement dosage, int k) {
        XmlElement quantity = dosage.child("doseQuantity");
        String text = dosage.child("text") == null
                ? null
                : blankToNull(dosage.child("text").text());
        BigDecimal value = values.decimal(quantity, at("G.k.4.r.1a", k));
        String unit = quantity == null ? null : blankToNull(quantity.attribute("unit"));
        return value == null && unit == null && text == null ? null : new Dose(value, unit, text);
    }

    /** The text of an Exovigil extension observation under {@code parent}, or null. */
    static String extension(XmlElement parent, String code) {
        XmlElement value = extensionValue(parent, code);
        return value == null || value.isNull() ? null : value.text();
    }

    private static XmlElement extensionValue(XmlElement parent, String code) {
        for (XmlElement relationship : parent.children("outboundRelationship2")) {
            XmlElement observation = relationship.child("observation");
            if (observation != null && observation.hasCode(code, EXOVIGIL)) {
                return observation.child("value");
            }
        }
        return null;
    }
}
