package org.exovigil.vigilance.fhir;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.exovigil.vigilance.e2b.E2bCodes;
import org.exovigil.vigilance.model.AgeGroup;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.EdqmRoutes;
import org.exovigil.vigilance.model.Nullification;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.ProductType;
import org.exovigil.vigilance.model.Qualification;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.Route;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Severity;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct.BiologicallyDerivedProductCategory;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;

/**
 * Every URI, OID and code that this package writes or reads, in one place, each with the
 * element it serves. Sources: FHIR R4 (v4.0.1) and its terminology (THO) code systems; the ICH E2B(R3)
 * Implementation Guide v5.02 for the OIDs of the ICH code lists and identifiers (the same values as the
 * {@code e2b} package writes, written here as {@code urn:oid:} URIs, as FHIR R4 §2.24.0.1 "Using OIDs"
 * prescribes); and Exovigil's own code systems under {@code https://exovigil.org/fhir/}. Exovigil's
 * extensions, for what the case model holds and FHIR R4 has no element for, are in {@link FhirExtensions}.
 */
final class FhirCodes {

    private FhirCodes() {}

    // FHIR R4 terminology.
    /** AdverseEvent.seriousness and the criteria: Serious, Non-serious, SeriousResultsInDeath, ... */
    static final String SERIOUSNESS = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness";
    /** AdverseEvent.outcome (required binding in R4): resolved, recovering, ongoing, ... */
    static final String OUTCOME = "http://terminology.hl7.org/CodeSystem/adverse-event-outcome";
    /** AdverseEvent.severity (required binding in R4): mild, moderate, severe. */
    static final String SEVERITY = "http://terminology.hl7.org/CodeSystem/adverse-event-severity";
    /** AdverseEvent.category (extensible binding in R4): product-problem, product-use-error, ... */
    static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/adverse-event-category";
    /** MedDRA as HL7 terminology names it (E.i.2.1b). */
    static final String MEDDRA = "http://terminology.hl7.org/CodeSystem/MDRAE";
    /** MedDRA by its OID, as an E2B-minded sender may write it; read, never written. */
    static final String MEDDRA_OID = oidSystem(E2bCodes.MEDDRA);
    /** UCUM, for the age (Age requires it) and the body weight. */
    static final String UCUM = "http://unitsofmeasure.org";
    /** R4's extension for why a required element has no value (valueCode, e.g. unknown). */
    static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
    /** Condition.clinicalStatus: active for D.7.1.r.3 continuing, resolved for not continuing. */
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    /** Observation.interpretation (extensible binding in R4): POS, NEG, IND for F.r.3.1. */
    static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    /** NCI Thesaurus, FDA's codes for race and ethnicity (FDA.D.11.r, FDA.D.12). */
    /** HL7's null flavours, for a regional code a sender replaced by one (FDA.D.11.r NA). */
    static final String NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";
    /** D.1.1.1-4 the patient's record numbers, as Patient.identifier systems (ICH E2B(R3) identifier roots). */
    static final String D_1_1_1_GP_RECORD = oidSystem(E2bCodes.D_1_1_1_GP_RECORD);

    static final String D_1_1_2_SPECIALIST_RECORD = oidSystem(E2bCodes.D_1_1_2_SPECIALIST_RECORD);
    static final String D_1_1_3_HOSPITAL_RECORD = oidSystem(E2bCodes.D_1_1_3_HOSPITAL_RECORD);
    static final String D_1_1_4_INVESTIGATION = oidSystem(E2bCodes.D_1_1_4_INVESTIGATION);
    static final String NCI_THESAURUS = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl";
    /** EDQM Standard Terms, the routes of G.k.4.r.10.2b. */
    static final String EDQM = "http://standardterms.edqm.eu";

    // ICH E2B(R3) identifiers and code lists (ICH IG), kept once in E2bCodes, here as urn:oid URIs.
    /** C.1.1 sender's safety report unique identifier. */
    static final String C_1_1_SENDER_REPORT_ID = oidSystem(E2bCodes.C_1_1_SAFETY_REPORT_ID);
    /** C.1.8.1 worldwide unique case identification number. */
    static final String C_1_8_1_WORLDWIDE_ID = oidSystem(E2bCodes.C_1_8_1_WORLDWIDE_ID);

