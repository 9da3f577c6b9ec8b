package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;
import static org.exovigil.vigilance.e2b.ElementValues.at;
import static org.exovigil.vigilance.e2b.ElementValues.blankToNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.AgeGroup;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Death;
import org.exovigil.vigilance.model.MedicalCondition;
import org.exovigil.vigilance.model.MedicalHistory;
import org.exovigil.vigilance.model.MedicalRecordNumbers;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.PastDrug;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.Quantity;
import org.exovigil.vigilance.model.ReportedTerm;
import org.exovigil.vigilance.model.Sex;

/**
 * Reads section D of one message, the patient: D.1 name or initials, D.2.1 birth date, D.2.2 age (in
 * completed years), D.2.3 age group, D.3 weight, D.4 height, D.5 sex, D.6 last menstrual period, D.7 medical
 * history (conditions coded in MedDRA, text, concomitant therapies), D.8 past drug history and D.9 death (date, reported and
 * autopsy-determined causes, whether an autopsy was done).
 */
final class PatientReading {

    private final ElementValues values;

    PatientReading(ElementValues values) {
        this.values = values;
    }

    /** Section D from the primary role: the player (D.1, D.2.1, D.5, D.9.1), its observations and D.7. */
    Patient patient(XmlElement role, List<XmlElement> observations) {
        XmlElement player = role == null ? null : role.child("player1");
        Patient patient = person(player, role, observations, Section.PATIENT);
        if (patient != null) {
            patient = patient.withRecords(recordNumbers(player), gestationAtOnset(observations));
        }
        XmlElement parentRole = player == null ? null : player.child("role");
        if (patient == null || parentRole == null || parentRole.child("associatedPerson") == null) {
            return patient;
        }
        List<XmlElement> parentObservations = parentRole.children("subjectOf2").stream()
                .map(subject -> subject.child("observation"))
                .filter(observation -> observation != null)
                .toList();
        Patient parent = person(parentRole.child("associatedPerson"), parentRole, parentObservations, Section.PARENT);
        return parent == null ? patient : patient.withParent(parent);
    }

    /** D.1.1.1-4, each an identified entity of the patient's person, told apart by its id root. */
    private static MedicalRecordNumbers recordNumbers(XmlElement player) {
        Map<String, String> numbers = new HashMap<>();
        for (XmlElement entity : player == null ? List.<XmlElement>of() : player.children("asIdentifiedEntity")) {
            XmlElement id = entity.child("id");
            if (id != null && id.attribute("root") != null) {
                numbers.putIfAbsent(id.attribute("root"), blankToNull(id.attribute("extension")));
            }
        }
        return MedicalRecordNumbers.of(
                numbers.get(D_1_1_1_GP_RECORD),
                numbers.get(D_1_1_2_SPECIALIST_RECORD),
                numbers.get(D_1_1_3_HOSPITAL_RECORD),
                numbers.get(D_1_1_4_INVESTIGATION));
    }

    /** D.2.2.1a/b, the gestation period when the reaction was observed in the foetus, with its unit as sent. */
    private Quantity gestationAtOnset(List<XmlElement> observations) {
        for (XmlElement observation : observations) {
            XmlElement value = observation.child("value");
            if (observation.hasCode(OBS_GESTATION_PERIOD, OBSERVATION) && value != null && !value.isNull()) {
                return Quantity.of(values.decimal(value, "D.2.2.1a"), value.attribute("unit"));
            }
        }
        return null;
    }

    /**
     * The element numbers of the patient (D) and of the parent (D.10), whose elements are the same but for
     * the death and the regional ones, under other numbers.
     */
    private enum Section {
        PATIENT(
                "D.5",
                "D.2.2a",
                "D.2.3",
                "D.3",
                "D.4",
                "D.6",
                "D.2.1",
                Map.of(
                        "initials",
                        "D.1",
                        "ageYears",
                        "D.2.2a",
                        "weightKg",
                        "D.3",
                        "heightCm",
                        "D.4",
                        "history.text",
                        "D.7.2")),
        PARENT(
                "D.10.6",
                "D.10.2.2a",
                "D.2.3",
                "D.10.4",
                "D.10.5",
                "D.10.3",
                "D.10.2.1",
                Map.of(
                        "initials",
                        "D.10.1",
                        "ageYears",
                        "D.10.2.2a",
                        "weightKg",
                        "D.10.4",
                        "heightCm",
                        "D.10.5",
                        "history.text",
                        "D.10.7.2"));

