package org.exovigil.vigilance.e2b;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exovigil.vigilance.model.ActionTaken;
import org.exovigil.vigilance.model.AgeGroup;
import org.exovigil.vigilance.model.Attachment;
import org.exovigil.vigilance.model.Authorisation;
import org.exovigil.vigilance.model.CaseComments;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Death;
import org.exovigil.vigilance.model.DeviceComponent;
import org.exovigil.vigilance.model.Dosage;
import org.exovigil.vigilance.model.Dose;
import org.exovigil.vigilance.model.DrugDetails;
import org.exovigil.vigilance.model.FdaDrugDetails;
import org.exovigil.vigilance.model.Highlighting;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.MedicalCondition;
import org.exovigil.vigilance.model.MedicalHistory;
import org.exovigil.vigilance.model.MedicalRecordNumbers;
import org.exovigil.vigilance.model.NullFlavor;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.PastDrug;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.ProductType;
import org.exovigil.vigilance.model.Qualification;
import org.exovigil.vigilance.model.Quantity;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionDetails;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.Relatedness;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.ReportedTerm;
import org.exovigil.vigilance.model.ReporterDetails;
import org.exovigil.vigilance.model.Route;
import org.exovigil.vigilance.model.Sender;
import org.exovigil.vigilance.model.SenderType;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Sex;
import org.exovigil.vigilance.model.Substance;
import org.exovigil.vigilance.model.TermAsSent;
import org.exovigil.vigilance.model.TestResult;
import org.exovigil.vigilance.model.TestResultCode;

/** Reports and messages the E2B tests share, built through the model's factories. */
public final class E2bFixtures {

    private E2bFixtures() {}

    static final BatchHeader HEADER = new BatchHeader(
            "EXO-BATCH-2026-0042",
            "EXOVIGIL-JP",
            "PMDA",
            OffsetDateTime.of(2026, 11, 21, 9, 30, 0, 0, ZoneOffset.ofHours(9)));