    /** C.1.3 type of report. */
    static final String C_1_3_REPORT_TYPE = oidSystem(E2bCodes.C_1_3_REPORT_TYPE);
    /** C.1.11.1 nullification / amendment. */
    static final String C_1_11_1_NULLIFICATION = oidSystem(E2bCodes.C_1_11_1_NULLIFICATION);
    /** FDA.C.1.7.1 FDA's kinds of expedited report (FDA regional implementation guide). */
    static final String FDA_LOCAL_CRITERIA_REPORT_TYPE = oidSystem(E2bCodes.FDA_LOCAL_CRITERIA_REPORT_TYPES);
    /** C.2.r.4 qualification. */
    static final String C_2_R_4_QUALIFICATION = oidSystem(E2bCodes.C_2_R_4_QUALIFICATION);
    /** D.2.3 patient age group. */
    static final String D_2_3_AGE_GROUP = oidSystem(E2bCodes.D_2_3_AGE_GROUP);
    /** C.1.8.2 first sender: 1 regulator, 2 other. */
    static final String C_1_8_2_FIRST_SENDER = oidSystem(E2bCodes.C_1_8_2_FIRST_SENDER);
    /** C.3.1 sender type. */
    static final String C_3_1_SENDER_TYPE = oidSystem(E2bCodes.C_3_1_SENDER_TYPE);
    /** C.5.4 study type. */
    static final String C_5_4_STUDY_TYPE = oidSystem(E2bCodes.C_5_4_STUDY_TYPE);
    /** E.i.3.1 term highlighted by the reporter. */
    static final String E_I_3_1_HIGHLIGHTED = oidSystem(E2bCodes.E_I_3_1_HIGHLIGHTED);
    /** F.r.3.1 test result (code): 1 positive, 2 negative, 3 borderline, 4 inconclusive. */
    static final String F_R_3_1_TEST_RESULT = oidSystem(E2bCodes.TEST_RESULT_CODE);
    /** G.k.8 action taken with the drug. */
    static final String G_K_8_ACTION_TAKEN = oidSystem(E2bCodes.ACTION_TAKEN);
    /** G.k.9.i.4 did the reaction recur on re-administration. */
    static final String G_K_9_I_4_RECURRENCE = oidSystem(E2bCodes.G_K_9_I_4_RECURRENCE);
    /** G.k.10.r additional information on the drug. */
    static final String G_K_10_ADDITIONAL_INFORMATION = oidSystem(E2bCodes.G_K_10_ADDITIONAL_INFORMATION);
    /** G.k.1 characterisation of drug role. */
    static final String G_K_1_DRUG_ROLE = oidSystem(E2bCodes.G_K_1_DRUG_ROLE);
    /** The ICH observation codes, of which E.i.3.2a-f are the seriousness criteria. */
    static final String ICH_OBSERVATION = oidSystem(E2bCodes.OBSERVATION);

    // Exovigil.
    private static final String EXOVIGIL = "https://exovigil.org/fhir/";
    /** The prefix of every Exovigil extension; the validator accepts extensions from this domain. */
    static final String EXTENSION_DOMAIN = EXOVIGIL + "StructureDefinition/";

    private static final String CODE_SYSTEM = EXOVIGIL + "CodeSystem/";
    /** Product types of {@code spec/vocabulary.md}, product_types. */
    static final String PRODUCT_TYPES = CODE_SYSTEM + "product-type";
    /** Routes of {@code spec/vocabulary.md}, routes. */
    static final String ROUTES = CODE_SYSTEM + "route";
    /** A terminology other than MedDRA, by its name: {@code .../CodeSystem/terminology/exovigil}. */
    static final String TERMINOLOGY = CODE_SYSTEM + "terminology/";
    /** Identifier system of a lot (G.k.4.r.7) on a BiologicallyDerivedProduct, which has no lot element. */
    static final String LOT_NUMBER = EXOVIGIL + "sid/lot-number";

