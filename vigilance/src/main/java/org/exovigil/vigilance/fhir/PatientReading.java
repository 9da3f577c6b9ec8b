package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.CaseInput.*;
import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirParsing.quoted;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.fhir.ResourceIndex.Absent;
import org.exovigil.vigilance.fhir.ResourceIndex.Dangling;
import org.exovigil.vigilance.fhir.ResourceIndex.Found;
import org.exovigil.vigilance.fhir.ResourceIndex.Located;
import org.exovigil.vigilance.fhir.ResourceIndex.Resolution;
import org.exovigil.vigilance.model.AgeGroup;
import org.exovigil.vigilance.model.Sex;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;

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
                    input.note(base + ".gender", "read as unknown: ICH E2B(R3) D.5 has male and female only");
                    yield Sex.UNKNOWN;
                }
            };
        }
        String agePath = extensionPath(base, EXT_AGE_AT_ONSET) + ".value";
        Integer ageYears = null;
        Quantity age = input.extensionValue(patient, EXT_AGE_AT_ONSET, Quantity.class, base);
        if (age != null) {
            ageYears = years(age, agePath);
        } else if (patient.hasBirthDate()) {
            LocalDate born = input.date(patient.getBirthDateElement(), base + ".birthDate");
            LocalDate onset = earliestOnset();
            if (born != null && onset != null && !born.isAfter(onset)) {
                ageYears = java.time.Period.between(born, onset).getYears();
            }
            input.note(base + ".birthDate", "kept only as the age at onset (ICH E2B(R3) D.2.2), not as a birth date");
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
        return input.accept(
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
            input.problem(ProblemCode.MISSING, path, "expected an age with a value");
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
            input.problem(
                    ProblemCode.NOT_IN_CODE_LIST,
                    path,
                    "expected an age in UCUM a, mo, wk or d, got the unit " + quoted(unit));
            return null;
        }
        BigDecimal years = age.getValue().divide(perYear, 0, RoundingMode.FLOOR);
        if (perYear.compareTo(BigDecimal.ONE) != 0
                || age.getValue().stripTrailingZeros().scale() > 0) {
            input.note(path, "read as %s whole years: the case model keeps the age in years".formatted(years));
        }
        try {
            return years.intValueExact();
        } catch (ArithmeticException e) {
            input.problem(ProblemCode.OUT_OF_RANGE, path, "expected an age in years, got " + age.getValue());
            return null;
        }
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
