package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirParsing.quoted;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.fhir.ResourceIndex.Absent;
import org.exovigil.vigilance.fhir.ResourceIndex.Dangling;
import org.exovigil.vigilance.fhir.ResourceIndex.Found;
import org.exovigil.vigilance.fhir.ResourceIndex.Located;
import org.exovigil.vigilance.fhir.ResourceIndex.Resolution;
import org.exovigil.vigilance.model.AgeGroup;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Dose;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Nullification;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.ProductType;
import org.exovigil.vigilance.model.Qualification;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionDetails;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.Severity;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.Route;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Sex;
import org.exovigil.vigilance.model.TestResult;
import org.hl7.fhir.instance.model.api.IBaseExtension;
import org.hl7.fhir.instance.model.api.IBaseHasExtensions;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Substance;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads one case, the AdverseEvents that share an identifier, into a report: the inverse of {@link
 * CaseWriting}, and tolerant of what other senders write after the R4 examples (a Medication named
 * directly as the suspect entity, a MedicationAdministration or MedicationStatement, a seriousness
 * criterion put into {@code seriousness} itself, a name instead of initials, a birth date instead of an
 * age). Every fault is a problem with the FHIRPath of the element at fault; what is read approximately
 * or left out is a note (EXO-1213).
 */
final class CaseReading {

    private final ResourceIndex index;
    private final LocalDate today;
    private final List<Located> events;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> notes = new ArrayList<>();

    private CaseReading(ResourceIndex index, List<Located> events, LocalDate today) {
        this.index = index;
        this.events = events;
        this.today = today;
    }

    /**
     * The case of {@code events} (AdverseEvents of the input, in input order, at least one); {@code today}
     * is the day the input reached the reader.
     */
    static FhirCase read(ResourceIndex index, List<Located> events, LocalDate today) {
        return new CaseReading(index, events, today).read();
    }

    private FhirCase read() {
        Located first = events.getFirst();
        AdverseEvent event = (AdverseEvent) first.resource();
        String identifier =
                event.hasIdentifier() ? blankToNull(event.getIdentifier().getValue()) : null;
        for (Located located : events) {
            AdverseEvent each = (AdverseEvent) located.resource();
            refuseWhatChangesMeaning(located);
            if (each.getActuality() == AdverseEvent.AdverseEventActuality.POTENTIAL) {
                problem(
                        ProblemCode.NOT_REPRESENTED,
                        located.path() + ".actuality",
                        "expected actual: a potential adverse event (a near miss) is not a case safety report");
            }
        }
        ReportIdentification identification = identification(first);
        List<Located> products = new ArrayList<>();
        Set<Located> suspected = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Located> tests = new ArrayList<>();
        entities(products, suspected, tests);
        org.exovigil.vigilance.model.Patient patient = patient(first);
        List<PrimarySource> sources = sources(first);
        List<Reaction> reactions = new ArrayList<>();
        List<String> reactionPaths = new ArrayList<>();
        for (Located located : events) {
            AdverseEvent each = (AdverseEvent) located.resource();
            if (each.hasEvent()) {
                reaction(located).ifPresent(r -> {
                    reactions.add(r);
                    reactionPaths.add(located.path());
                });
            }
        }
        List<Product> productList = new ArrayList<>();
        for (Located product : products) {
            product(product, suspected.contains(product)).ifPresent(productList::add);
        }
        List<TestResult> testList = new ArrayList<>();
        for (Located test : tests) {
            test(test).ifPresent(testList::add);
        }
        String narrativePath = extensionPath(first.path(), EXT_CASE_NARRATIVE);
        StringType narrative = extensionValue(event, EXT_CASE_NARRATIVE, StringType.class, first.path());
        Checked<IndividualCaseSafetyReport> report = null;
        if (problems.isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("narrative", narrativePath + ".value");
            for (int i = 0; i < reactionPaths.size(); i++) {
                fields.put("reactions[%d].onset".formatted(i), reactionPaths.get(i) + ".date");
            }
            Checked<IndividualCaseSafetyReport> built = IndividualCaseSafetyReport.of(
                    identification,
                    sources,
                    patient,
                    reactions,
                    productList,
                    testList,
                    narrative == null ? null : narrative.getValue());
            report = remap(built, "", fields);
        }
        if (report == null) {
            report = Checked.rejected(problems);
        }
        return new FhirCase(identifier, report, notes);
    }

    // C.1 identification.