    /** A code system named by an OID, as E2B names them, as the {@code urn:oid:} URI FHIR R4 §2.24.0.1 prescribes. */
    static String oidSystem(String codeSystem) {
        return codeSystem == null || codeSystem.contains(":") ? codeSystem : "urn:oid:" + codeSystem;
    }

    /** The OID of a {@code urn:oid:} system, the inverse of {@link #oidSystem(String)}. */
    static String codeSystemOf(String system) {
        return system != null && system.startsWith("urn:oid:") ? system.substring("urn:oid:".length()) : system;
    }

    /** A code of an ICH E2B(R3) code list, by its E2B code. */
    static Coding code(String codeList, int e2bCode) {
        return new Coding(codeList, Integer.toString(e2bCode), null);
    }

    static Coding severity(Severity severity) {
        return new Coding(
                SEVERITY,
                severity.code(),
                switch (severity) {
                    case MILD -> "Mild";
                    case MODERATE -> "Moderate";
                    case SEVERE -> "Severe";
                });
    }

    /** The displays of R4's AdverseEventCategory code system, written beside a category coded in it. */
    static final Map<String, String> CATEGORY_DISPLAYS = Map.ofEntries(
            Map.entry("product-problem", "Product Problem"),
            Map.entry("product-quality", "Product Quality"),
            Map.entry("product-use-error", "Product Use Error"),
            Map.entry("wrong-dose", "Wrong Dose"),
            Map.entry("incorrect-prescribing-information", "Incorrect Prescribing Information"),
            Map.entry("wrong-technique", "Wrong Technique"),
            Map.entry("wrong-route-of-administration", "Wrong Route of Administration"),
            Map.entry("wrong-rate", "Wrong Rate"),
            Map.entry("wrong-duration", "Wrong Duration"),
            Map.entry("wrong-time", "Wrong Time"),
            Map.entry("expired-drug", "Expired Drug"),
            Map.entry("medical-device-use-error", "Medical Device Use Error"),
            Map.entry("problem-different-manufacturer", "Problem with Different Manufacturer of Same Medicine"),
            Map.entry("unsafe-physical-environment", "Unsafe Physical Environment"));

    /** A coded term as a Coding, with the display only where the code system's own text is known here. */
    static Coding coding(CodedTerm term) {
        Coding coding = new Coding(system(term), term.code(), null).setVersion(term.version());
        if (CATEGORY.equals(coding.getSystem())) {
            coding.setDisplay(CATEGORY_DISPLAYS.get(term.code()));
        }
        return coding;
    }

    /** E.i.7 to AdverseEvent.outcome: the two lists have the same six meanings. */
    static Coding outcome(ReactionOutcome outcome) {
        return switch (outcome) {
            case RECOVERED -> new Coding(OUTCOME, "resolved", "Resolved");
            case RECOVERING -> new Coding(OUTCOME, "recovering", "Recovering");
            case NOT_RECOVERED -> new Coding(OUTCOME, "ongoing", "Ongoing");
            case RECOVERED_WITH_SEQUELAE -> new Coding(OUTCOME, "resolvedWithSequelae", "Resolved with Sequelae");
            case FATAL -> new Coding(OUTCOME, "fatal", "Fatal");
            case UNKNOWN -> new Coding(OUTCOME, "unknown", "Unknown");
        };
    }

