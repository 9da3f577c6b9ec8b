package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.CaseInput.*;
import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirExtensions.*;
import static org.exovigil.vigilance.fhir.FhirParsing.quoted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.fhir.ResourceIndex.Located;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Dose;
import org.exovigil.vigilance.model.DrugDetails;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.ProductType;
import org.exovigil.vigilance.model.Relatedness;
import org.exovigil.vigilance.model.Route;
import org.exovigil.vigilance.model.TermAsSent;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Substance;
import org.hl7.fhir.r4.model.Type;

/**
 * ICH E2B(R3) G.k from FHIR R4: the products an AdverseEvent names as suspect entities and in the subject's
 * history, whether given as a Procedure (as {@link CaseWriting} writes them), a Medication, a
 * MedicationAdministration, a MedicationStatement, an Immunization or a Substance.
 */
final class ProductReading {

    private final CaseInput input;

    ProductReading(CaseInput input) {
        this.input = input;
    }

    /** The products (in input order) and tests the case's AdverseEvents name. */
    void entities(List<Located> events, List<Located> products, Set<Located> suspected, List<Located> tests) {
        Map<Located, Boolean> seen = new IdentityHashMap<>();
        Map<Located, Boolean> seenTests = new IdentityHashMap<>();
        for (Located at : events) {
            AdverseEvent event = (AdverseEvent) at.resource();
            for (int s = 0; s < event.getSuspectEntity().size(); s++) {
                AdverseEvent.AdverseEventSuspectEntityComponent entity =
                        event.getSuspectEntity().get(s);
                String path = at.path() + ".suspectEntity[%d]".formatted(s);
                if (entity.hasModifierExtension()) {
                    input.unknownModifier(path);
                }
                Located found = input.follow(entity.getInstance(), at, path + ".instance");
                if (found != null) {
                    suspected.add(found);
                    if (seen.put(found, true) == null) {
                        products.add(found);
                    }
                }
            }
            for (int h = 0; h < event.getSubjectMedicalHistory().size(); h++) {
                String path = at.path() + ".subjectMedicalHistory[%d]".formatted(h);
                Located found = input.follow(event.getSubjectMedicalHistory().get(h), at, path);
                if (found == null) {
                    continue;
                }
                if (found.resource() instanceof Observation) {
                    if (seenTests.put(found, true) == null) {
                        tests.add(found);
                    }
                } else if (found.resource() instanceof Procedure procedure && isAdministration(procedure)) {
                    if (seen.put(found, true) == null) {
                        products.add(found);
                    }
                } else if (found.resource() instanceof MedicationStatement
                        || found.resource() instanceof MedicationAdministration) {
                    if (seen.put(found, true) == null) {
                        products.add(found);
                    }
                } else if (!(found.resource() instanceof Condition)) {
                    // A Condition is the patient's medical history (D.7.1.r), which PatientReading reads.
                    input.note(
                            path,
                            "a %s of the history is not a product or test; left out"
                                    .formatted(found.resource().fhirType()));
                }
            }
        }
        products.sort(Comparator.comparingInt(Located::order));
        tests.sort(Comparator.comparingInt(Located::order));
    }

    private static boolean isAdministration(Procedure procedure) {
        return procedure.hasUsedReference()
                || extension(procedure, EXT_ADMINISTERED_PRODUCT) != null
                || extension(procedure, EXT_PRODUCT_ROLE) != null;
    }

    /** What one product is, gathered from the resource the AdverseEvent names and those it names. */
    private static final class ProductFacts {
        ProductRole role;
        String name;
        ProductType type;
        String lot;
        Route route;
        String provider;
        Dose dose;
        LocalDate startedOn;
        TermAsSent routeAsReported;
        CodedTerm productId;
        final List<org.exovigil.vigilance.model.Substance> substances = new ArrayList<>();
        DrugDetails details;
        final Map<String, String> paths = new LinkedHashMap<>();
    }

