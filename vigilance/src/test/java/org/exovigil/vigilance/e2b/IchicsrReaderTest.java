package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Dose;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.Qualification;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Sex;
import org.junit.jupiter.api.Test;

/** The FAERS quarterly XML examples in ../data/reference/faers_xml_examples (E2B(R2) ichicsr 2.1). */
class IchicsrReaderTest {

    private static final Path EXAMPLES = Path.of("/work/shared/data/reference/faers_xml_examples");

    private static IcsrBatch read(String file) throws IOException {
        return IchicsrReader.withDefaults()
                .read(Files.readAllBytes(EXAMPLES.resolve(file)))
                .value();
    }

    @Test
    void theSevenReportsOf2022Q1AreReadWithTheirHeader() throws IOException {
        IcsrBatch batch = read("1_ADR22Q1_example.xml");

        assertThat(batch.batchId()).isEqualTo("2022-04");
        assertThat(batch.senderId()).isEqualTo("FDA CDER");
        assertThat(batch.receiverId()).isEqualTo("Public Use");
        assertThat(batch.messages())
                .extracting(IcsrMessage::messageId)
                .containsExactly("19454107", "20270107", "20300948", "19264942", "20395365", "20345305", "20368848");
        assertThat(batch.acceptedReports()).hasSize(7);
    }

    @Test
    void aFaersReportKeepsItsVersionCompanyNumberDatesReactionsAndDrugs() throws IOException {
        IndividualCaseSafetyReport report =
                read("1_ADR22Q1_example.xml").acceptedReports().getFirst();

        assertThat(report.identification().senderReportId()).isEqualTo("19454107");
        assertThat(report.identification().worldwideUniqueId()).isEqualTo("US-KYOWAKIRIN-2021BKK010344");
        assertThat(report.identification().version()).isEqualTo(3);
        assertThat(report.identification().receivedOn()).isEqualTo(LocalDate.of(2021, 6, 23));
        assertThat(report.identification().mostRecentInfoOn()).isEqualTo(LocalDate.of(2022, 1, 4));
        assertThat(report.identification().type()).isEqualTo(ReportType.SPONTANEOUS);
        assertThat(report.identification().occurrenceCountry()).isEqualTo("US");
        assertThat(report.primarySources())
                .containsExactly(new PrimarySource(null, null, "US", Qualification.OTHER_HEALTH_PROFESSIONAL, null));
        assertThat(report.reactions())
                .containsExactly(
                        new Reaction(
                                "Constipation",
                                new CodedTerm("meddra_pt", "24.1", "Constipation"),
                                null,
                                ReactionOutcome.NOT_RECOVERED,
                                Set.of(),
                                null),
                        new Reaction(
                                "Decreased appetite",
                                new CodedTerm("meddra_pt", "24.1", "Decreased appetite"),
                                null,
                                ReactionOutcome.NOT_RECOVERED,
                                Set.of(),
                                null));
        assertThat(report.products())
                .containsExactly(new Product(
                        ProductRole.SUSPECT,
                        "NOURIANZ",
                        null,
                        "CDNCX",
                        null,
                        null,
                        new Dose(null, null, "20 MG, ONE TABLET ONCE DAILY"),
                        LocalDate.of(2020, 11, 13),
                        null,
                        null));
    }

    @Test
    void caseLevelSeriousnessOfR2GoesToEveryReactionAndOutcomeSixIsUnknown() throws IOException {
        IndividualCaseSafetyReport fatal =
                read("1_ADR22Q1_example.xml").acceptedReports().get(4);

        assertThat(fatal.identification().senderReportId()).isEqualTo("20395365");
        assertThat(fatal.patient().ageYears()).isEqualTo(41);
        assertThat(fatal.patient().sex()).isEqualTo(Sex.MALE);
        assertThat(fatal.reactions())
                .extracting(Reaction::term, Reaction::outcome, Reaction::seriousness)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Colorectal cancer", ReactionOutcome.FATAL, Set.of(SeriousnessCriterion.DEATH)),
                        org.assertj.core.groups.Tuple.tuple(
                                "Incorrect dose administered",
                                ReactionOutcome.UNKNOWN,
                                Set.of(SeriousnessCriterion.DEATH)));
    }

    @Test
    void partialDrugStartDatesAreKeptToTheMonthOnTheDrugsDosage() throws IOException {
        IcsrBatch batch = read("1_ADR22Q1_example.xml");
        IndividualCaseSafetyReport report = batch.messages().get(4).report().value();

        assertThat(batch.messages().get(4).notes()).isEmpty();
        assertThat(report.products().getFirst().startedOn()).isNull(); // no day is known
        assertThat(report.products().getFirst().details().dosages())
                .singleElement()
                .satisfies(dosage -> assertThat(dosage.startedOn()).isEqualTo(PartialDate.ofTs("201001")));
    }

    @Test
    void theFiveReportsOf2012Q4AreReadAndAWordForACountryIsNotedNotRefused() throws IOException {
        IcsrBatch batch = read("ADR12Q4.xml");

        assertThat(batch.batchId()).isEqualTo("2013-07");
        assertThat(batch.acceptedReports())
                .extracting(r -> r.identification().senderReportId())
                .containsExactly("7795712", "7795970", "7668475", "7757074", "7735661");
        assertThat(batch.messages().get(3).notes())
                .extracting(Problem::toString)
                .singleElement()
                .asString()
                .startsWith("EXO-1213: A.2.1.3[0]: country \"COUNTRY NOT SPECIFIED\" is no ISO 3166-1 code");
        IndividualCaseSafetyReport japanese = batch.acceptedReports().get(1);
        assertThat(japanese.identification().worldwideUniqueId()).isEqualTo("JP-ROCHE-756131");
        assertThat(japanese.identification().type()).isEqualTo(ReportType.STUDY);
        assertThat(japanese.reactions().getFirst().seriousness())
                .containsExactlyInAnyOrder(
                        SeriousnessCriterion.HOSPITALISATION, SeriousnessCriterion.OTHER_MEDICALLY_IMPORTANT);
    }
}