    private ReportIdentification identification(Located at) {
        AdverseEvent event = (AdverseEvent) at.resource();
        String base = at.path();
        String sender =
                event.hasIdentifier() ? blankToNull(event.getIdentifier().getValue()) : null;
        if (sender == null) {
            problem(
                    ProblemCode.MISSING,
                    base + ".identifier.value",
                    "expected the sender's report id (ICH E2B(R3) C.1.1), which names the case");
        }
        Identifier worldwide = extensionValue(event, EXT_WORLDWIDE_CASE_ID, Identifier.class, base);
        PositiveIntType version = extensionValue(event, EXT_CASE_VERSION, PositiveIntType.class, base);
        LocalDate received = date(event.getRecordedDateElement(), base + ".recordedDate");
        if (received == null && !event.hasRecordedDate()) {
            // R4 makes recordedDate optional (0..1); E2B needs C.1.4, so the day of receipt stands for it.
            received = today;
            note(base + ".recordedDate", "not given; the day the report reached Exovigil, %s, is taken as the date it was first received (C.1.4)".formatted(today));
        }
        DateType recent = extensionValue(event, EXT_MOST_RECENT_INFORMATION, DateType.class, base);
        LocalDate mostRecent = date(recent, extensionPath(base, EXT_MOST_RECENT_INFORMATION) + ".value");
        Coding typeCoding = extensionValue(event, EXT_REPORT_TYPE, Coding.class, base);
        ReportType type = null;
        if (typeCoding != null) {
            type = byE2bCode(
                    ReportType.class,
                    ReportType::e2bCode,
                    typeCoding,
                    C_1_3_REPORT_TYPE,
                    extensionPath(base, EXT_REPORT_TYPE) + ".value");
        }
        Nullification nullification = nullification(event, base);
        String locationPath = base + ".location";
        String country = null;
        Located place = follow(event.getLocation(), at, base + ".location");
        if (place != null) {
            if (place.resource() instanceof Location location) {
                locationPath = place.path();
                country = blankToNull(location.getAddress().getCountry());
            } else {
                wrongType(place, base + ".location", "Location");
            }
        }
        int number = version == null || version.getValue() == null ? 1 : version.getValue();
        Map<String, String> fields = Map.of(
                "senderReportId", base + ".identifier.value",
                "worldwideUniqueId", extensionPath(base, EXT_WORLDWIDE_CASE_ID) + ".value.value",
                "version", extensionPath(base, EXT_CASE_VERSION) + ".value",
                "receivedOn", base + ".recordedDate",
                "mostRecentInfoOn", extensionPath(base, EXT_MOST_RECENT_INFORMATION) + ".value",
                "country", locationPath + ".address.country");
        if (sender == null || received == null) {
            return null;
        }
        List<String> otherCaseIds = event.getExtensionsByUrl(EXT_OTHER_CASE_ID).stream()
                .map(Extension::getValue)
                .filter(Identifier.class::isInstance)
                .map(value -> ((Identifier) value).getValue())
                .filter(java.util.Objects::nonNull)
                .toList();
        ReportIdentification identification = accept(
                ReportIdentification.of(
                        sender,
                        worldwide == null ? null : worldwide.getValue(),
                        number,
                        received,
                        mostRecent,
                        type,
                        country,
                        nullification),
                "",
                fields);
        if (identification == null) {
            return null;
        }
        // A namespace other than the C.1.1 OID is the sender's own, kept so that it finds its case again.
        String system = blankToNull(event.getIdentifier().getSystem());
        ReportContext context = system == null || C_1_1_SENDER_REPORT_ID.equals(system)
                ? null
                : ReportContext.of(null, List.of(), null, null, List.of(), List.of(), null, null, null, system);
        return identification.withOtherCaseIds(otherCaseIds).withContext(context);
    }

    private Nullification nullification(AdverseEvent event, String base) {
        Extension extension = extension(event, EXT_NULLIFICATION);
        if (extension == null) {
            return null;
        }
        String path = extensionPath(base, EXT_NULLIFICATION);
        Coding kind = extensionValue(extension, "kind", Coding.class, path);
        StringType reason = extensionValue(extension, "reason", StringType.class, path);
        Nullification.Kind read = kind == null
                ? null
                : byE2bCode(
                        Nullification.Kind.class,
                        Nullification.Kind::e2bCode,
                        kind,
                        C_1_11_1_NULLIFICATION,
                        extensionPath(path, "kind") + ".value");
        String because = reason == null ? null : blankToNull(reason.getValue());
        if (kind == null || because == null) {
            problem(
                    ProblemCode.MISSING,
                    path,
                    "expected a kind (1 nullification, 2 amendment) and a reason (ICH E2B(R3) C.1.11.1-2)");
        }
        if (read == null || because == null) {
            return null;
        }
        return new Nullification(read, because);
    }

    // D patient.

    private org.exovigil.vigilance.model.Patient patient(Located at) {
        AdverseEvent event = (AdverseEvent) at.resource();
        String path = at.path() + ".subject";
        if (!event.hasSubject()) {
            problem(ProblemCode.MISSING, path, "expected the patient (AdverseEvent.subject, required in R4)");
            return null;
        }
        Resolution resolution = index.resolve(event.getSubject(), at);
        switch (resolution) {
            case Absent absent -> {
                note(path, "the patient is named only by a display or identifier, so nothing is known of them");
                return org.exovigil.vigilance.model.Patient.UNKNOWN;
            }
            case Dangling(String reference) -> {
                dangling(path, reference);
                return null;
            }
            case Found(Located found) -> {
                refuseWhatChangesMeaning(found);
                if (!(found.resource() instanceof Patient patient)) {
                    problem(
                            ProblemCode.NOT_REPRESENTED,
                            path,
                            "expected a Patient, got a %s: a case safety report is about one patient"
                                    .formatted(found.resource().fhirType()));
                    return null;
                }
                return patient(found, patient);
            }
        }
    }