    /** The product {@code at}, with its relatedness to the case's reactions (G.k.9.i) as the events gave it. */
    Optional<Product> product(Located at, boolean suspected, List<Relatedness> relatedness) {
        ProductFacts facts = new ProductFacts();
        String base = at.path();
        facts.paths.put("role", base);
        facts.paths.put("name", base);
        switch (at.resource()) {
            case Procedure procedure -> administration(at, procedure, facts, relatedness);
            case Medication medication -> medication(at, medication, facts);
            case MedicationAdministration given -> {
                medicationOf(given.getMedication(), at, base + ".medication", facts);
                facts.startedOn = input.start(given.getEffective(), base + ".effective");
                if (given.getStatus() == MedicationAdministration.MedicationAdministrationStatus.NOTDONE) {
                    facts.role = ProductRole.NOT_ADMINISTERED;
                }
                if (given.hasDosage()) {
                    MedicationAdministration.MedicationAdministrationDosageComponent d = given.getDosage();
                    facts.route = route(d.getRoute(), base + ".dosage.route");
                    facts.dose = dose(d.hasDose() ? d.getDose() : null, d.getText());
                }
            }
            case MedicationStatement statement -> {
                medicationOf(statement.getMedication(), at, base + ".medication", facts);
                facts.startedOn = input.start(statement.getEffective(), base + ".effective");
                if (statement.getStatus() == MedicationStatement.MedicationStatementStatus.NOTTAKEN) {
                    facts.role = ProductRole.NOT_ADMINISTERED;
                }
                if (statement.hasDosage()) {
                    dosage(statement.getDosageFirstRep(), base + ".dosage[0]", facts);
                }
            }
            case Immunization immunization -> {
                facts.name = text(immunization.getVaccineCode());
                facts.paths.put("name", base + ".vaccineCode.text");
                facts.lot = blankToNull(immunization.getLotNumber());
                facts.paths.put("lot", base + ".lotNumber");
                facts.startedOn = input.start(immunization.getOccurrence(), base + ".occurrence");
                facts.route = immunization.hasRoute() ? route(immunization.getRoute(), base + ".route") : null;
                facts.dose = dose(immunization.hasDoseQuantity() ? immunization.getDoseQuantity() : null, null);
                if (immunization.getStatus() == Immunization.ImmunizationStatus.NOTDONE) {
                    facts.role = ProductRole.NOT_ADMINISTERED;
                }
            }
            case Substance substance -> {
                facts.name = text(substance.getCode());
                facts.paths.put("name", base + ".code.text");
            }
            default -> {
                input.note(
                        base,
                        "a %s is not a product the case model holds; left out"
                                .formatted(at.resource().fhirType()));
                return Optional.empty();
            }
        }
        if (facts.role == null) {
            facts.role = suspected ? ProductRole.SUSPECT : ProductRole.CONCOMITANT;
        }
        if (facts.details == null) {
            // A product not given as Exovigil's Procedure: its code (G.k.2.1), ingredients and causality.
            facts.details = DrugDetails.of(
                    facts.productId, facts.substances, null, null, List.of(), null, relatedness, List.of());
        }
        return Optional.ofNullable(input.accept(
                Product.of(
                        facts.role,
                        facts.name,
                        facts.type,
                        facts.lot,
                        facts.route,
                        facts.provider,
                        facts.dose,
                        facts.startedOn,
                        facts.routeAsReported,
                        facts.details),
                "",
                facts.paths));
    }

