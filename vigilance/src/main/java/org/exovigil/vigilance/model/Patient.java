package org.exovigil.vigilance.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/**
 * ICH E2B(R3) section D, the patient. Every field may be unknown.
 *
 * @param initials  D.1 patient (name or initials), up to 60 characters
 * @param ageYears  D.2.2a/b age at the time of onset, in years
 * @param ageGroup  D.2.3 age group as per reporter
 * @param sex       D.5
 * @param weightKg  D.3 body weight in kilograms
 * @param birthDate D.2.1 date of birth (D.10.2.1 for a parent), to the precision the source knew it: a year, a
 *                  month or a day. The ICH E2B(R3) IG asks the exact day of the patient (D.2.1; if it is not
 *                  known, the age in D.2.2) but lets a parent's be incomplete to the year (D.10.2.1), and FHIR's
 *                  Patient.birthDate and reporters give less: kept as given, the ICH profile says where it falls
 *                  short (ICH-D.2.1-DAY)
 * @param heightCm  D.4 height in centimetres
 * @param lastMenstrualPeriod D.6 last menstrual period date, to the precision sent
 * @param history   D.7 relevant medical history and concurrent conditions; null when not known
 * @param death     D.9 in case of death; null when not reported
 * @param drugHistory D.8.r the patient's past drugs
 * @param race      the patient's race, as NCI Thesaurus codes (FDA.D.11.r; FDA's regional element), or the
 *                  {@link NullFlavor} FDA lets a sender give instead (e.g. NA)
 * @param ethnicity the patient's ethnicity, an NCI Thesaurus code or a null flavour (FDA.D.12); null when not
 *                  said
 * @param parent    D.10, for a parent-child or parent-foetus report: the parent, with the same elements as a
 *                  patient (D.10.1-D.10.8); null otherwise
 * @param recordNumbers D.1.1.1-4 the patient's medical record numbers; null when none were sent
 * @param gestationAtOnset D.2.2.1a/b gestation period when the reaction was observed in the foetus
 * @param ageAsSent D.2.2a/b as sent when it is not a whole number of years (e.g. 7 mo, 3 d): {@code ageYears}
 *                  holds the completed years it makes
 */