    private org.exovigil.vigilance.model.Patient patient(Located at, Patient patient) {
        String base = at.path();
        String initials = patient.hasName() ? name(patient.getNameFirstRep()) : null;
        Sex sex = null;
        if (patient.hasGender()) {
            sex = switch (patient.getGender()) {
                case MALE -> Sex.MALE;
                case FEMALE -> Sex.FEMALE;
                case UNKNOWN, NULL -> Sex.UNKNOWN;
                case OTHER -> {
                    note(base + ".gender", "read as unknown: ICH E2B(R3) D.5 has male and female only");
                    yield Sex.UNKNOWN;
                }
            };
        }
        String agePath = extensionPath(base, EXT_AGE_AT_ONSET) + ".value";
        Integer ageYears = null;
        Quantity age = extensionValue(patient, EXT_AGE_AT_ONSET, Quantity.class, base);
        if (age != null) {
            ageYears = years(age, agePath);
        } else if (patient.hasBirthDate()) {
            LocalDate born = date(patient.getBirthDateElement(), base + ".birthDate");
            LocalDate onset = earliestOnset();
            if (born != null && onset != null && !born.isAfter(onset)) {
                ageYears = java.time.Period.between(born, onset).getYears();
            }
            note(base + ".birthDate", "kept only as the age at onset (ICH E2B(R3) D.2.2), not as a birth date");
        }
        Coding group = extensionValue(patient, EXT_AGE_GROUP, Coding.class, base);
        AgeGroup ageGroup = group == null
                ? null
                : byE2bCode(
                        AgeGroup.class,
                        AgeGroup::e2bCode,
                        group,
                        D_2_3_AGE_GROUP,
                        extensionPath(base, EXT_AGE_GROUP) + ".value");
        String weightPath = extensionPath(base, EXT_BODY_WEIGHT) + ".value";
        Quantity weight = extensionValue(patient, EXT_BODY_WEIGHT, Quantity.class, base);
        BigDecimal kg = weight == null ? null : kilograms(weight, weightPath);
        return accept(
                org.exovigil.vigilance.model.Patient.of(initials, ageYears, ageGroup, sex, kg),
                "",
                Map.of("initials", base + ".name[0].text", "ageYears", agePath, "weightKg", weightPath));
    }