    private void administration(Located at, Procedure procedure, ProductFacts facts, List<Relatedness> relatedness) {
        String base = at.path();
        Coding role = input.extensionValue(procedure, EXT_PRODUCT_ROLE, Coding.class, base);
        if (role != null) {
            facts.role = input.byE2bCode(
                    ProductRole.class,
                    ProductRole::e2bCode,
                    role,
                    G_K_1_DRUG_ROLE,
                    extensionPath(base, EXT_PRODUCT_ROLE) + ".value");
        } else if (procedure.getStatus() == Procedure.ProcedureStatus.NOTDONE) {
            facts.role = ProductRole.NOT_ADMINISTERED;
        }
        facts.paths.put("role", extensionPath(base, EXT_PRODUCT_ROLE) + ".value");
        facts.startedOn = input.start(procedure.getPerformed(), base + ".performed");
        if (procedure.hasPerformer()) {
            Reference actor = procedure.getPerformerFirstRep().getActor();
            String path = base + ".performer[0].actor";
            Located who = input.follow(actor, at, path);
            facts.paths.put("provider", path);
            if (who == null) {
                facts.provider = blankToNull(actor.getDisplay());
            } else if (who.resource() instanceof Organization organisation) {
                facts.provider = blankToNull(organisation.getName());
                facts.paths.put("provider", who.path() + ".name");
            } else if (who.resource() instanceof Practitioner practitioner && practitioner.hasName()) {
                facts.provider = name(practitioner.getNameFirstRep());
                facts.paths.put("provider", who.path() + ".name[0]");
            }
        }
        Reference derived = input.extensionValue(procedure, EXT_ADMINISTERED_PRODUCT, Reference.class, base);
        Located product = null;
        String productPath;
        if (derived != null) {
            productPath = extensionPath(base, EXT_ADMINISTERED_PRODUCT) + ".value";
            product = input.follow(derived, at, productPath);
        } else if (procedure.hasUsedReference()) {
            productPath = base + ".usedReference[0]";
            product = input.follow(procedure.getUsedReferenceFirstRep(), at, productPath);
        } else {
            productPath = base + ".usedReference";
        }
        switch (product == null ? null : product.resource()) {
            case null -> {
                if (derived == null && !procedure.hasUsedReference()) {
                    input.problem(
                            ProblemCode.MISSING,
                            productPath,
                            "expected the product that was given (ICH E2B(R3) G.k.2.2)");
                }
            }
            case Medication medication -> medication(product, medication, facts);
            case BiologicallyDerivedProduct biological -> biological(product, biological, facts);
            case Substance substance -> {
                facts.name = text(substance.getCode());
                facts.paths.put("name", product.path() + ".code.text");
            }
            default -> input.wrongType(product, productPath, "Medication or BiologicallyDerivedProduct");
        }
        DrugDetailsReading details = new DrugDetailsReading(input);
        List<org.exovigil.vigilance.model.Dosage> sent = details.dosages(at, procedure);
        if (sent.isEmpty()) {
            Dosage dosage = input.extensionValue(procedure, EXT_DOSAGE, Dosage.class, base);
            if (dosage != null) {
                String path = extensionPath(base, EXT_DOSAGE) + ".value";
                Type amount = dosage.hasDoseAndRate()
                        ? dosage.getDoseAndRateFirstRep().getDose()
                        : null;
                facts.dose = dose(amount instanceof Quantity q ? q : null, dosage.getText());
                facts.paths.put("dose.unit", path + ".doseAndRate[0].doseQuantity.unit");
                facts.paths.put("dose.text", path + ".text");
                facts.route = exovigilRoute(dosage.getRoute());
                facts.routeAsReported = DrugDetailsReading.termAsSent(dosage.getRoute());
            }
        } else {
            // The product's own route is Exovigil's code beside the first dosage's route as sent.
            extensions(procedure, EXT_DOSAGE_AS_SENT).stream()
                    .map(Extension::getValue)
                    .filter(Dosage.class::isInstance)
                    .findFirst()
                    .ifPresent(first -> facts.route = exovigilRoute(((Dosage) first).getRoute()));
        }
        facts.details = details.details(at, procedure, facts.productId, facts.substances, relatedness, sent);
    }

