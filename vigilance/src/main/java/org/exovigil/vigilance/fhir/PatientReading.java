package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.CaseInput.*;
import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirExtensions.*;
import static org.exovigil.vigilance.fhir.FhirParsing.quoted;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.fhir.ResourceIndex.Absent;
import org.exovigil.vigilance.fhir.ResourceIndex.Dangling;
import org.exovigil.vigilance.fhir.ResourceIndex.Found;
import org.exovigil.vigilance.fhir.ResourceIndex.Located;
import org.exovigil.vigilance.fhir.ResourceIndex.Resolution;
import org.exovigil.vigilance.model.AgeGroup;
import org.exovigil.vigilance.model.MedicalRecordNumbers;
import org.exovigil.vigilance.model.Sex;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * ICH E2B(R3) section D from FHIR R4: the Patient an AdverseEvent's {@code subject} names, as {@link
 * CaseWriting} writes it or as other senders do (a name instead of initials, a birth date).
 */
final class PatientReading {

    private final CaseInput input;
    private final List<Located> events;

    PatientReading(CaseInput input, List<Located> events) {
        this.input = input;
        this.events = events;
    }

    org.exovigil.vigilance.model.Patient patient(Located at) {
        AdverseEvent event = (AdverseEvent) at.resource();
        String path = at.path() + ".subject";
        if (!event.hasSubject()) {
            input.problem(ProblemCode.MISSING, path, "expected the patient (AdverseEvent.subject, required in R4)");
            return null;
        }
        Resolution resolution = input.index().resolve(event.getSubject(), at);
        switch (resolution) {
            case Absent absent -> {
                input.note(path, "the patient is named only by a display or identifier, so nothing is known of them");
                return org.exovigil.vigilance.model.Patient.UNKNOWN;
            }
            case Dangling(String reference) -> {
                input.dangling(path, reference);
                return null;
            }
            case Found(Located found) -> {
                input.refuseWhatChangesMeaning(found);
                if (!(found.resource() instanceof Patient patient)) {
                    input.problem(
                            ProblemCode.NOT_REPRESENTED,
                            path,
                            "expected a Patient, got a %s: a case safety report is about one patient"
                                    .formatted(found.resource().fhirType()));
                    return null;
                }
                return patient(found, patient, false);
            }
        }
    }

    /** The patient, or with {@code parent} the parent of a parent-child report (D.10), which has no parent. */
    private org.exovigil.vigilance.model.Patient patient(Located at, Patient patient, boolean parent) {
        String base = at.path();
        String initials = patient.hasName() ? name(patient.getNameFirstRep()) : null;
        Sex sex = null;
        if (patient.hasGender()) {
            sex = switch (patient.getGender()) {
                case MALE -> Sex.MALE;
                case FEMALE -> Sex.FEMALE;
                case UNKNOWN, NULL -> Sex.UNKNOWN;
                case OTHER -> {
                    input.note(base + ".gender", "read as unknown: ICH E2B(R3) D.5 has male and female only");
                    yield Sex.UNKNOWN;
                }
            };
        }
        String agePath = extensionPath(base, EXT_AGE_AT_ONSET) + ".value";
        Quantity age = input.extensionValue(patient, EXT_AGE_AT_ONSET, Quantity.class, base);
        org.exovigil.vigilance.model.Quantity ageAsSent = age == null ? null : age(age, agePath);
        Integer ageYears = org.exovigil.vigilance.model.Patient.completedYears(ageAsSent);
        if (ageAsSent != null
                && ageAsSent.unit().equals("a")
                && ageAsSent.value().stripTrailingZeros().scale() <= 0) {
            ageAsSent = null; // whole years: the age in years says it all
        }
        Coding group = input.extensionValue(patient, EXT_AGE_GROUP, Coding.class, base);
        AgeGroup ageGroup = group == null
                ? null
                : input.byE2bCode(
                        AgeGroup.class,
                        AgeGroup::e2bCode,
                        group,
                        D_2_3_AGE_GROUP,
                        extensionPath(base, EXT_AGE_GROUP) + ".value");
        String weightPath = extensionPath(base, EXT_BODY_WEIGHT) + ".value";
        Quantity weight = input.extensionValue(patient, EXT_BODY_WEIGHT, Quantity.class, base);
        BigDecimal kg = weight == null ? null : kilograms(weight, weightPath);
        String heightPath = extensionPath(base, EXT_BODY_HEIGHT) + ".value";
        Quantity height = input.extensionValue(patient, EXT_BODY_HEIGHT, Quantity.class, base);
        BigDecimal cm = height == null ? null : centimetres(height, heightPath);
        DateType period = input.extensionValue(patient, EXT_LAST_MENSTRUAL_PERIOD, DateType.class, base);
        HistoryReading history = new HistoryReading(input);
        Coding ethnicity = input.extensionValue(patient, EXT_ETHNICITY, Coding.class, base);
        org.exovigil.vigilance.model.Patient read = input.accept(
                org.exovigil.vigilance.model.Patient.of(
                        initials,
                        ageYears,
                        ageGroup,
                        sex,
                        kg,
                        input.partialDate(patient.getBirthDateElement(), base + ".birthDate"),
                        cm,
                        input.partialDate(period, extensionPath(base, EXT_LAST_MENSTRUAL_PERIOD) + ".value"),
                        history.medicalHistory(at, patient, parent ? List.of() : conditionsNamedByEvents()),
                        history.death(at, patient),
                        history.pastDrugs(at, patient),
                        extensions(patient, EXT_RACE).stream()
                                .filter(e -> e.getValue() instanceof Coding)
                                .map(e -> ((Coding) e.getValue()).getCode())
                                .toList(),
                        ethnicity == null ? null : ethnicity.getCode()),
                "",
                Map.of(
                        "initials", base + ".name[0].text",
                        "ageYears", agePath,
                        "weightKg", weightPath,
                        "heightCm", heightPath,
                        "history.text", extensionPath(base, EXT_MEDICAL_HISTORY_TEXT) + ".value"));
        Quantity gestation = input.extensionValue(patient, EXT_GESTATION_AT_ONSET, Quantity.class, base);
        if (read != null) {
            read = read.withAgeAsSent(ageAsSent)
                    .withRecords(
                            recordNumbers(patient),
                            gestation == null
                                    ? null
                                    : org.exovigil.vigilance.model.Quantity.of(
                                            gestation.getValue(), gestation.getUnit()));
        }
        Reference named = input.extensionValue(patient, EXT_PARENT, Reference.class, base);
        if (read == null || named == null) {
            return read;
        }
        String parentPath = extensionPath(base, EXT_PARENT) + ".value";
        Located found = input.follow(named, at, parentPath);
        if (parent || found == null) {
            if (parent) {
                input.note(parentPath, "not kept: ICH E2B(R3) D.10 gives the parent no parent");
            }
            return read;
        }
        if (!(found.resource() instanceof Patient parentPatient)) {
            input.wrongType(found, parentPath, "Patient");
            return read;
        }
        org.exovigil.vigilance.model.Patient theParent = patient(found, parentPatient, true);
        return theParent == null ? read : read.withParent(theParent);
    }