    private LocalDate earliestOnset() {
        return events.stream()
                .map(e -> ((AdverseEvent) e.resource()).getDateElement())
                .filter(d -> d != null
                        && d.getValueAsString() != null
                        && d.getValueAsString().length() >= 10)
                .map(d -> parseDate(d.getValueAsString()))
                .filter(d -> d != null)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** An age in whole years, from UCUM years, months, weeks or days; anything shorter than a year is 0. */
    private Integer years(Quantity age, String path) {
        if (age.getValue() == null) {
            problem(ProblemCode.MISSING, path, "expected an age with a value");
            return null;
        }
        String unit = age.hasCode() ? age.getCode() : age.getUnit();
        BigDecimal perYear =
                switch (unit == null ? "a" : unit) {
                    case "a", "year", "years", "yr" -> BigDecimal.ONE;
                    case "mo", "month", "months" -> BigDecimal.valueOf(12);
                    case "wk", "week", "weeks" -> BigDecimal.valueOf(52);
                    case "d", "day", "days" -> BigDecimal.valueOf(365);
                    default -> null;
                };
        if (perYear == null) {
            problem(
                    ProblemCode.NOT_IN_CODE_LIST,
                    path,
                    "expected an age in UCUM a, mo, wk or d, got the unit " + quoted(unit));
            return null;
        }
        BigDecimal years = age.getValue().divide(perYear, 0, RoundingMode.FLOOR);
        if (perYear.compareTo(BigDecimal.ONE) != 0
                || age.getValue().stripTrailingZeros().scale() > 0) {
            note(path, "read as %s whole years: the case model keeps the age in years".formatted(years));
        }
        try {
            return years.intValueExact();
        } catch (ArithmeticException e) {
            problem(ProblemCode.OUT_OF_RANGE, path, "expected an age in years, got " + age.getValue());
            return null;
        }
    }

    private BigDecimal kilograms(Quantity weight, String path) {
        String unit = weight.hasCode() ? weight.getCode() : weight.getUnit();
        if (weight.getValue() == null) {
            problem(ProblemCode.MISSING, path, "expected a body weight with a value");
            return null;
        }
        if (unit == null || unit.equals("kg")) {
            return weight.getValue();
        }
        if (unit.equals("g")) {
            return weight.getValue().movePointLeft(3);
        }
        problem(ProblemCode.NOT_IN_CODE_LIST, path, "expected a body weight in kg, got the unit " + quoted(unit));
        return null;
    }

    // C.2.r primary sources.

    private List<PrimarySource> sources(Located at) {
        AdverseEvent event = (AdverseEvent) at.resource();
        List<Reference> references = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<Extension> listed = extensions(event, EXT_PRIMARY_SOURCE);
        for (int r = 0; r < listed.size(); r++) {
            String path = at.path() + ".extension('%s')[%d].value".formatted(EXT_PRIMARY_SOURCE, r);
            if (listed.get(r).getValue() instanceof Reference reference) {
                references.add(reference);
                paths.add(path);
            } else {
                problem(ProblemCode.NOT_VALID_FHIR, path, "expected a valueReference to the reporter");
            }
        }
        if (references.isEmpty() && event.hasRecorder()) {
            references.add(event.getRecorder());
            paths.add(at.path() + ".recorder");
        }
        List<PrimarySource> sources = new ArrayList<>();
        for (int r = 0; r < references.size(); r++) {
            source(references.get(r), at, paths.get(r)).ifPresent(sources::add);
        }
        return sources;
    }

    private Optional<PrimarySource> source(Reference reference, Located at, String path) {
        Located found = follow(reference, at, path);
        if (found == null) {
            String type = reference.getReferenceElement().getResourceType();
            if ("Practitioner".equals(type) || "PractitionerRole".equals(type)) {
                // A Practitioner takes part in health care by R4's definition, held elsewhere or not.
                note(path, "a %s held elsewhere is kept as a health professional of unknown name".formatted(type));
                return Optional.ofNullable(accept(
                        PrimarySource.of(blankToNull(reference.getDisplay()), null, null,
                                Qualification.OTHER_HEALTH_PROFESSIONAL),
                        "",
                        Map.of("name", path + ".display")));
            }
            if (reference.hasDisplay()) {
                note(path, "a reporter named only by display is kept as a name only");
                return Optional.ofNullable(accept(
                        PrimarySource.of(reference.getDisplay(), null, null, null),
                        "",
                        Map.of("name", path + ".display")));
            }
            return Optional.empty();
        }
        String base = found.path();
        String name = null;
        String country = null;
        Qualification qualification = null;
        String organisation = null;
        String organisationPath = base;
        DomainResource person = found.resource() instanceof DomainResource d ? d : null;
        switch (found.resource()) {
            case Practitioner practitioner -> {
                name = practitioner.hasName() ? name(practitioner.getNameFirstRep()) : null;
                country = practitioner.hasAddress()
                        ? blankToNull(practitioner.getAddressFirstRep().getCountry())
                        : null;
                qualification = practitionerQualification(practitioner, base);
            }
            case PractitionerRole role -> {
                Located who = follow(role.getPractitioner(), found, base + ".practitioner");
                if (who != null && who.resource() instanceof Practitioner practitioner) {
                    name = practitioner.hasName() ? name(practitioner.getNameFirstRep()) : null;
                    country = practitioner.hasAddress()
                            ? blankToNull(practitioner.getAddressFirstRep().getCountry())
                            : null;
                    qualification = practitionerQualification(practitioner, who.path());
                    base = who.path();
                } else {
                    qualification = Qualification.OTHER_HEALTH_PROFESSIONAL;
                }
                Located where = follow(role.getOrganization(), found, found.path() + ".organization");
                if (where != null && where.resource() instanceof Organization o) {
                    organisation = blankToNull(o.getName());
                    organisationPath = where.path();
                }
            }
            case RelatedPerson related -> {
                name = related.hasName() ? name(related.getNameFirstRep()) : null;
                country = related.hasAddress()
                        ? blankToNull(related.getAddressFirstRep().getCountry())
                        : null;
                Coding coded = extensionValue(related, EXT_REPORTER_QUALIFICATION, Coding.class, base);
                qualification = coded == null
                        ? null
                        : byE2bCode(
                                Qualification.class,
                                Qualification::e2bCode,
                                coded,
                                C_2_R_4_QUALIFICATION,
                                extensionPath(base, EXT_REPORTER_QUALIFICATION) + ".value");
            }
            case Patient patient -> {
                name = patient.hasName() ? name(patient.getNameFirstRep()) : null;
                country = patient.hasAddress()
                        ? blankToNull(patient.getAddressFirstRep().getCountry())
                        : null;
                qualification = Qualification.CONSUMER;
            }
            default -> {
                note(
                        path,
                        "a %s is not a reporter; left out"
                                .formatted(found.resource().fhirType()));
                return Optional.empty();
            }
        }
        if (person != null && extension(person, EXT_REPORTER_ORGANIZATION) != null) {
            Reference org = extensionValue(person, EXT_REPORTER_ORGANIZATION, Reference.class, found.path());
            Located where = org == null
                    ? null
                    : follow(org, found, extensionPath(found.path(), EXT_REPORTER_ORGANIZATION) + ".value");
            if (where != null && where.resource() instanceof Organization o) {
                organisation = blankToNull(o.getName());
                organisationPath = where.path();
            } else if (where != null) {
                wrongType(where, extensionPath(found.path(), EXT_REPORTER_ORGANIZATION), "Organization");
            }
        }
        return Optional.ofNullable(accept(
                PrimarySource.of(name, organisation, country, qualification),
                "",
                Map.of(
                        "name", base + ".name[0].text",
                        "organisation", organisationPath + ".name",
                        "country", base + ".address[0].country")));
    }

    /**
     * The ICH qualification of a Practitioner when it is coded so, else "other health professional":
     * a Practitioner is by R4's definition someone who takes part in health care.
     */
    private Qualification practitionerQualification(Practitioner practitioner, String base) {
        for (int q = 0; q < practitioner.getQualification().size(); q++) {
            for (Coding coding :
                    practitioner.getQualification().get(q).getCode().getCoding()) {
                if (C_2_R_4_QUALIFICATION.equals(coding.getSystem())) {
                    return byE2bCode(
                            Qualification.class,
                            Qualification::e2bCode,
                            coding,
                            C_2_R_4_QUALIFICATION,
                            base + ".qualification[%d].code".formatted(q));
                }
            }
        }
        return Qualification.OTHER_HEALTH_PROFESSIONAL;
    }

    // E.i reactions.

    private Optional<Reaction> reaction(Located at) {
        AdverseEvent event = (AdverseEvent) at.resource();
        String base = at.path();
        CodeableConcept concept = event.getEvent();
        String term = blankToNull(concept.getText());
        if (term == null) {
            term = concept.getCoding().stream()
                    .map(c -> blankToNull(c.getDisplay()))
                    .filter(d -> d != null)
                    .findFirst()
                    .orElse(null);
        }
        CodedTerm coded = codedTerm(concept, base + ".event.coding");
        if (term == null && coded == null) {
            // A reaction named only by its code is lawful, as E.i.1.1a may be left out beside E.i.2.1b.
            problem(
                    ProblemCode.MISSING,
                    base + ".event.text",
                    "expected the reaction as reported (ICH E2B(R3) E.i.1.1a) in event.text or a coding's display,"
                            + " or its code");
            return Optional.empty();
        }
        LocalDate onset = date(event.getDateElement(), base + ".date");
        ReactionOutcome outcome = null;
        if (event.hasOutcome()) {
            outcome = event.getOutcome().getCoding().stream()
                    .filter(c -> OUTCOME.equals(c.getSystem()))
                    .map(c -> outcomeOf(c.getCode()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElse(null);
            if (outcome == null) {
                problem(
                        ProblemCode.NOT_IN_CODE_LIST,
                        base + ".outcome",
                        "expected a code of %s (resolved, recovering, ongoing, resolvedWithSequelae, fatal, unknown)"
                                .formatted(OUTCOME));
            }
        }
        Set<SeriousnessCriterion> criteria = seriousness(event, base);
        ReactionDetails details = ReactionDetails.of(
                null, null, null, null, null, severity(event, base), categories(event, base));
        return Optional.ofNullable(accept(
                Reaction.of(term, coded, onset, outcome, criteria, details), "", Map.of("term", base + ".event.text")));
    }

    /** AdverseEvent.severity, whose R4 value set is required: mild, moderate or severe. */
    private Severity severity(AdverseEvent event, String base) {
        if (!event.hasSeverity()) {
            return null;
        }
        for (Coding coding : event.getSeverity().getCoding()) {
            if (SEVERITY.equals(coding.getSystem())) {
                Optional<Severity> severity = Coded.fromCode(Severity.class, coding.getCode());
                if (severity.isPresent()) {
                    return severity.get();
                }
            }
        }
        note(base + ".severity", "not kept: expected mild, moderate or severe of " + SEVERITY);
        return null;
    }

    /** AdverseEvent.category, every coding kept as the sender coded it (R4's binding is extensible). */
    private List<CodedTerm> categories(AdverseEvent event, String base) {
        List<CodedTerm> categories = new ArrayList<>();
        for (int c = 0; c < event.getCategory().size(); c++) {
            List<Coding> codings = event.getCategory().get(c).getCoding();
            int before = categories.size();
            for (Coding coding : codings) {
                if (blankToNull(coding.getSystem()) != null && blankToNull(coding.getCode()) != null) {
                    categories.add(new CodedTerm(
                            terminology(coding.getSystem()), blankToNull(coding.getVersion()), coding.getCode()));
                }
            }
            if (categories.size() == before) {
                note(base + ".category[%d]".formatted(c), "not kept: a category without a coded system and code");
            }
        }
        return categories;
    }

    private CodedTerm codedTerm(CodeableConcept concept, String path) {
        List<Coding> usable = concept.getCoding().stream()
                .filter(c -> blankToNull(c.getSystem()) != null && blankToNull(c.getCode()) != null)
                .toList();
        if (usable.isEmpty()) {
            return null;
        }
        Coding chosen = usable.stream()
                .filter(c -> MEDDRA.equals(c.getSystem()) || MEDDRA_OID.equals(c.getSystem()))
                .findFirst()
                .orElse(usable.getFirst());
        if (usable.size() > 1) {
            note(path, "kept one coding, %s; the case model holds one coded term".formatted(chosen.getSystem()));
        }
        return new CodedTerm(terminology(chosen.getSystem()), blankToNull(chosen.getVersion()), chosen.getCode());
    }

    /**
     * The criteria of the extension; else criteria coded in {@code seriousness} itself; else, for a bare
     * "Serious", E.i.3.2f, the criterion every serious case without another meets (ICH E2A §II.B), so a
     * serious reaction is never read as non-serious.
     */
    private Set<SeriousnessCriterion> seriousness(AdverseEvent event, String base) {
        Set<SeriousnessCriterion> criteria = EnumSet.noneOf(SeriousnessCriterion.class);
        List<Extension> listed = extensions(event, EXT_SERIOUSNESS_CRITERION);
        for (int c = 0; c < listed.size(); c++) {
            String path = base + ".extension('%s')[%d].value".formatted(EXT_SERIOUSNESS_CRITERION, c);
            List<Coding> codings = listed.get(c).getValue() instanceof CodeableConcept cc
                    ? cc.getCoding()
                    : listed.get(c).getValue() instanceof Coding one ? List.of(one) : List.of();
            Optional<SeriousnessCriterion> criterion = codings.stream()
                    .map(FhirCodes::criterionOf)
                    .flatMap(Optional::stream)
                    .findFirst();
            if (criterion.isPresent()) {
                criteria.add(criterion.get());
            } else {
                problem(
                        ProblemCode.NOT_IN_CODE_LIST,
                        path,
                        "expected a seriousness criterion of %s or the ICH observation codes".formatted(SERIOUSNESS));
            }
        }
        List<Coding> stated = event.getSeriousness().getCoding().stream()
                .filter(c -> SERIOUSNESS.equals(c.getSystem()))
                .toList();
        boolean serious = stated.stream().anyMatch(c -> !"Non-serious".equals(c.getCode()));
        boolean nonSerious = stated.stream().anyMatch(c -> "Non-serious".equals(c.getCode()));
        if (criteria.isEmpty()) {
            stated.stream()
                    .map(FhirCodes::criterionOf)
                    .flatMap(Optional::stream)
                    .forEach(criteria::add);
        }
        if (criteria.isEmpty() && serious) {
            criteria.add(SeriousnessCriterion.OTHER_MEDICALLY_IMPORTANT);
            note(
                    base + ".seriousness",
                    "serious without a criterion: read as other medically important condition (E.i.3.2f)");
        }
        if (!criteria.isEmpty() && nonSerious) {
            note(base + ".seriousness", "says non-serious but names criteria; the criteria are kept");
        }
        return criteria;
    }

    // G.k products and F.r tests.

    /** The products (in input order) and tests the case's AdverseEvents name. */
    private void entities(List<Located> products, Set<Located> suspected, List<Located> tests) {
        Map<Located, Boolean> seen = new IdentityHashMap<>();
        Map<Located, Boolean> seenTests = new IdentityHashMap<>();
        for (Located at : events) {
            AdverseEvent event = (AdverseEvent) at.resource();
            for (int s = 0; s < event.getSuspectEntity().size(); s++) {
                AdverseEvent.AdverseEventSuspectEntityComponent entity =
                        event.getSuspectEntity().get(s);
                String path = at.path() + ".suspectEntity[%d]".formatted(s);
                if (entity.hasModifierExtension()) {
                    unknownModifier(path);
                }
                Located found = follow(entity.getInstance(), at, path + ".instance");
                if (found != null) {
                    suspected.add(found);
                    if (seen.put(found, true) == null) {
                        products.add(found);
                    }
                }
            }
            for (int h = 0; h < event.getSubjectMedicalHistory().size(); h++) {
                String path = at.path() + ".subjectMedicalHistory[%d]".formatted(h);
                Located found = follow(event.getSubjectMedicalHistory().get(h), at, path);
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
                } else {
                    note(
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
        final Map<String, String> paths = new LinkedHashMap<>();
    }

    private Optional<Product> product(Located at, boolean suspected) {
        ProductFacts facts = new ProductFacts();
        String base = at.path();
        facts.paths.put("role", base);
        facts.paths.put("name", base);
        switch (at.resource()) {
            case Procedure procedure -> administration(at, procedure, facts);
            case Medication medication -> medication(at, medication, facts);
            case MedicationAdministration given -> {
                medicationOf(given.getMedication(), at, base + ".medication", facts);
                facts.startedOn = start(given.getEffective(), base + ".effective");
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
                facts.startedOn = start(statement.getEffective(), base + ".effective");
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
                facts.startedOn = start(immunization.getOccurrence(), base + ".occurrence");
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
                note(
                        base,
                        "a %s is not a product the case model holds; left out"
                                .formatted(at.resource().fhirType()));
                return Optional.empty();
            }
        }
        if (facts.role == null) {
            facts.role = suspected ? ProductRole.SUSPECT : ProductRole.CONCOMITANT;
        }
        return Optional.ofNullable(accept(
                Product.of(
                        facts.role,
                        facts.name,
                        facts.type,
                        facts.lot,
                        facts.route,
                        facts.provider,
                        facts.dose,
                        facts.startedOn),
                "",
                facts.paths));
    }

    private void administration(Located at, Procedure procedure, ProductFacts facts) {
        String base = at.path();
        Coding role = extensionValue(procedure, EXT_PRODUCT_ROLE, Coding.class, base);
        if (role != null) {
            facts.role = byE2bCode(
                    ProductRole.class,
                    ProductRole::e2bCode,
                    role,
                    G_K_1_DRUG_ROLE,
                    extensionPath(base, EXT_PRODUCT_ROLE) + ".value");
        } else if (procedure.getStatus() == Procedure.ProcedureStatus.NOTDONE) {
            facts.role = ProductRole.NOT_ADMINISTERED;
        }
        facts.paths.put("role", extensionPath(base, EXT_PRODUCT_ROLE) + ".value");
        facts.startedOn = start(procedure.getPerformed(), base + ".performed");
        if (procedure.hasPerformer()) {
            Reference actor = procedure.getPerformerFirstRep().getActor();
            String path = base + ".performer[0].actor";
            Located who = follow(actor, at, path);
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
        Reference derived = extensionValue(procedure, EXT_ADMINISTERED_PRODUCT, Reference.class, base);
        Located product = null;
        String productPath;
        if (derived != null) {
            productPath = extensionPath(base, EXT_ADMINISTERED_PRODUCT) + ".value";
            product = follow(derived, at, productPath);
        } else if (procedure.hasUsedReference()) {
            productPath = base + ".usedReference[0]";
            product = follow(procedure.getUsedReferenceFirstRep(), at, productPath);
        } else {
            productPath = base + ".usedReference";
        }
        switch (product == null ? null : product.resource()) {
            case null -> {
                if (derived == null && !procedure.hasUsedReference()) {
                    problem(
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
            default -> wrongType(product, productPath, "Medication or BiologicallyDerivedProduct");
        }
        Dosage dosage = extensionValue(procedure, EXT_DOSAGE, Dosage.class, base);
        if (dosage != null) {
            dosage(dosage, extensionPath(base, EXT_DOSAGE) + ".value", facts);
        }
    }

    private void medication(Located at, Medication medication, ProductFacts facts) {
        facts.name = text(medication.getCode());
        facts.paths.put("name", at.path() + ".code.text");
        facts.lot = medication.hasBatch() ? blankToNull(medication.getBatch().getLotNumber()) : null;
        facts.paths.put("lot", at.path() + ".batch.lotNumber");
    }

    private void biological(Located at, BiologicallyDerivedProduct product, ProductFacts facts) {
        String base = at.path();
        facts.name = text(product.getProductCode());
        facts.paths.put("name", base + ".productCode.text");
        for (int i = 0; i < product.getIdentifier().size(); i++) {
            if (LOT_NUMBER.equals(product.getIdentifier().get(i).getSystem())) {
                facts.lot = blankToNull(product.getIdentifier().get(i).getValue());
                facts.paths.put("lot", base + ".identifier[%d].value".formatted(i));
            }
        }
        Coding type = extensionValue(product, EXT_PRODUCT_TYPE, Coding.class, base);
        if (type != null) {
            String path = extensionPath(base, EXT_PRODUCT_TYPE) + ".value";
            facts.type = PRODUCT_TYPES.equals(type.getSystem())
                    ? Coded.fromCode(ProductType.class, type.getCode()).orElse(null)
                    : null;
            if (facts.type == null) {
                problem(
                        ProblemCode.NOT_IN_CODE_LIST,
                        path,
                        "expected a code of %s: one of %s, got %s"
                                .formatted(PRODUCT_TYPES, Coded.codesOf(ProductType.class), quoted(type.getCode())));
            }
        } else {
            facts.type = typeOf(product.getProductCategory());
            note(base + ".productCategory", "product type read as %s from the category".formatted(facts.type.code()));
        }
    }

    private void medicationOf(Type medication, Located at, String path, ProductFacts facts) {
        if (medication instanceof CodeableConcept concept) {
            facts.name = text(concept);
            facts.paths.put("name", path + "CodeableConcept.text");
        } else if (medication instanceof Reference reference) {
            Located found = follow(reference, at, path + "Reference");
            if (found != null && found.resource() instanceof Medication m) {
                medication(found, m, facts);
            } else if (found != null) {
                wrongType(found, path + "Reference", "Medication");
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
        note(path, "a route not coded in EDQM or Exovigil's routes is read as other");
        return Route.OTHER;
    }

    private static Dose dose(Quantity quantity, String text) {
        BigDecimal value = quantity == null ? null : quantity.getValue();
        String unit =
                quantity == null ? null : blankToNull(quantity.hasUnit() ? quantity.getUnit() : quantity.getCode());
        String words = blankToNull(text);
        return value == null && unit == null && words == null ? null : new Dose(value, unit, words);
    }

    private Optional<TestResult> test(Located at) {
        Observation observation = (Observation) at.resource();
        String base = at.path();
        String name = text(observation.getCode());
        LocalDate date = start(observation.getEffective(), base + ".effective");
        String result = null;
        String unit = null;
        String resultPath = base + ".value";
        Type value = observation.getValue();
        switch (value) {
            case null -> {}
            case Quantity quantity -> {
                result =
                        quantity.getValue() == null ? null : quantity.getValue().toPlainString();
                unit = blankToNull(quantity.hasUnit() ? quantity.getUnit() : quantity.getCode());
                resultPath = base + ".valueQuantity.value";
            }
            case StringType text -> result = text.getValue();
            case CodeableConcept concept -> result = text(concept);
            case BooleanType flag -> result = flag.getValueAsString();
            case IntegerType number -> result = number.getValueAsString();
            default -> note(base + ".value", "a %s result is not read".formatted(value.fhirType()));
        }
        StringType extraUnit = extensionValue(observation, EXT_RESULT_UNIT, StringType.class, base);
        if (unit == null && extraUnit != null) {
            unit = extraUnit.getValue();
        }
        return Optional.ofNullable(accept(
                TestResult.of(name, date, result, unit),
                "",
                Map.of("name", base + ".code.text", "result", resultPath, "unit", base + ".valueQuantity.unit")));
    }

    // Values.

    /** The text of a concept, or the display or code of its first coding that has one. */
    private static String text(CodeableConcept concept) {
        if (concept == null) {
            return null;
        }
        if (blankToNull(concept.getText()) != null) {
            return concept.getText();
        }
        for (Coding coding : concept.getCoding()) {
            if (blankToNull(coding.getDisplay()) != null) {
                return coding.getDisplay();
            }
        }
        return null;
    }

    /** D.1 and C.2.r.1 as one text: {@code name.text}, else the given and family names as written. */
    private static String name(HumanName name) {
        if (blankToNull(name.getText()) != null) {
            return name.getText();
        }
        String joined = Stream.concat(name.getGiven().stream().map(StringType::getValue), Stream.of(name.getFamily()))
                .map(CaseReading::blankToNull)
                .filter(part -> part != null)
                .collect(Collectors.joining(" "));
        return blankToNull(joined);
    }

    private LocalDate start(Type when, String path) {
        return switch (when) {
            case null -> null;
            case DateTimeType dateTime -> date(dateTime, path + "DateTime");
            case InstantType instant -> date(instant, path + "Instant");
            case Period period -> date(period.getStartElement(), path + "Period.start");
            default -> {
                note(path, "a %s is not read as a date".formatted(when.fhirType()));
                yield null;
            }
        };
    }

    /** The calendar date of a FHIR date or dateTime as written (its own time zone); a day at least. */
    private LocalDate date(BaseDateTimeType value, String path) {
        if (value == null || value.getValueAsString() == null) {
            return null;
        }
        String text = value.getValueAsString();
        if (text.length() < 10) {
            problem(ProblemCode.NOT_A_DATE, path, "expected a full date (YYYY-MM-DD), got " + quoted(text));
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            problem(ProblemCode.NOT_A_DATE, path, "expected a date (YYYY-MM-DD), got " + quoted(text));
        }
        return date;
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private <E extends Enum<E> & Coded> E byE2bCode(
            Class<E> type, ToIntFunction<E> e2bCode, Coding coding, String system, String path) {
        if (system.equals(coding.getSystem())) {
            for (E value : type.getEnumConstants()) {
                if (Integer.toString(e2bCode.applyAsInt(value)).equals(coding.getCode())) {
                    return value;
                }
            }
        }
        problem(
                ProblemCode.NOT_IN_CODE_LIST,
                path,
                "expected a code of %s, got %s in %s"
                        .formatted(system, quoted(coding.getCode()), quoted(coding.getSystem())));
        return null;
    }

    // Extensions.

    static Extension extension(IBaseHasExtensions holder, String url) {
        for (IBaseExtension<?, ?> extension : holder.getExtension()) {
            if (url.equals(extension.getUrl()) && extension instanceof Extension e) {
                return e;
            }
        }
        return null;
    }

    private static List<Extension> extensions(IBaseHasExtensions holder, String url) {
        List<Extension> found = new ArrayList<>();
        for (IBaseExtension<?, ?> extension : holder.getExtension()) {
            if (url.equals(extension.getUrl()) && extension instanceof Extension e) {
                found.add(e);
            }
        }
        return found;
    }

    /** The value of the first extension {@code url}, when it has the expected type; a problem otherwise. */
    private <T extends Type> T extensionValue(IBaseHasExtensions holder, String url, Class<T> type, String base) {
        Extension extension = extension(holder, url);
        if (extension == null) {
            return null;
        }
        Type value = extension.getValue();
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        problem(
                ProblemCode.NOT_VALID_FHIR,
                extensionPath(base, url) + ".value",
                "expected value%s, got %s"
                        .formatted(type.getSimpleName(), value == null ? "no value" : "value" + value.fhirType()));
        return null;
    }

    private static String extensionPath(String base, String url) {
        return "%s.extension('%s')".formatted(base, url);
    }

    // References.

    /** The resource a reference names, or null with a problem when it names none of the input. */
    private Located follow(Reference reference, Located from, String path) {
        if (reference == null || reference.isEmpty()) {
            return null;
        }
        return switch (index.resolve(reference, from)) {
            case Found(Located found) -> {
                refuseWhatChangesMeaning(found);
                yield found;
            }
            case Absent absent -> null;
            case Dangling(String text) -> {
                dangling(path, text);
                yield null;
            }
        };
    }

    /**
     * A reference to a resource the input does not hold. A standalone AdverseEvent whose Patient or
     * Medication is kept elsewhere is ordinary FHIR (HL7's own R4 example is one), so what it names is read
     * as unknown and said so, never refused.
     */
    private void dangling(String path, String reference) {
        note(path + ".reference", "names %s, which the input does not hold; read as unknown".formatted(quoted(reference)));
    }

    private void wrongType(Located found, String path, String expected) {
        problem(
                ProblemCode.NOT_REPRESENTED,
                path,
                "expected a %s, got a %s".formatted(expected, found.resource().fhirType()));
    }

    /**
     * A modifier extension or implicit rules change what a resource means; a reader that does not know
     * them must not read it as if they were absent (FHIR R4 §2.18.1, §2.22.0.2).
     */
    private void refuseWhatChangesMeaning(Located located) {
        Resource resource = located.resource();
        if (resource instanceof DomainResource domain && domain.hasModifierExtension()) {
            unknownModifier(located.path());
        }
        if (resource.hasImplicitRules()) {
            problem(
                    ProblemCode.NOT_REPRESENTED,
                    located.path() + ".implicitRules",
                    "expected no implicit rules: they may change the meaning in ways this reader cannot know");
        }
    }

    private void unknownModifier(String path) {
        String where = path + ".modifierExtension";
        if (problems.stream().noneMatch(p -> p.path().equals(where))) {
            problem(
                    ProblemCode.NOT_REPRESENTED,
                    where,
                    "expected no modifier extension: one this reader does not know changes the meaning of the element");
        }
    }

    // Problems.

    private void problem(ProblemCode code, String path, String message) {
        Problem problem = new Problem(code, path, message);
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    private void note(String path, String message) {
        Problem note = new Problem(ProblemCode.NOT_REPRESENTED, path, message);
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** The value, or null with the problems, each moved from the model's field to the FHIR element. */
    private <T> T accept(Checked<T> checked, String base, Map<String, String> fields) {
        Checked<T> mapped = remap(checked, base, fields);
        if (mapped.isAccepted()) {
            return mapped.value();
        }
        mapped.problems().forEach(p -> problem(p.code(), p.path(), p.message()));
        return null;
    }

    private static <T> Checked<T> remap(Checked<T> checked, String base, Map<String, String> fields) {
        if (checked.isAccepted()) {
            return checked;
        }
        return Checked.rejected(checked.problems().stream()
                .map(p -> new Problem(p.code(), fields.getOrDefault(p.path(), join(base, p.path())), p.message()))
                .toList());
    }

    private static String join(String base, String path) {
        return base.isEmpty() ? path : path.isEmpty() ? base : base + "." + path;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