    /** A case that fills every element the case model holds, some twice. */
    public static IndividualCaseSafetyReport rich() {
        ReportIdentification id = ReportIdentification.of(
                        "CLINIC-42-2026-0007",
                        "JP-EXOVIGIL-2026-0007",
                        3,
                        LocalDate.of(2026, 11, 20),
                        LocalDate.of(2026, 11, 28),
                        ReportType.STUDY,
                        "JP",
                        null)
                .value()
                .withOtherCaseIds(List.of("PMDA-2026-000123", "CLINIC-42-PATIENT-7"))
                .withSender(Sender.of(
                                SenderType.PHARMACEUTICAL_COMPANY,
                                "Example Biologics K.K.",
                                "Drug Safety",
                                "Dr",
                                "Kenji",
                                "T.",
                                "Yamada",
                                "1-2-3 Nihonbashi",
                                "Chuo-ku",
                                "Tokyo",
                                "103-0027",
                                "JP",
                                "+81 3 1234 5678",
                                "+81 3 1234 5679",
                                "safety@example.jp")
                        .value())
                .withContext(ReportContext.of(
                        true,
                        List.of("Discharge summary"),
                        true,
                        ReportContext.FirstSender.OTHER,
                        List.of("JP-EXAMPLE-2026-0006"),
                        List.of("Sato H. Sepsis after a culture supernatant infusion. Jpn J Clin. 2026;12:34-5."),
                        new ReportContext.Study(
                                List.of(new ReportContext.Study.Registration("jRCT2031230001", "JP")),
                                "Exosome registry study",
                                "EXO-REG-1",
                                "3"),
                        "1",
                        false,
                        OffsetDateTime.parse("2026-11-20T09:30:00+09:00"),
                        null,
                        Map.of("PMDA-2026-000123", "Pharmaceuticals and Medical Devices Agency"),
                        Map.of(
                                new Attachment.Place(Attachment.Part.DOCUMENT, 0),
                                Attachment.of("text/plain", null, "discharge.txt", "RGlzY2hhcmdlZCBvbiBkYXkgNi4="),
                                new Attachment.Place(Attachment.Part.LITERATURE, 0),
                                Attachment.of("application/pdf", null, "sato-2026.pdf", null)),
                        null));
        List<PrimarySource> sources = List.of(
                PrimarySource.of("Hanako Sato", "Example Clinic Tokyo", "JP", Qualification.PHYSICIAN)
                        .value(),
                PrimarySource.of(null, null, "US", Qualification.CONSUMER).value(),
                // A reporter whose name came in its parts, with an address: the parts travel, the name is their join.
                PrimarySource.of(
                                "Dr Robert J. Rhodes",
                                "Riverside Hospital",
                                "US",
                                Qualification.PHYSICIAN,
                                ReporterDetails.of(
                                        "Dr",
                                        "Robert",
                                        "J.",
                                        "Rhodes",
                                        "Pharmacy",
                                        "89 Central Ave",
                                        "Anytown",
                                        "NJ",
                                        "01340",
                                        "8884562344",
                                        "rhodes@example.org"))
                        .value());
        Patient patient = Patient.of(
                        "AB",
                        54,
                        AgeGroup.ADULT,
                        Sex.FEMALE,
                        new BigDecimal("58.50"),
                        PartialDate.of(LocalDate.of(1972, 3, 14)),
                        new BigDecimal("161"),
                        PartialDate.of(LocalDate.of(2026, 10, 30)),
                        MedicalHistory.of(
                                List.of(new MedicalCondition(
                                        new CodedTerm("meddra", "27.1", "10012601"),
                                        PartialDate.ofTs("201905"), // D.7.1.r.2 to the month, as the reporter knew it
                                        true,
                                        null,
                                        "Controlled by diet.",
                                        false)),
                                "Type 2 diabetes; no allergies known.",
                                true),
                        Death.of(
                                LocalDate.of(2026, 11, 19),
                                List.of(ReportedTerm.of("septic shock", new CodedTerm("meddra", "27.1", "10040070"))),
                                true,
                                List.of(ReportedTerm.of("bacterial endocarditis", null))),
                        List.of(new PastDrug(
                                "Metformin",
                                new CodedTerm("2.16.840.1.113883.6.69", "201411011202", "0093-1048"),
                                PartialDate.ofTs("2019"),
                                PartialDate.ofTs("20240201091500+0900"),
                                new CodedTerm("meddra", "27.1", "10067585"),
                                new CodedTerm("meddra", "27.1", "10012735"))),
                        List.of("C41260"),
                        "C41222")
                .value()
                .withRecords(
                        MedicalRecordNumbers.of("GP-1", null, "H-77123", "INV-9"),
                        Quantity.of(new BigDecimal("10"), "wk"))
                .withParent(Patient.of(
                                "MJ",
                                33,
                                null,
                                Sex.FEMALE,
                                new BigDecimal("50"),
                                PartialDate.of(LocalDate.of(1993, 4, 2)),
                                new BigDecimal("160"),
                                PartialDate.ofTs("202609"), // D.10.3 to the month
                                MedicalHistory.of(
                                        List.of(new MedicalCondition(
                                                new CodedTerm("meddra", "27.1", "10021143"),
                                                PartialDate.of(LocalDate.of(2015, 1, 1)),
                                                true,
                                                null,
                                                null,
                                                null)),
                                        null,
                                        null),
                                null,
                                List.of(),
                                List.of(),
                                null)
                        .value());
        List<Reaction> reactions = List.of(
                Reaction.of(
                                "sepsis",
                                new CodedTerm("meddra", "27.1", "10040047"),
                                LocalDate.of(2026, 11, 18),
                                ReactionOutcome.NOT_RECOVERED,
                                Set.of(SeriousnessCriterion.HOSPITALISATION, SeriousnessCriterion.LIFE_THREATENING))
                        .value(),
                Reaction.of(
                                "injection site swelling & \"redness\" <left arm>",
                                new CodedTerm("exovigil", "2026-1", "local_reaction"),
                                null,
                                ReactionOutcome.RECOVERED_WITH_SEQUELAE,
                                Set.of())
                        .value(),
                Reaction.of(
                                "consciência alterada",
                                new CodedTerm("meddra", "27.1", "10001854"),
                                LocalDate.of(2026, 11, 17),
                                ReactionOutcome.RECOVERED,
                                Set.of(SeriousnessCriterion.OTHER_MEDICALLY_IMPORTANT),
                                ReactionDetails.of(
                                        "por",
                                        "altered consciousness",
                                        Highlighting.HIGHLIGHTED_SERIOUS,
                                        PartialDate.ofTs("20261118083000+0900"),
                                        true,
                                        true,
                                        null,
                                        null,
                                        List.of(),
                                        PartialDate.ofTs("20261117221500+0900"),
                                        "BR")) // E.i.4-5 with times of day, E.i.9
                        .value(),
                Reaction.of(
                                "death",
                                null,
                                LocalDate.of(2026, 11, 19),
                                ReactionOutcome.FATAL,
                                Set.of(
                                        SeriousnessCriterion.DEATH,
                                        SeriousnessCriterion.DISABILITY,
                                        SeriousnessCriterion.CONGENITAL_ANOMALY,
                                        SeriousnessCriterion.OTHER_MEDICALLY_IMPORTANT))
                        .value(),
                // Coded only: E.i.1.1a may be left out when E.i.2.1b is given.
                Reaction.of(null, new CodedTerm("meddra", "27.1", "10037660"), null, null, Set.of())
                        .value());
        List<Product> products = List.of(
                Product.of(
                                ProductRole.SUSPECT,
                                "Dental pulp culture supernatant",
                                ProductType.CULTURE_SUPERNATANT,
                                "L-2026-07",
                                Route.IV,
                                "Example Clinic Tokyo",
                                new Dose(new BigDecimal("2.50"), "mL", "2.5 mL once, over 30 minutes"),
                                LocalDate.of(2026, 11, 16))
                        .value(),
                Product.of(
                                ProductRole.INTERACTING,
                                "Exosome serum",
                                ProductType.EXOSOME,
                                null,
                                Route.MICRONEEDLING,
                                null,
                                new Dose(null, "{vial}", null),
                                null)
                        .value(),
                Product.of(
                                ProductRole.CONCOMITANT,
                                "Loxoprofen",
                                null,
                                null,
                                Route.OTHER,
                                null,
                                null,
                                null,
                                TermAsSent.of("Oral", "C38288", "0.4.0.127.0.16.1.1.2.6", "2014.10.30"),
                                DrugDetails.of(
                                        new CodedTerm("2.16.840.1.113883.6.69", "201411011202", "59762-2858"),
                                        List.of(Substance.of(
                                                "loxoprofen sodium hydrate",
                                                new CodedTerm("2.16.840.1.113883.4.9", "12JUL2013", "5TI3GEI10L"),
                                                Quantity.of(new BigDecimal("60"), "mg"))),
                                        "JP",
                                        Authorisation.of("22100AMX01234", "JP", "Example Pharma K.K."),
                                        List.of(ReportedTerm.of(
                                                "pain after infusion", new CodedTerm("meddra", "27.1", "10033371"))),
                                        ActionTaken.WITHDRAWN,
                                        List.of(
                                                new Relatedness(
                                                        0,
                                                        List.of(
                                                                new Relatedness.Assessment(
                                                                        "primary source reporter",
                                                                        "global introspection",
                                                                        "unlikely"),
                                                                new Relatedness.Assessment(
                                                                        "regulator", "WHO-UMC", "possible")),
                                                        Quantity.of(new BigDecimal("2"), "d"),
                                                        Quantity.of(new BigDecimal("6"), "h"),
                                                        "4"),
                                                new Relatedness(
                                                        1,
                                                        List.of(),
                                                        Quantity.of(new BigDecimal("30"), "min"),
                                                        null,
                                                        null)),
                                        List.of(
                                                new Dosage(
                                                        new BigDecimal("60"),
                                                        "mg",
                                                        new BigDecimal("8"),
                                                        "h",
                                                        PartialDate.of(LocalDate.of(2026, 11, 16)),
                                                        PartialDate.of(LocalDate.of(2026, 11, 18)),
                                                        new BigDecimal("3"),
                                                        "d",
                                                        "LX-22",
                                                        "60 mg three times a day",
                                                        TermAsSent.of(
                                                                "tablet", "10219000", "0.4.0.127.0.16.1.1.2.1", null),
                                                        TermAsSent.of(
                                                                "Oral",
                                                                "C38288",
                                                                "0.4.0.127.0.16.1.1.2.6",
                                                                "2014.10.30"),
                                                        null,
                                                        null),
                                                new Dosage(
                                                        new BigDecimal("60"),
                                                        "mg",
                                                        null,
                                                        null,
                                                        PartialDate.ofTs("202611"),
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        "as needed",
                                                        null,
                                                        null,
                                                        TermAsSent.of(
                                                                "oral", "20053000", "0.4.0.127.0.16.1.1.2.6", null),
                                                        null),
                                                new Dosage(
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        "once more, when not known",
                                                        null,
                                                        null,
                                                        null,
                                                        NullFlavor.ASKU),
                                                new Dosage(
                                                        null,
                                                        null,
                                                        new BigDecimal("12"),
                                                        "h",
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        "twice a day, since when not asked",
                                                        null,
                                                        null,
                                                        null,
                                                        NullFlavor.NASK)),
                                        false,
                                        Quantity.of(new BigDecimal("360"), "mg"),
                                        null,
                                        List.of("4"),
                                        "Taken from the patient's own supply.",
                                        FdaDrugDetails.of(
                                                "1",
                                                "C102835",
                                                List.of("1", "NA"),
                                                List.of(new DeviceComponent(
                                                        new CodedTerm("2.16.840.1.113883.3.26.1.1", null, "FMF"),
                                                        "InfuPen",
                                                        "Syringe, piston",
                                                        DeviceComponent.Manufacturer.of(
                                                                "Example Devices K.K.",
                                                                "1-2-3 Nihonbashi",
                                                                "Chūō",
                                                                "Tokyo",
                                                                "JP"),
                                                        true,
                                                        List.of("2", "4"),
                                                        List.of("4001", "3003"),
                                                        "2",
                                                        "D-77",
                                                        "1",
                                                        List.of("5"))))))
                        .value(),
                Product.of(ProductRole.NOT_ADMINISTERED, "Placebo", null, null, null, null, null, null)
                        .value());
        List<TestResult> tests = List.of(
                TestResult.of("C-reactive protein", LocalDate.of(2026, 11, 19), "18.4", "mg/dL")
                        .value(),
                TestResult.of("Blood culture", LocalDate.of(2026, 11, 19), "Staphylococcus aureus", null)
                        .value(),
                TestResult.of("Endotoxin", null, "positive", "EU/mL").value(),
                TestResult.of("White cell count", null, "12.1", null).value(),
                TestResult.of("Chest X-ray", null, null, null).value(),
                TestResult.of(
                                "Procalcitonin",
                                new CodedTerm("meddra", "27.1", "10053563"),
                                PartialDate.ofTs("20261119143015+0900"), // F.r.1 with the time it was taken
                                "<0.5",
                                "ng/mL",
                                TestResultCode.NEGATIVE,
                                "0",
                                "0.5",
                                "Taken before the first antibiotic.",
                                true)
                        .value(),
                TestResult.of(
                                null,
                                new CodedTerm("meddra", "27.1", "10005362"),
                                null,
                                ">=10",
                                "mg/dL",
                                null,
                                null,
                                null,
                                null,
                                false)
                        .value());
        return IndividualCaseSafetyReport.of(
                        id,
                        sources,
                        patient,
                        reactions,
                        products,
                        tests,
                        "Fever and hypotension two days after an IV infusion.\nAdmitted to ICU; tab\there.",
                        CaseComments.of(
                                "I think the infusion caused it.",
                                List.of(new CodedTerm("meddra", "27.1", "10040070")),
                                "Consistent with contamination of the product.",
                                List.of(new CaseComments.Summary("点滴の2日後に発熱。", "jpn"))))
                .value();
    }

    /** A report of which only the identification is known. */
    static IndividualCaseSafetyReport bare() {
        ReportIdentification id = ReportIdentification.initial(
                        "P-0001", LocalDate.of(2026, 11, 20), ReportType.SPONTANEOUS, "KR")
                .value();
        return IndividualCaseSafetyReport.of(id, List.of(), Patient.UNKNOWN, List.of(), List.of(), List.of(), null)
                .value();
    }

    static String xml(BatchHeader header, List<IndividualCaseSafetyReport> reports) {
        return new String(E2bWriter.write(header, reports), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