        final String sex;
        final String age;
        final String ageGroup;
        final String weight;
        final String height;
        final String lastPeriod;
        final String birth;
        final Map<String, String> fields;

        Section(
                String sex,
                String age,
                String ageGroup,
                String weight,
                String height,
                String lastPeriod,
                String birth,
                Map<String, String> fields) {
            this.sex = sex;
            this.age = age;
            this.ageGroup = ageGroup;
            this.weight = weight;
            this.height = height;
            this.lastPeriod = lastPeriod;
            this.birth = birth;
            this.fields = fields;
        }
    }

    /** A person of section D (the patient, or the parent of D.10), from its element and its container's. */
    private Patient person(XmlElement player, XmlElement role, List<XmlElement> observations, Section section) {
        String initials = null;
        Sex sex = null;
        if (player != null) {
            XmlElement name = player.child("name");
            initials = name == null || name.isNull() ? null : name.text();
            XmlElement gender = player.child("administrativeGenderCode");
            if (gender != null && gender.isNull()) {
                sex = Sex.UNKNOWN;
            } else if (gender != null) {
                String code = String.valueOf(gender.attribute("code")).strip();
                sex = switch (code) {
                    case "1" -> Sex.MALE;
                    case "2" -> Sex.FEMALE;
                    default -> {
                        values.problem(
                                ProblemCode.NOT_IN_CODE_LIST,
                                section.sex,
                                "expected 1 (male) or 2 (female) of ISO/IEC 5218, got \"%s\"".formatted(code),
                                gender);
                        yield null;
                    }
                };
            }
        }
        Integer age = null;
        Quantity ageAsSent = null;
        AgeGroup group = null;
        BigDecimal weight = null;
        BigDecimal height = null;
        PartialDate lastPeriod = null;
        List<ReportedTerm> reportedCauses = new ArrayList<>();
        Boolean autopsy = null;
        List<ReportedTerm> autopsyCauses = new ArrayList<>();
        List<String> race = new ArrayList<>();
        String ethnicity = null;
        for (XmlElement observation : observations) {
            XmlElement value = observation.child("value");
            String valueCode = value == null || value.isNull() ? null : blankToNull(value.attribute("code"));
            if (observation.hasCode(FDA_RACE, NCI_THESAURUS) && ElementValues.codeOrNullFlavor(value) != null) {
                race.add(ElementValues.codeOrNullFlavor(value)); // FDA.D.11.r
            } else if (observation.hasCode(FDA_ETHNICITY, NCI_THESAURUS)) {
                ethnicity = ElementValues.codeOrNullFlavor(value); // FDA.D.12
            } else if (observation.hasCode(OBS_HEIGHT, OBSERVATION)) {
                height = measure(value, section.height, CENTIMETRE);
            } else if (observation.hasCode(OBS_LAST_MENSTRUAL_PERIOD, OBSERVATION)) {
                lastPeriod = values.partialDate(value, section.lastPeriod);
            } else if (observation.hasCode(OBS_REPORTED_CAUSE_OF_DEATH, OBSERVATION)) {
                add(reportedCauses, ElementValues.reportedTerm(value));
            } else if (observation.hasCode(OBS_AUTOPSY, OBSERVATION)) {
                autopsy = values.bool(value, "D.9.3");
                for (XmlElement cause : related(observation, OBS_CAUSE_OF_DEATH)) {
                    add(autopsyCauses, ElementValues.reportedTerm(cause.child("value")));
                }
            } else if (observation.hasCode(OBS_AGE, OBSERVATION)) {
                age = ageInYears(value, section.age);
                ageAsSent = age == null ? null : ageAsSent(value);
            } else if (observation.hasCode(OBS_AGE_GROUP, OBSERVATION)) {
                group = values.code(value, section.ageGroup, AgeGroup.class, AgeGroup::e2bCode);
            } else if (observation.hasCode(OBS_BODY_WEIGHT, OBSERVATION)) {
                weight = measure(value, section.weight, KILOGRAM);
            }
        }
        // D.2.1 and D.10.2.1 to the precision sent: the IG lets a parent's be a year (D.10.2.1); the ICH profile asks
        // the patient's day (ICH-D.2.1-DAY) only of what Exovigil sends.
        PartialDate born = player == null ? null : values.partialDate(player.child("birthTime"), section.birth);
        PartialDate died = player == null ? null : values.partialDate(player.child("deceasedTime"), "D.9.1");
        Patient person = values.accept(
                Patient.of(
                        initials,
                        age,
                        group,
                        sex,
                        weight,
                        born,
                        height,
                        lastPeriod,
                        history(role),
                        Death.of(died, reportedCauses, autopsy, autopsyCauses),
                        drugHistory(role),
                        race,
                        ethnicity),
                section.fields,
                -1);
        return person == null ? null : person.withAgeAsSent(ageAsSent);
    }