    /** D.1.1.1-4 from the Patient's identifiers, by their systems. */
    private static MedicalRecordNumbers recordNumbers(Patient patient) {
        Map<String, String> numbers = new HashMap<>();
        patient.getIdentifier()
                .forEach(id -> numbers.putIfAbsent(String.valueOf(id.getSystem()), blankToNull(id.getValue())));
        return MedicalRecordNumbers.of(
                numbers.get(D_1_1_1_GP_RECORD),
                numbers.get(D_1_1_2_SPECIALIST_RECORD),
                numbers.get(D_1_1_3_HOSPITAL_RECORD),
                numbers.get(D_1_1_4_INVESTIGATION));
    }

    /** The Conditions the case's AdverseEvents name as the subject's history, in input order. */
    private List<Located> conditionsNamedByEvents() {
        Map<Located, Boolean> seen = new IdentityHashMap<>();
        List<Located> conditions = new ArrayList<>();
        for (Located at : events) {
            List<Reference> history = ((AdverseEvent) at.resource()).getSubjectMedicalHistory();
            for (int h = 0; h < history.size(); h++) {
                Located found = input.follow(history.get(h), at, at.path() + ".subjectMedicalHistory[%d]".formatted(h));
                if (found != null && found.resource() instanceof Condition && seen.put(found, true) == null) {
                    conditions.add(found);
                }
            }
        }
        conditions.sort(Comparator.comparingInt(Located::order));
        return conditions;
    }

    /** An age in whole years, from UCUM years, months, weeks or days; anything shorter than a year is 0. */
    /** D.2.2a/b: the age in its UCUM unit (a, mo, wk, d, h, {decade}), or null with a problem. */
    private org.exovigil.vigilance.model.Quantity age(Quantity age, String path) {
        if (age.getValue() == null) {
            input.problem(ProblemCode.MISSING, path, "expected an age with a value");
            return null;
        }
        String unit = age.hasCode() ? age.getCode() : age.getUnit();
        String ucum = switch (unit == null ? "a" : unit) {
            case "a", "year", "years", "yr" -> "a";
            case "mo", "month", "months" -> "mo";
            case "wk", "week", "weeks" -> "wk";
            case "d", "day", "days" -> "d";
            case "h", "hour", "hours" -> "h";
            case "{decade}", "decade", "decades" -> "{decade}";
            default -> null;
        };
        if (ucum == null) {
            input.problem(
                    ProblemCode.NOT_IN_CODE_LIST,
                    path,
                    "expected an age in UCUM a, mo, wk, d, h or {decade}, got the unit " + quoted(unit));
            return null;
        }
        return org.exovigil.vigilance.model.Quantity.of(age.getValue(), ucum);
    }

    private BigDecimal centimetres(Quantity height, String path) {
        String unit = height.hasCode() ? height.getCode() : height.getUnit();
        if (height.getValue() == null) {
            input.problem(ProblemCode.MISSING, path, "expected a height with a value");
            return null;
        }
        if (unit == null || unit.equals("cm")) {
            return height.getValue();
        }
        if (unit.equals("m")) {
            return height.getValue().movePointRight(2);
        }
        input.problem(ProblemCode.NOT_IN_CODE_LIST, path, "expected a height in cm, got the unit " + quoted(unit));
        return null;
    }

    private BigDecimal kilograms(Quantity weight, String path) {
        String unit = weight.hasCode() ? weight.getCode() : weight.getUnit();
        if (weight.getValue() == null) {
            input.problem(ProblemCode.MISSING, path, "expected a body weight with a value");
            return null;
        }
        if (unit == null || unit.equals("kg")) {
            return weight.getValue();
        }
        if (unit.equals("g")) {
            return weight.getValue().movePointLeft(3);
        }
        input.problem(ProblemCode.NOT_IN_CODE_LIST, path, "expected a body weight in kg, got the unit " + quoted(unit));
        return null;
    }
}