    static Optional<ReactionOutcome> outcomeOf(String code) {
        for (ReactionOutcome outcome : ReactionOutcome.values()) {
            if (outcome(outcome).getCode().equals(code)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    /**
     * E.i.3.2a-e as the R4 seriousness codes. E.i.3.2f "other medically important condition" has no
     * equal there: SeriousRequiresPreventImpairment (intervention to prevent permanent impairment) is only
     * one kind of it, so it is read as E.i.3.2f but never written for it.
     */
    static Optional<Coding> seriousness(SeriousnessCriterion criterion) {
        return Optional.ofNullable(
                switch (criterion) {
                    case DEATH -> new Coding(SERIOUSNESS, "SeriousResultsInDeath", "Results in death");
                    case LIFE_THREATENING -> new Coding(SERIOUSNESS, "SeriousIsLifeThreatening", "Is Life-threatening");
                    case HOSPITALISATION ->
                        new Coding(
                                SERIOUSNESS,
                                "SeriousResultsInHospitalization",
                                "Requires or prolongs inpatient hospitalization");
                    case DISABILITY ->
                        new Coding(
                                SERIOUSNESS,
                                "SeriousResultsInDisability",
                                "Results in persistent or significant disability/incapacity");
                    case CONGENITAL_ANOMALY ->
                        new Coding(SERIOUSNESS, "SeriousIsBirthDefect", "Is a congenital anomaly/birth defect");
                    case OTHER_MEDICALLY_IMPORTANT -> null;
                });
    }

    /** E.i.3.2a-f as the ICH observation codes (the same as the {@code e2b} package writes). */
    static Coding ichSeriousness(SeriousnessCriterion criterion) {
        return switch (criterion) {
            case DEATH -> new Coding(ICH_OBSERVATION, "34", "Results in death");
            case LIFE_THREATENING -> new Coding(ICH_OBSERVATION, "21", "Life threatening");
            case HOSPITALISATION -> new Coding(ICH_OBSERVATION, "33", "Caused / prolonged hospitalisation");
            case DISABILITY -> new Coding(ICH_OBSERVATION, "35", "Disabling / incapacitating");
            case CONGENITAL_ANOMALY -> new Coding(ICH_OBSERVATION, "12", "Congenital anomaly / birth defect");
            case OTHER_MEDICALLY_IMPORTANT -> new Coding(ICH_OBSERVATION, "26", "Other medically important condition");
        };
    }

    /** The criterion of a coding in either list; SeriousRequiresPreventImpairment counts as E.i.3.2f. */
    static Optional<SeriousnessCriterion> criterionOf(Coding coding) {
        if (SERIOUSNESS.equals(coding.getSystem()) && "SeriousRequiresPreventImpairment".equals(coding.getCode())) {
            return Optional.of(SeriousnessCriterion.OTHER_MEDICALLY_IMPORTANT);
        }
        for (SeriousnessCriterion criterion : SeriousnessCriterion.values()) {
            Coding ich = ichSeriousness(criterion);
            if (ich.getSystem().equals(coding.getSystem()) && ich.getCode().equals(coding.getCode())) {
                return Optional.of(criterion);
            }
            Optional<Coding> hl7 = seriousness(criterion);
            if (hl7.isPresent()
                    && hl7.get().getSystem().equals(coding.getSystem())
                    && hl7.get().getCode().equals(coding.getCode())) {
                return Optional.of(criterion);
            }
        }
        return Optional.empty();
    }

    static Coding reportType(ReportType type) {
        return new Coding(
                C_1_3_REPORT_TYPE,
                Integer.toString(type.e2bCode()),
                switch (type) {
                    case SPONTANEOUS -> "Spontaneous report";
                    case STUDY -> "Report from study";
                    case OTHER -> "Other";
                    case NOT_AVAILABLE_TO_SENDER -> "Not available to sender (unknown)";
                });
    }

    static Coding qualification(Qualification qualification) {
        return new Coding(
                C_2_R_4_QUALIFICATION,
                Integer.toString(qualification.e2bCode()),
                switch (qualification) {
                    case PHYSICIAN -> "Physician";
                    case PHARMACIST -> "Pharmacist";
                    case OTHER_HEALTH_PROFESSIONAL -> "Other health professional";
                    case LAWYER -> "Lawyer";
                    case CONSUMER -> "Consumer or other non health professional";
                });
    }

    static Coding ageGroup(AgeGroup group) {
        return new Coding(
                D_2_3_AGE_GROUP,
                Integer.toString(group.e2bCode()),
                switch (group) {
                    case FOETUS -> "Foetus";
                    case NEONATE -> "Neonate";
                    case INFANT -> "Infant";
                    case CHILD -> "Child";
                    case ADOLESCENT -> "Adolescent";
                    case ADULT -> "Adult";
                    case ELDERLY -> "Elderly";
                });
    }

    static Coding role(ProductRole role) {
        return new Coding(
                G_K_1_DRUG_ROLE,
                Integer.toString(role.e2bCode()),
                switch (role) {
                    case SUSPECT -> "Suspect";
                    case CONCOMITANT -> "Concomitant";
                    case INTERACTING -> "Interacting";
                    case NOT_ADMINISTERED -> "Drug not administered";
                });
    }

    static Coding nullification(Nullification.Kind kind) {
        return new Coding(
                C_1_11_1_NULLIFICATION,
                Integer.toString(kind.e2bCode()),
                switch (kind) {
                    case NULLIFICATION -> "Nullification";
                    case AMENDMENT -> "Amendment";
                });
    }

    static Coding productType(ProductType type) {
        return new Coding(PRODUCT_TYPES, type.code(), type.code());
    }

    static Coding route(Route route) {
        return new Coding(ROUTES, route.code(), route.code());
    }

    /** The EDQM standard term of a route ({@link EdqmRoutes}), or null where EDQM has no exact term. */
    static String edqmRoute(Route route) {
        return EdqmRoutes.codeOf(route).orElse(null);
    }

    static Optional<Route> routeOfEdqm(String code) {
        return EdqmRoutes.routeOf(code);
    }

    /**
     * BiologicallyDerivedProduct.productCategory (required binding: organ, tissue, fluid, cells,
     * biologicalAgent) of a product type: a cell product is {@code cells}, platelet-rich plasma a body
     * {@code fluid}, and what cells secrete (exosomes, vesicles, secretome, supernatant, conditioned media)
     * a {@code biologicalAgent}; {@code other} says nothing about the material, so it gets no category.
     */
    static BiologicallyDerivedProductCategory category(ProductType type) {
        return switch (type) {
            case STEM_CELL -> BiologicallyDerivedProductCategory.CELLS;
            case PRP -> BiologicallyDerivedProductCategory.FLUID;
            case EXOSOME, EXTRACELLULAR_VESICLE, SECRETOME, CULTURE_SUPERNATANT, CONDITIONED_MEDIA ->
                BiologicallyDerivedProductCategory.BIOLOGICALAGENT;
            case OTHER -> null;
        };
    }

    /** The product type read from a category alone, when a sender did not give Exovigil's type. */
    static ProductType typeOf(BiologicallyDerivedProductCategory category) {
        return category == BiologicallyDerivedProductCategory.CELLS ? ProductType.STEM_CELL : ProductType.OTHER;
    }

    /** Patient.gender of D.5; {@code unknown} is the null flavour UNK. */
    static AdministrativeGender gender(org.exovigil.vigilance.model.Sex sex) {
        return switch (sex) {
            case MALE -> AdministrativeGender.MALE;
            case FEMALE -> AdministrativeGender.FEMALE;
            case UNKNOWN -> AdministrativeGender.UNKNOWN;
        };
    }

    /**
     * The system of a coded term: MedDRA's THO URI, a terminology that is already a URI as it is, and
     * any other name (Exovigil's open event vocabulary) under {@link #TERMINOLOGY}.
     */
    static String system(CodedTerm term) {
        if ("meddra".equals(term.terminology())) {
            return MEDDRA;
        }
        if (term.terminology().contains(":")) {
            return term.terminology();
        }
        return TERMINOLOGY + URLEncoder.encode(term.terminology(), StandardCharsets.UTF_8);
    }

    /** The terminology name of a coding's system, the inverse of {@link #system(CodedTerm)}. */
    static String terminology(String system) {
        if (MEDDRA.equals(system) || MEDDRA_OID.equals(system)) {
            return "meddra";
        }
        if (system.startsWith(TERMINOLOGY)) {
            try {
                return URLDecoder.decode(system.substring(TERMINOLOGY.length()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notEncodedByUs) {
                return system;
            }
        }
        return system;
    }
}