    /** D.2.2a/b as sent, when it is not a whole number of years: the model's age is its completed years. */
    private static Quantity ageAsSent(XmlElement value) {
        String unit = value.attribute("unit") == null ? AGE_YEARS : value.attribute("unit");
        BigDecimal number = new BigDecimal(value.attribute("value"));
        boolean wholeYears =
                unit.equals(AGE_YEARS) && number.stripTrailingZeros().scale() <= 0;
        return wholeYears ? null : Quantity.of(number, unit);
    }

    /** A quantity in the one unit its element allows (D.3 kg, D.4 cm); another unit is noted and left out. */
    private BigDecimal measure(XmlElement value, String element, String unit) {
        BigDecimal number = values.decimal(value, element);
        String sent = value == null ? null : value.attribute("unit");
        if (number != null && sent != null && !sent.equals(unit)) {
            values.note(element, "given in \"%s\", not %s; left out".formatted(sent, unit), value);
            return null;
        }
        return number;
    }

    /** D.7: the organizer of relevant medical history, with its conditions, text and D.7.3. */
    private MedicalHistory history(XmlElement role) {
        XmlElement organizer = organizer(role, GROUP_MEDICAL_HISTORY);
        if (organizer == null) {
            return null;
        }
        List<MedicalCondition> conditions = new ArrayList<>();
        String text = null;
        Boolean concomitant = null;
        for (XmlElement component : organizer.children("component")) {
            XmlElement observation = component.child("observation");
            if (observation == null) {
                continue;
            }
            if (observation.hasCode(OBS_HISTORY_TEXT, OBSERVATION)) {
                text = observation.child("value") == null
                        ? null
                        : blankToNull(observation.child("value").text());
            } else if (observation.hasCode(OBS_CONCOMITANT_THERAPY, OBSERVATION)) {
                concomitant = values.bool(observation.child("value"), "D.7.3");
            } else {
                condition(observation, conditions.size()).ifPresent(conditions::add);
            }
        }
        return MedicalHistory.of(conditions, text, concomitant);
    }

    /** D.8.r, the drugs of the patient's past drug history (organizer 2). */
    private List<PastDrug> drugHistory(XmlElement role) {
        XmlElement organizer = organizer(role, GROUP_DRUG_HISTORY);
        List<PastDrug> drugs = new ArrayList<>();
        if (organizer == null) {
            return drugs;
        }
        for (XmlElement component : organizer.children("component")) {
            XmlElement administration = component.child("substanceAdministration");
            if (administration == null) {
                continue;
            }
            int r = drugs.size();
            XmlElement kind = administration.at("consumable", "instanceOfKind", "kindOfProduct");
            XmlElement code = kind == null ? null : kind.child("code");
            XmlElement time = administration.child("effectiveTime");
            CodedTerm indication = null;
            CodedTerm reaction = null;
            for (XmlElement relationship : administration.children("outboundRelationship2")) {
                XmlElement observation = relationship.child("observation");
                if (observation != null && observation.hasCode(OBS_INDICATION, OBSERVATION)) {
                    indication = meddra(observation.child("value"));
                } else if (observation != null && observation.hasCode(OBS_REACTION, OBSERVATION)) {
                    reaction = meddra(observation.child("value"));
                }
            }
            drugs.add(new PastDrug(
                    kind == null ? null : blankToNull(kind.childText("name")),
                    code == null || code.isNull() || code.attribute("code") == null
                            ? null
                            : new CodedTerm(
                                    String.valueOf(code.attribute("codeSystem")),
                                    blankToNull(code.attribute("codeSystemVersion")),
                                    code.attribute("code")),
                    time == null ? null : values.partialDate(time.child("low"), at("D.8.r.4", r)),
                    time == null ? null : values.partialDate(time.child("high"), at("D.8.r.5", r)),
                    indication,
                    reaction));
        }
        return drugs;
    }