    /** The route in Exovigil's own code, which {@link DrugWriting} writes beside any route as sent. */
    private static Route exovigilRoute(CodeableConcept concept) {
        return concept.getCoding().stream()
                .filter(c -> ROUTES.equals(c.getSystem()))
                .map(c -> Coded.fromCode(Route.class, c.getCode()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }

    private void medication(Located at, Medication medication, ProductFacts facts) {
        facts.name = text(medication.getCode());
        facts.productId = input.coded(medication.getCode(), at.path() + ".code.coding");
        for (int i = 0; i < medication.getIngredient().size(); i++) {
            var substance = ingredient(medication.getIngredient().get(i), at.path() + ".ingredient[%d]".formatted(i));
            if (substance != null) {
                facts.substances.add(substance);
            }
        }
        facts.paths.put("name", at.path() + ".code.text");
        facts.lot = medication.hasBatch() ? blankToNull(medication.getBatch().getLotNumber()) : null;
        facts.paths.put("lot", at.path() + ".batch.lotNumber");
    }

    /** G.k.2.3.r from a Medication.ingredient: the item's text and coding, the strength's numerator. */
    private org.exovigil.vigilance.model.Substance ingredient(
            Medication.MedicationIngredientComponent ingredient, String path) {
        if (!(ingredient.getItem() instanceof CodeableConcept item)) {
            return null;
        }
        Quantity numerator = ingredient.hasStrength() ? ingredient.getStrength().getNumerator() : null;
        return org.exovigil.vigilance.model.Substance.of(
                blankToNull(item.getText()),
                item.hasCoding() ? input.coded(item, path + ".itemCodeableConcept.coding") : null,
                numerator == null || numerator.isEmpty()
                        ? null
                        : org.exovigil.vigilance.model.Quantity.of(numerator.getValue(), numerator.getUnit()));
    }

    private void biological(Located at, BiologicallyDerivedProduct product, ProductFacts facts) {
        String base = at.path();
        facts.name = text(product.getProductCode());
        facts.paths.put("name", base + ".productCode.text");
        facts.productId = input.coded(product.getProductCode(), base + ".productCode.coding");
        extensions(product, EXT_SUBSTANCE).stream()
                .filter(e -> e.getValue() instanceof StringType)
                .map(e -> org.exovigil.vigilance.model.Substance.named(((StringType) e.getValue()).getValue()))
                .filter(Objects::nonNull)
                .forEach(facts.substances::add);
        for (int i = 0; i < product.getIdentifier().size(); i++) {
            if (LOT_NUMBER.equals(product.getIdentifier().get(i).getSystem())) {
                facts.lot = blankToNull(product.getIdentifier().get(i).getValue());
                facts.paths.put("lot", base + ".identifier[%d].value".formatted(i));
            }
        }
        Coding type = input.extensionValue(product, EXT_PRODUCT_TYPE, Coding.class, base);
        if (type != null) {
            String path = extensionPath(base, EXT_PRODUCT_TYPE) + ".value";
            facts.type = PRODUCT_TYPES.equals(type.getSystem())
                    ? Coded.fromCode(ProductType.class, type.getCode()).orElse(null)
                    : null;
            if (facts.type == null) {
                input.problem(
                        ProblemCode.NOT_IN_CODE_LIST,
                        path,
                        "expected a code of %s: one of %s, got %s"
                                .formatted(PRODUCT_TYPES, Coded.codesOf(ProductType.class), quoted(type.getCode())));
            }
        } else {
            facts.type = typeOf(product.getProductCategory());
            input.note(
                    base + ".productCategory",
                    "product type read as %s from the category".formatted(facts.type.code()));
        }
    }

    private void medicationOf(Type medication, Located at, String path, ProductFacts facts) {
        if (medication instanceof CodeableConcept concept) {
            facts.name = text(concept);
            facts.paths.put("name", path + "CodeableConcept.text");
        } else if (medication instanceof Reference reference) {
            Located found = input.follow(reference, at, path + "Reference");
            if (found != null && found.resource() instanceof Medication m) {
                medication(found, m, facts);
            } else if (found != null) {
                input.wrongType(found, path + "Reference", "Medication");
            }
        }
    }

    private void dosage(Dosage dosage, String path, ProductFacts facts) {
        facts.route = dosage.hasRoute() ? route(dosage.getRoute(), path + ".route") : null;
        Type amount = dosage.hasDoseAndRate() ? dosage.getDoseAndRateFirstRep().getDose() : null;
        facts.dose = dose(amount instanceof Quantity q ? q : null, dosage.getText());
        facts.paths.put("dose.unit", path + ".doseAndRate[0].doseQuantity.unit");
        facts.paths.put("dose.text", path + ".text");
    }

    private Route route(CodeableConcept concept, String path) {
        for (Coding coding : concept.getCoding()) {
            if (ROUTES.equals(coding.getSystem())) {
                Optional<Route> route = Coded.fromCode(Route.class, coding.getCode());
                if (route.isPresent()) {
                    return route.get();
                }
            }
        }
        for (Coding coding : concept.getCoding()) {
            if (EDQM.equals(coding.getSystem())) {
                Optional<Route> route = routeOfEdqm(coding.getCode());
                if (route.isPresent()) {
                    return route.get();
                }
            }
        }
        input.note(path, "a route not coded in EDQM or Exovigil's routes is read as other");
        return Route.OTHER;
    }

    private static Dose dose(Quantity quantity, String text) {
        BigDecimal value = quantity == null ? null : quantity.getValue();
        String unit =
                quantity == null ? null : blankToNull(quantity.hasUnit() ? quantity.getUnit() : quantity.getCode());
        String words = blankToNull(text);
        return value == null && unit == null && words == null ? null : new Dose(value, unit, words);
    }
}
