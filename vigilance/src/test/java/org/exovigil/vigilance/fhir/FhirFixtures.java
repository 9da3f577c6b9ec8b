package org.exovigil.vigilance.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.exovigil.vigilance.Reports;
import org.exovigil.vigilance.model.AgeGroup;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Dose;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Nullification;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.ProductType;
import org.exovigil.vigilance.model.Qualification;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.Route;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Sex;
import org.exovigil.vigilance.model.TestResult;

/** Reports the FHIR tests share, built through the model's factories as real input is. */
final class FhirFixtures {

    private FhirFixtures() {}

    /**
     * A report that fills every element the model holds: several reactions, coded in MedDRA and in
     * Exovigil's vocabulary and not at all; every seriousness criterion; products of every role, both
     * a Medication and BiologicallyDerivedProducts; tests with and without numbers and units.
     */
    static IndividualCaseSafetyReport rich() {
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
                .withOtherCaseIds(List.of("PMDA-2026-000123", "CLINIC-42-PATIENT-7"));
        List<PrimarySource> sources = List.of(
                PrimarySource.of("Hanako Sato", "Example Clinic Tokyo", "JP", Qualification.PHYSICIAN)
                        .value(),
                PrimarySource.of(null, null, "US", Qualification.CONSUMER).value(),
                PrimarySource.of("Kim Min-jun", "Seoul Law Office", "KR", Qualification.LAWYER)
                        .value(),
                PrimarySource.of(null, "Pharmacy Osaka", null, Qualification.PHARMACIST)
                        .value(),
                PrimarySource.of("Anonymous caller", null, null, null).value());
        Patient patient = Patient.of("AB", 54, AgeGroup.ADULT, Sex.FEMALE, new BigDecimal("58.50"))
                .value();
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
                Reaction.of("rash", null, null, ReactionOutcome.RECOVERED, Set.of())
                        .value(),
                Reaction.of("headache", null, null, null, Set.of()).value(),
                Reaction.of("fever", null, LocalDate.of(2026, 11, 17), ReactionOutcome.RECOVERING, Set.of())
                        .value(),
                Reaction.of("unclear", null, null, ReactionOutcome.UNKNOWN, Set.of())
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
                Product.of(ProductRole.CONCOMITANT, "Loxoprofen", null, "LX-1", Route.OTHER, null, null, null)
                        .value(),
                Product.of(ProductRole.NOT_ADMINISTERED, "Placebo", null, null, null, null, null, null)
                        .value(),
                Product.of(
                                ProductRole.SUSPECT,
                                "Autologous adipose stem cells",
                                ProductType.STEM_CELL,
                                "SC-9",
                                Route.INTRA_ARTICULAR,
                                "Knee Clinic Nagoya",
                                new Dose(new BigDecimal("10000000"), "{cells}", null),
                                LocalDate.of(2026, 10, 1))
                        .value(),
                Product.of(
                                ProductRole.CONCOMITANT,
                                "PRP",
                                ProductType.PRP,
                                null,
                                Route.INJECTION_LOCAL,
                                null,
                                null,
                                null)
                        .value(),
                Product.of(ProductRole.SUSPECT, "Mystery drip", ProductType.OTHER, null, null, null, null, null)
                        .value());
        List<TestResult> tests = List.of(
                TestResult.of("C-reactive protein", LocalDate.of(2026, 11, 19), "18.4", "mg/dL")
                        .value(),
                TestResult.of("Blood culture", LocalDate.of(2026, 11, 19), "Staphylococcus aureus", null)
                        .value(),
                TestResult.of("Endotoxin", null, "positive", "EU/mL").value(),
                TestResult.of("White cell count", null, "12.1", null).value(),
                TestResult.of("Leading zero", null, "007", null).value(),
                TestResult.of("Chest X-ray", null, null, null).value(),
                TestResult.of("Unit alone", null, null, "mmol/L").value());
        return IndividualCaseSafetyReport.of(
                        id,
                        sources,
                        patient,
                        reactions,
                        products,
                        tests,
                        "Fever and hypotension two days after an IV infusion.\nAdmitted to ICU; tab\there.")
                .value();
    }

    /** The rich report told in Japanese, with a line break CR LF and a character outside the BMP. */
    static IndividualCaseSafetyReport japanese() {
        IndividualCaseSafetyReport report = rich();
        return IndividualCaseSafetyReport.of(
                        report.identification(),
                        List.of(PrimarySource.of("佐藤 花子", "東京歯科クリニック", "JP", Qualification.PHYSICIAN)
                                .value()),
                        Patient.of("山田", 61, null, Sex.MALE, null).value(),
                        List.of(
                                Reaction.of(
                                                "敗血症性ショック",
                                                new CodedTerm("meddra", "27.1", "10040070"),
                                                LocalDate.of(2026, 11, 18),
                                                ReactionOutcome.RECOVERING,
                                                Set.of(SeriousnessCriterion.LIFE_THREATENING))
                                        .value(),
                                Reaction.of("発疹", null, null, null, Set.of()).value()),
                        List.of(Product.of(
                                        ProductRole.SUSPECT,
                                        "歯髄幹細胞培養上清液",
                                        ProductType.CULTURE_SUPERNATANT,
                                        "ロット-7",
                                        Route.IV,
                                        "東京歯科クリニック",
                                        new Dose(null, null, "点滴で1回"),
                                        LocalDate.of(2026, 11, 16))
                                .value()),
                        List.of(TestResult.of("血液培養", LocalDate.of(2026, 11, 19), "黄色ブドウ球菌", null)
                                .value()),
                        "点滴静注の2日後に発熱と低血圧。\r\n集中治療室に入院した。𠮷野家の前で倒れた。")
                .value();
    }

    /** A report of which only the identification is known: no patient, reaction, product or source. */
    static IndividualCaseSafetyReport bare() {
        ReportIdentification id = ReportIdentification.initial(
                        "P-0001", LocalDate.of(2026, 11, 20), ReportType.SPONTANEOUS, null)
                .value();
        return IndividualCaseSafetyReport.of(id, List.of(), Patient.UNKNOWN, List.of(), List.of(), List.of(), null)
                .value();
    }

    /** A later version that nullifies the rich case, with its reason. */
    static IndividualCaseSafetyReport nullified() {
        IndividualCaseSafetyReport report = rich();
        return report.withIdentification(report.identification()
                .asVersion(
                        4,
                        LocalDate.of(2026, 12, 2),
                        new Nullification(Nullification.Kind.NULLIFICATION, "Duplicate of CLINIC-42-2026-0006")));
    }

    /** Every report of the fixtures, the spec's minimal one included. */
    static List<IndividualCaseSafetyReport> all() {
        return List.of(rich(), japanese(), bare(), nullified(), Reports.sepsisAfterSupernatant());
    }
}