    private static CodedTerm meddra(XmlElement value) {
        String code = value == null || value.isNull() ? null : blankToNull(value.attribute("code"));
        return code == null ? null : new CodedTerm("meddra", blankToNull(value.attribute("codeSystemVersion")), code);
    }

    /** D.7.1.r, a condition coded in MedDRA with its dates, continuing, comments and family history. */
    private java.util.Optional<MedicalCondition> condition(XmlElement observation, int r) {
        XmlElement code = observation.child("code");
        String meddraCode = code == null ? null : blankToNull(code.attribute("code"));
        if (code == null || !MEDDRA.equals(code.attribute("codeSystem")) || meddraCode == null) {
            return java.util.Optional.empty();
        }
        XmlElement time = observation.child("effectiveTime");
        Boolean continuing = null;
        for (XmlElement inbound : observation.children("inboundRelationship")) {
            XmlElement related = inbound.child("observation");
            if (related != null && related.hasCode(OBS_CONTINUING, OBSERVATION)) {
                continuing = values.bool(related.child("value"), at("D.7.1.r.3", r));
            }
        }
        XmlElement comment =
                related(observation, OBS_COMMENT).stream().findFirst().orElse(null);
        XmlElement family =
                related(observation, OBS_FAMILY_HISTORY).stream().findFirst().orElse(null);
        return java.util.Optional.of(new MedicalCondition(
                new CodedTerm("meddra", blankToNull(code.attribute("codeSystemVersion")), meddraCode),
                time == null ? null : values.partialDate(time.child("low"), at("D.7.1.r.2", r)),
                continuing,
                time == null ? null : values.partialDate(time.child("high"), at("D.7.1.r.4", r)),
                comment == null || comment.child("value") == null
                        ? null
                        : blankToNull(comment.child("value").text()),
                family == null ? null : values.bool(family.child("value"), at("D.7.1.r.6", r))));
    }

    private static void add(List<ReportedTerm> terms, ReportedTerm term) {
        if (term != null) {
            terms.add(term);
        }
    }

    /** The observations related to this one (outboundRelationship2) that carry the code. */
    private static List<XmlElement> related(XmlElement observation, String code) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement relationship : observation.children("outboundRelationship2")) {
            XmlElement related = relationship.child("observation");
            if (related != null && related.hasCode(code, OBSERVATION)) {
                found.add(related);
            }
        }
        return found;
    }

    private static XmlElement organizer(XmlElement role, String code) {
        if (role == null) {
            return null;
        }
        for (XmlElement subject : role.children("subjectOf2")) {
            XmlElement organizer = subject.child("organizer");
            if (organizer != null && organizer.hasCode(code, VALUE_GROUPING)) {
                return organizer;
            }
        }
        return null;
    }

    /** D.2.2a/b: the model holds the age in completed years; other units are converted and noted. */
    /** D.2.2a/b (or D.10.2.2a/b) in completed years; another unit is converted and noted. */
    private Integer ageInYears(XmlElement value, String element) {
        BigDecimal number = values.decimal(value, element);
        if (number == null) {
            return null;
        }
        String unit = value.attribute("unit") == null ? AGE_YEARS : value.attribute("unit");
        Integer years = Patient.completedYears(Quantity.of(number, unit)); // the age as sent is kept beside it
        if (years == null) {
            values.problem(
                    ProblemCode.NOT_IN_CODE_LIST,
                    element.replace("2a", "2b"),
                    "expected an age unit of {decade}, a, mo, wk, d or h, got \"%s\"".formatted(unit),
                    value);
        }
        return years;
    }
}
