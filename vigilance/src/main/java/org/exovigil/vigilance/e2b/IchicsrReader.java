package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.ElementValues.at;
import static org.exovigil.vigilance.e2b.ElementValues.blankToNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.AgeGroup;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Dosage;
import org.exovigil.vigilance.model.Dose;
import org.exovigil.vigilance.model.DrugDetails;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Nullification;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.Qualification;
import org.exovigil.vigilance.model.Quantity;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionDetails;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Sex;

/**
 * Reads an ICH E2B(R2) {@code ichicsr} document (ICH ICSR DTD 2.1), the format of the FAERS quarterly XML
 * extracts, into the same reports as {@link E2bReader}: one {@link IcsrMessage} per {@code safetyreport}.
 * The R2 elements read, by number: A.1.0.1 safetyreportid (and FDA's safetyreportversion), A.1.2
 * occurcountry, A.1.4 reporttype, A.1.5.2 seriousness criteria, A.1.6 receivedate, A.1.7 receiptdate,
 * A.1.10.1/2 authoritynumb/companynumb (the worldwide case id), A.1.13 nullification and reason; A.2
 * primarysource (name, organisation, country, qualification); B.1.1, B.1.2.2, B.1.2.3, B.1.3, B.1.5
 * patient; B.2.i reactions (primarysourcereaction, else the MedDRA PT name, which the FAERS extract gives
 * as a name, kept as terminology {@code meddra_pt}; start date; outcome, whose 6 = unknown is R3's 0);
 * B.4.k drugs (characterisation, medicinalproduct, drugbatchnumb, drugdosagetext, drugstartdate); B.5.1
 * narrative. R2 records seriousness for the case, not per reaction, so each reaction gets the case's
 * criteria (the case's seriousness, which is what the clocks use, is unchanged). Not read: R2's coded
 * route and dose units (3-digit R2 code lists), indications, drug history. A DOCTYPE naming the ichicsr
 * DTD is tolerated but never loaded; one that declares an entity is refused (EXO-1210).
 */
public final class IchicsrReader {

    private static final Map<String, String> IDENTIFICATION_ELEMENTS = Map.of(
            "senderReportId", "A.1.0.1",
            "worldwideUniqueId", "A.1.10",
            "receivedOn", "A.1.6",
            "mostRecentInfoOn", "A.1.7",
            "country", "A.1.2",
            "version", "safetyreportversion");
    private static final Map<String, String> SOURCE_ELEMENTS =
            Map.of("name", "A.2.1.1", "organisation", "A.2.1.2", "country", "A.2.1.3");
    private static final Map<String, String> PATIENT_ELEMENTS =
            Map.of("initials", "B.1.1", "ageYears", "B.1.2.2", "weightKg", "B.1.3");
    private static final Map<String, String> REACTION_ELEMENTS = Map.of("term", "B.2.i.0");
    private static final Map<String, String> PRODUCT_ELEMENTS =
            Map.of("role", "B.4.k.1", "name", "B.4.k.2.1", "lot", "B.4.k.3", "dose.text", "B.4.k.6");
    private static final Map<String, String> CASE_ELEMENTS = Map.of("narrative", "B.5.1");
    /** A.1.5.2, each 1 = yes, 2 = no. */
    private static final Map<String, SeriousnessCriterion> SERIOUSNESS = Map.of(
            "seriousnessdeath", SeriousnessCriterion.DEATH,
            "seriousnesslifethreatening", SeriousnessCriterion.LIFE_THREATENING,
            "seriousnesshospitalization", SeriousnessCriterion.HOSPITALISATION,
            "seriousnessdisabling", SeriousnessCriterion.DISABILITY,
            "seriousnesscongenitalanomali", SeriousnessCriterion.CONGENITAL_ANOMALY,
            "seriousnessother", SeriousnessCriterion.OTHER_MEDICALLY_IMPORTANT);

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final long sizeLimit;

    private IchicsrReader(long sizeLimit) {
        this.sizeLimit = sizeLimit;
    }