public record Patient(
        String initials,
        Integer ageYears,
        AgeGroup ageGroup,
        Sex sex,
        BigDecimal weightKg,
        PartialDate birthDate,
        BigDecimal heightCm,
        PartialDate lastMenstrualPeriod,
        MedicalHistory history,
        Death death,
        List<PastDrug> drugHistory,
        List<String> race,
        String ethnicity,
        Patient parent,
        MedicalRecordNumbers recordNumbers,
        Quantity gestationAtOnset,
        Quantity ageAsSent) {

    /** A patient about whom nothing is known yet. */
    public static final Patient UNKNOWN =
            new Patient(null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), null, null);

    /** A patient without record numbers (D.1.1) or a gestation period at onset (D.2.2.1). */
    public Patient(
            String initials,
            Integer ageYears,
            AgeGroup ageGroup,
            Sex sex,
            BigDecimal weightKg,
            PartialDate birthDate,
            BigDecimal heightCm,
            PartialDate lastMenstrualPeriod,
            MedicalHistory history,
            Death death,
            List<PastDrug> drugHistory,
            List<String> race,
            String ethnicity,
            Patient parent) {
        this(
                initials,
                ageYears,
                ageGroup,
                sex,
                weightKg,
                birthDate,
                heightCm,
                lastMenstrualPeriod,
                history,
                death,
                drugHistory,
                race,
                ethnicity,
                parent,
                null,
                null,
                null);
    }

    public Patient {
        drugHistory = drugHistory == null ? List.of() : List.copyOf(drugHistory);
        race = race == null ? List.of() : List.copyOf(race);
    }

    /** D.4 allows 3 digits in cm; the tallest recorded human measured 272 cm. */
    static final BigDecimal MAX_HEIGHT_CM = BigDecimal.valueOf(300);

    /** D.2.2a allows 5 digits; no recorded human has lived past 122, so beyond 150 is a typing error. */
    static final int MAX_AGE_YEARS = 150;
    /** D.3 allows 6 digits; the heaviest recorded human weighed about 635 kg. */
    static final BigDecimal MAX_WEIGHT_KG = BigDecimal.valueOf(650);

    public static Checked<Patient> of(
            String initials, Integer ageYears, AgeGroup ageGroup, Sex sex, BigDecimal weightKg) {
        return of(
                initials, ageYears, ageGroup, sex, weightKg, null, null, null, null, null, List.of(), List.of(), null);
    }

    public static Checked<Patient> of(
            String initials,
            Integer ageYears,
            AgeGroup ageGroup,
            Sex sex,
            BigDecimal weightKg,
            PartialDate birthDate,
            BigDecimal heightCm,
            PartialDate lastMenstrualPeriod,
            MedicalHistory history,
            Death death,
            List<PastDrug> drugHistory,
            List<String> race,
            String ethnicity) {
        List<Problem> problems = new ArrayList<>();
        String i = ElementRules.trimmedOrNull(initials);
        ElementRules.maxLength("initials", i, 60, problems);
        if (ageYears != null && (ageYears < 0 || ageYears > MAX_AGE_YEARS)) {
            problems.add(new Problem(
                    ProblemCode.OUT_OF_RANGE,
                    "ageYears",
                    "expected an age from 0 to %d years, got %d".formatted(MAX_AGE_YEARS, ageYears)));
        }
        if (weightKg != null && (weightKg.signum() <= 0 || weightKg.compareTo(MAX_WEIGHT_KG) > 0)) {
            problems.add(new Problem(
                    ProblemCode.OUT_OF_RANGE,
                    "weightKg",
                    "expected a weight above 0 and at most %s kg, got %s"
                            .formatted(MAX_WEIGHT_KG, weightKg.toPlainString())));
        }
        if (heightCm != null && (heightCm.signum() <= 0 || heightCm.compareTo(MAX_HEIGHT_CM) > 0)) {
            problems.add(new Problem(
                    ProblemCode.OUT_OF_RANGE,
                    "heightCm",
                    "expected a height above 0 and at most %s cm, got %s"
                            .formatted(MAX_HEIGHT_CM, heightCm.toPlainString())));
        }
        if (history != null) {
            ElementRules.maxLength("history.text", history.text(), 10_000, problems);
        }
        for (int d = 0; drugHistory != null && d < drugHistory.size(); d++) {
            ElementRules.maxLength(
                    "drugHistory[%d].name".formatted(d), drugHistory.get(d).name(), 250, problems);
        }
        return Checked.unless(
                problems,
                () -> new Patient(
                        i,
                        ageYears,
                        ageGroup,
                        sex,
                        ElementRules.plain(weightKg),
                        birthDate,
                        ElementRules.plain(heightCm),
                        lastMenstrualPeriod,
                        history,
                        death,
                        drugHistory,
                        race,
                        ElementRules.trimmedOrNull(ethnicity),
                        null));
    }

    /** The same patient with the parent of a parent-child or parent-foetus report (D.10). */
    public Patient withParent(Patient theParent) {
        return new Patient(
                initials,
                ageYears,
                ageGroup,
                sex,
                weightKg,
                birthDate,
                heightCm,
                lastMenstrualPeriod,
                history,
                death,
                drugHistory,
                race,
                ethnicity,
                theParent,
                recordNumbers,
                gestationAtOnset,
                ageAsSent);
    }

    /** The same patient with FDA's race (FDA.D.11.r) and ethnicity (FDA.D.12), e.g. none for another receiver. */
    public Patient withFdaOrigins(List<String> theRace, String theEthnicity) {
        return new Patient(
                initials,
                ageYears,
                ageGroup,
                sex,
                weightKg,
                birthDate,
                heightCm,
                lastMenstrualPeriod,
                history,
                death,
                drugHistory,
                theRace,
                theEthnicity,
                parent,
                recordNumbers,
                gestationAtOnset,
                ageAsSent);
    }

    /** The same patient with record numbers (D.1.1) and the gestation period at onset (D.2.2.1). */
    public Patient withRecords(MedicalRecordNumbers numbers, Quantity gestation) {
        return new Patient(
                initials,
                ageYears,
                ageGroup,
                sex,
                weightKg,
                birthDate,
                heightCm,
                lastMenstrualPeriod,
                history,
                death,
                drugHistory,
                race,
                ethnicity,
                parent,
                numbers,
                gestation,
                ageAsSent);
    }

    /**
     * The completed years of an age in an E2B age unit (D.2.2b: {decade}, a, mo, wk, d, h), or null for another
     * unit; a month is a twelfth of a year, a day 1/365.25.
     */
    public static Integer completedYears(Quantity age) {
        if (age == null || age.value() == null || age.unit() == null) {
            return null;
        }
        BigDecimal n = age.value();
        // Beyond any age in any unit (10^12 hours is over 100 million years), or below a second: no arithmetic on
        // such numbers, whose digits alone could take minutes to scale.
        if (n.precision() - n.scale() > 12) {
            return n.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        if (n.precision() - n.scale() < -12 || n.precision() > 40) {
            n = n.precision() > 40 ? n.round(new MathContext(40)) : BigDecimal.ZERO;
        }
        BigDecimal years = switch (age.unit()) {
            case "a" -> n;
            case "{decade}", "10.a" -> n.multiply(BigDecimal.TEN);
            case "mo" -> n.divide(BigDecimal.valueOf(12), 4, RoundingMode.DOWN);
            case "wk" -> n.multiply(BigDecimal.valueOf(7)).divide(BigDecimal.valueOf(365.25), 4, RoundingMode.DOWN);
            case "d" -> n.divide(BigDecimal.valueOf(365.25), 4, RoundingMode.DOWN);
            case "h" -> n.divide(BigDecimal.valueOf(8766), 4, RoundingMode.DOWN);
            default -> null;
        };
        if (years == null) {
            return null;
        }
        // The range check of the patient (0 to MAX_AGE_YEARS) then refuses what is no human age.
        return years.setScale(0, RoundingMode.DOWN).intValueExact();
    }

    /** D.2.2a/b as sent, while it still makes the patient's age in completed years; else null. */
    public Quantity ageAsSentForAge() {
        return ageAsSent != null && ageYears != null && Objects.equals(completedYears(ageAsSent), ageYears)
                ? ageAsSent
                : null;
    }

    /** The same patient with D.2.2a/b as sent, when it is not a whole number of years. */
    public Patient withAgeAsSent(Quantity age) {
        return new Patient(
                initials,
                ageYears,
                ageGroup,
                sex,
                weightKg,
                birthDate,
                heightCm,
                lastMenstrualPeriod,
                history,
                death,
                drugHistory,
                race,
                ethnicity,
                parent,
                recordNumbers,
                gestationAtOnset,
                age);
    }

    /**
     * Identifiable when any of initials, date of birth, age, age group or a known sex is given (ICH E2B(R3) IG §3.3.1;
     * ICH E2D §5.1). Weight alone is not in that list: it does not single out a person.
     */
    public boolean isIdentifiable() {
        return initials != null
                || birthDate != null
                || ageYears != null
                || ageGroup != null
                || (sex != null && sex != Sex.UNKNOWN);
    }
}