    public static IchicsrReader withDefaults() {
        return new IchicsrReader(E2bReader.DEFAULT_SIZE_LIMIT);
    }

    public IchicsrReader withSizeLimit(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("a size limit is at least 1 byte, got " + bytes);
        }
        return new IchicsrReader(bytes);
    }

    public Checked<IcsrBatch> read(byte[] xml) {
        return read(new ByteArrayInputStream(xml));
    }

    public Checked<IcsrBatch> read(InputStream xml) {
        Checked<XmlElement> parsed =
                HardenedXml.parse(xml, sizeLimit, HardenedXml.Doctype.TOLERATED_WITHOUT_DECLARATIONS);
        if (!parsed.isAccepted()) {
            return Checked.rejected(parsed.problems());
        }
        XmlElement root = parsed.value();
        if (!root.namespace().isEmpty() || !root.name().equals("ichicsr")) {
            return Checked.rejected(Problem.of(
                    ProblemCode.NOT_AN_ICSR_BATCH,
                    "expected the root element ichicsr of ICH E2B(R2), got " + root.name()));
        }
        XmlElement header = root.child("ichicsrmessageheader");
        String number = header == null ? null : blankToNull(header.childText("messagenumb"));
        String sender = header == null ? null : blankToNull(header.childText("messagesenderidentifier"));
        String receiver = header == null ? null : blankToNull(header.childText("messagereceiveridentifier"));
        String date = header == null ? null : blankToNull(header.childText("messagedate"));
        List<IcsrMessage> messages = new ArrayList<>();
        for (XmlElement report : root.children("safetyreport")) {
            messages.add(new Reading().message(report, sender, receiver));
        }
        if (messages.isEmpty()) {
            return Checked.rejected(new Problem(ProblemCode.MISSING, "A", "expected at least one safetyreport"));
        }
        return Checked.accepted(new IcsrBatch(number == null ? "" : number, sender, receiver, date, messages));
    }

    /** One safetyreport. */
    private static final class Reading {
        private final List<Problem> problems = new ArrayList<>();
        private final List<Problem> notes = new ArrayList<>();
        private final ElementValues values = new ElementValues(problems, notes);

        IcsrMessage message(XmlElement report, String sender, String receiver) {
            String id = blankToNull(report.childText("safetyreportid"));
            IndividualCaseSafetyReport read = report(report, id);
            Checked<IndividualCaseSafetyReport> checked = read != null && problems.isEmpty()
                    ? Checked.accepted(read)
                    : Checked.rejected(ElementValues.withoutEchoes(problems));
            String transmitted = blankToNull(report.childText("transmissiondate"));
            return new IcsrMessage(id, sender, receiver, transmitted, checked, notes);
        }

        private IndividualCaseSafetyReport report(XmlElement report, String id) {
            Set<SeriousnessCriterion> seriousness = EnumSet.noneOf(SeriousnessCriterion.class);
            SERIOUSNESS.forEach((element, criterion) -> {
                if ("1".equals(text(report, element))) {
                    seriousness.add(criterion);
                }
            });
            String worldwide =
                    text(report, "authoritynumb") != null ? text(report, "authoritynumb") : text(report, "companynumb");
            Integer version = integer(report.child("safetyreportversion"), "safetyreportversion");
            Nullification nullification = null;
            if ("1".equals(text(report, "casenullification"))) {
                String reason = text(report, "nullificationreason");
                if (reason == null) {
                    values.problem(
                            ProblemCode.MISSING, "A.1.13.1", "expected the reason for the nullification", report);
                } else {
                    nullification = new Nullification(Nullification.Kind.NULLIFICATION, reason.strip());
                }
            }
            ReportIdentification identification = values.accept(
                    ReportIdentification.of(
                            id,
                            worldwide,
                            version == null ? 1 : version,
                            date(report, "receivedate", "A.1.6"),
                            date(report, "receiptdate", "A.1.7"),
                            values.code(
                                    codeElement(report, "reporttype"), "A.1.4", ReportType.class, ReportType::e2bCode),
                            country(report, "occurcountry", "A.1.2"),
                            nullification),
                    IDENTIFICATION_ELEMENTS,
                    -1);
            List<PrimarySource> sources = new ArrayList<>();
            List<XmlElement> sourceElements = report.children("primarysource");
            for (int r = 0; r < sourceElements.size(); r++) {
                XmlElement s = sourceElements.get(r);
                String name = String.join(
                                " ",
                                Stream.of(
                                                "reportertitle",
                                                "reportergivename",
                                                "reportermiddlename",
                                                "reporterfamilyname")
                                        .map(e -> text(s, e))
                                        .filter(t -> t != null)
                                        .toList())
                        .strip();
                PrimarySource source = values.accept(
                        PrimarySource.of(
                                name,
                                text(s, "reporterorganization"),
                                country(s, "reportercountry", at("A.2.1.3", r)),
                                values.code(
                                        codeElement(s, "qualification"),
                                        at("A.2.1.4", r),
                                        Qualification.class,
                                        Qualification::e2bCode)),
                        SOURCE_ELEMENTS,
                        r);
                if (source != null) {
                    sources.add(source);
                }
            }
            XmlElement patientElement = report.child("patient");
            Patient patient = patient(patientElement);
            List<Reaction> reactions = new ArrayList<>();
            List<Product> products = new ArrayList<>();
            String narrative = null;
            if (patientElement != null) {
                List<XmlElement> reactionElements = patientElement.children("reaction");
                for (int i = 0; i < reactionElements.size(); i++) {
                    Reaction reaction = reaction(reactionElements.get(i), i, seriousness);
                    if (reaction != null) {
                        reactions.add(reaction);
                    }
                }
                List<XmlElement> drugs = patientElement.children("drug");
                for (int k = 0; k < drugs.size(); k++) {
                    Product product = product(drugs.get(k), k);
                    if (product != null) {
                        products.add(product);
                    }
                }
                XmlElement summary = patientElement.child("summary");
                narrative = summary == null ? null : text(summary, "narrativeincludeclinical");
            }
            if (identification == null || patient == null || !problems.isEmpty()) {
                return null;
            }
            Checked<IndividualCaseSafetyReport> checked = IndividualCaseSafetyReport.of(
                    identification, sources, patient, reactions, products, List.of(), narrative);
            for (Problem p : checked.problems()) {
                String path = p.path().startsWith("reactions[")
                        ? "B.2.i.4"
                                + p.path()
                                        .substring(
                                                "reactions".length(), p.path().indexOf(']') + 1)
                        : CASE_ELEMENTS.getOrDefault(p.path(), p.path());
                problems.add(new Problem(p.code(), path, p.message()));
            }
            return checked.isAccepted() ? checked.value() : null;
        }

        private Patient patient(XmlElement p) {
            if (p == null) {
                return Patient.UNKNOWN;
            }
            Integer age = null;
            Quantity ageAsSent = null;
            BigDecimal onsetAge = decimal(p.child("patientonsetage"), "B.1.2.2a");
            if (onsetAge != null) {
                String code = text(p, "patientonsetageunit");
                // B.1.2.2b's codes 800-805 are R3's UCUM units (ICH E2B(R3) Appendix I(B), backwards compatibility).
                String unit = switch (code == null ? "801" : code) {
                    case "800" -> "{decade}";
                    case "801" -> "a";
                    case "802" -> "mo";
                    case "803" -> "wk";
                    case "804" -> "d";
                    case "805" -> "h";
                    default -> null;
                };
                age = unit == null ? null : Patient.completedYears(Quantity.of(onsetAge, unit));
                if (age == null) {
                    values.problem(
                            ProblemCode.NOT_IN_CODE_LIST,
                            "B.1.2.2b",
                            "expected an age unit of 800 to 805, got \"%s\"".formatted(ElementValues.shown(code)),
                            p.child("patientonsetageunit"));
                } else if (!unit.equals("a") || onsetAge.stripTrailingZeros().scale() > 0) {
                    ageAsSent = Quantity.of(onsetAge, unit);
                }
            }
            // R2 B.1.2.3 age group: 1 neonate ... 6 elderly, the codes of R3 D.2.3 (which adds 0 foetus).
            AgeGroup group =
                    values.code(codeElement(p, "patientagegroup"), "B.1.2.3", AgeGroup.class, AgeGroup::e2bCode);
            String sexCode = text(p, "patientsex");
            Sex sex = null;
            if (sexCode != null) {
                sex = switch (sexCode) {
                    case "1" -> Sex.MALE;
                    case "2" -> Sex.FEMALE;
                    default -> {
                        values.problem(
                                ProblemCode.NOT_IN_CODE_LIST,
                                "B.1.5",
                                "expected 1 (male) or 2 (female), got \"%s\"".formatted(ElementValues.shown(sexCode)),
                                p.child("patientsex"));
                        yield null;
                    }
                };
            }
            Patient patient = values.accept(
                    Patient.of(text(p, "patientinitial"), age, group, sex, decimal(p.child("patientweight"), "B.1.3")),
                    PATIENT_ELEMENTS,
                    -1);
            return patient == null ? null : patient.withAgeAsSent(ageAsSent);
        }

        private Reaction reaction(XmlElement r, int i, Set<SeriousnessCriterion> seriousness) {
            String pt = text(r, "reactionmeddrapt");
            String term = text(r, "primarysourcereaction") != null ? text(r, "primarysourcereaction") : pt;
            CodedTerm coded = pt == null ? null : new CodedTerm("meddra_pt", text(r, "reactionmeddraversionpt"), pt);
            String outcomeCode = text(r, "reactionoutcome");
            ReactionOutcome outcome = null;
            if (outcomeCode != null) {
                // B.2.i.8: 1-5 as R3's E.i.7, and 6 = unknown, which R3 codes 0.
                outcome = "6".equals(outcomeCode)
                        ? ReactionOutcome.UNKNOWN
                        : values.code(
                                codeElement(r, "reactionoutcome"),
                                at("B.2.i.8", i),
                                ReactionOutcome.class,
                                o -> o == ReactionOutcome.UNKNOWN ? 6 : o.e2bCode());
            }
            PartialDate start = partialDate(r, "reactionstartdate", at("B.2.i.4", i));
            LocalDate onset = start == null ? null : start.date();
            ReactionDetails asSent = start == null || start.equals(PartialDate.of(onset))
                    ? null
                    : ReactionDetails.of(null, null, null, null, null, null, null, null, List.of(), start, null);
            return values.accept(Reaction.of(term, coded, onset, outcome, seriousness, asSent), REACTION_ELEMENTS, i);
        }

        private Product product(XmlElement d, int k) {
            ProductRole role = values.code(
                    codeElement(d, "drugcharacterization"), at("B.4.k.1", k), ProductRole.class, ProductRole::e2bCode);
            String dosage = text(d, "drugdosagetext");
            PartialDate start = partialDate(d, "drugstartdate", at("B.4.k.12", k));
            PartialDate end = partialDate(d, "drugenddate", at("B.4.k.14", k));
            LocalDate day = start == null ? null : start.date();
            // A start to the year or month, or an end, needs the dosage as sent (G.k.4.r.4-5 of R3).
            DrugDetails asSent = end == null && (start == null || start.equals(PartialDate.of(day)))
                    ? null
                    : DrugDetails.of(
                            null,
                            List.of(),
                            null,
                            null,
                            List.of(),
                            null,
                            List.of(),
                            List.of(new Dosage(
                                    null,
                                    null,
                                    null,
                                    null,
                                    start,
                                    end,
                                    null,
                                    null,
                                    text(d, "drugbatchnumb"),
                                    dosage,
                                    null,
                                    null,
                                    null,
                                    null)));
            return values.accept(
                    Product.of(
                            role,
                            text(d, "medicinalproduct"),
                            null,
                            text(d, "drugbatchnumb"),
                            null,
                            null,
                            dosage == null ? null : new Dose(null, null, dosage),
                            day,
                            null,
                            asSent),
                    PRODUCT_ELEMENTS,
                    k);
        }

        /**
         * An R2 date to the precision its format element says (B.1.3 of the ICH ICSR DTD 2.1): 102 CCYYMMDD, 203
         * CCYYMMDDHHMM, 204 CCYYMMDDHHMMSS, 602 CCYY, 610 CCYYMM; R2 gives no zone. Null with a problem otherwise.
         */
        private PartialDate partialDate(XmlElement parent, String element, String path) {
            XmlElement e = parent.child(element);
            String value = e == null ? null : blankToNull(e.text());
            if (value == null) {
                return null;
            }
            String format = text(parent, element + "format");
            int length = switch (format == null ? "102" : format) {
                case "602" -> 4;
                case "610" -> 6;
                case "102" -> 8;
                case "203" -> 12;
                case "204" -> 14;
                default -> -1;
            };
            PartialDate date = value.strip().length() == length ? PartialDate.ofTs(value.strip()) : null;
            if (date == null) {
                values.problem(
                        ProblemCode.NOT_A_DATE,
                        path,
                        "expected a date in format %s, got \"%s\"".formatted(format, ElementValues.shown(value)),
                        e);
            }
            return date;
        }

        /** A day R2 requires (A.1.6, A.1.7): 102 CCYYMMDD, or 203/204 with a time, read as its day. */
        private LocalDate date(XmlElement parent, String element, String path) {
            XmlElement e = parent.child(element);
            String value = e == null ? null : blankToNull(e.text());
            if (value == null) {
                return null;
            }
            value = value.strip();
            if (value.matches("\\d{8}(\\d{4}(\\d{2})?)?")) {
                try {
                    return LocalDate.of(
                            Integer.parseInt(value.substring(0, 4)),
                            Integer.parseInt(value.substring(4, 6)),
                            Integer.parseInt(value.substring(6, 8)));
                } catch (DateTimeException ex) {
                    // reported below
                }
            }
            values.problem(
                    ProblemCode.NOT_A_DATE,
                    path,
                    "expected a date CCYYMMDD, got \"%s\"".formatted(ElementValues.shown(value)),
                    e);
            return null;
        }

        private BigDecimal decimal(XmlElement e, String path) {
            String value = e == null ? null : blankToNull(e.text());
            if (value == null) {
                return null;
            }
            if (value.strip().matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)") && value.length() <= 40) {
                return new BigDecimal(value.strip());
            }
            values.problem(
                    ProblemCode.WRONG_TYPE,
                    path,
                    "expected a number, got \"%s\"".formatted(ElementValues.shown(value)),
                    e);
            return null;
        }

        private Integer integer(XmlElement e, String path) {
            BigDecimal number = decimal(e, path);
            return number == null
                    ? null
                    : number.min(BigDecimal.valueOf(Integer.MAX_VALUE))
                            .max(BigDecimal.ZERO)
                            .intValue();
        }

        /**
         * A country, which must be ISO 3166-1 alpha-2; the FAERS extract also has words such as "COUNTRY NOT
         * SPECIFIED", which mean unknown: noted and read as unknown, so public data are never refused for it.
         */
        private String country(XmlElement parent, String element, String path) {
            String code = text(parent, element);
            if (code == null || COUNTRIES.contains(code.strip())) {
                return code == null ? null : code.strip();
            }
            values.note(
                    path,
                    "country \"%s\" is no ISO 3166-1 code; read as unknown".formatted(ElementValues.shown(code)),
                    parent.child(element));
            return null;
        }

        /** An R2 code element seen as an R3 coded value (its text as the {@code code} attribute). */
        private static XmlElement codeElement(XmlElement parent, String element) {
            XmlElement e = parent.child(element);
            if (e == null || e.text().isBlank()) {
                return null;
            }
            return new XmlElement(
                    e.namespace(), e.name(), Map.of("code", e.text().strip()), List.of(), e.text(), e.line());
        }

        private static String text(XmlElement parent, String element) {
            return blankToNull(parent.childText(element));
        }
    }
}
