package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.vigilance.e2b.E2bFixtures.utf8;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.AgeGroup;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Dosage;
import org.exovigil.vigilance.model.Dose;
import org.exovigil.vigilance.model.DrugDetails;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
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
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.ReporterDetails;
import org.exovigil.vigilance.model.Route;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Sex;
import org.exovigil.vigilance.model.TermAsSent;
import org.exovigil.vigilance.model.Validity;
import org.junit.jupiter.api.Test;

/** Messages from other senders: the FDA sample layout with regional elements, and messages with errors. */
class E2bReaderTest {

    private static Checked<IcsrBatch> fdaStyleBatch() throws IOException {
        try (InputStream in = E2bReaderTest.class.getResourceAsStream("/e2b/fda-style-batch.xml")) {
            return E2bReader.withDefaults().read(in);
        }
    }

    private static List<String> problems(Checked<?> checked) {
        return checked.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aManufacturersReportInTheFdaLayoutIsReadElementByElement() throws IOException {
        IcsrBatch batch = fdaStyleBatch().value();
        IcsrMessage message = batch.messages().getFirst();
        IndividualCaseSafetyReport report = message.report().value();

        assertThat(batch.batchId()).isEqualTo("ACME-2026-11-B7");
        assertThat(batch.senderId()).isEqualTo("ACME");
        assertThat(batch.receiverId()).isEqualTo("ZZFDA");
        assertThat(message.messageId()).isEqualTo("ACME-MSG-1");
        assertThat(report.identification().senderReportId()).isEqualTo("US-ACME-0001");
        assertThat(report.identification().receivedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(report.identification().mostRecentInfoOn()).isEqualTo(LocalDate.of(2026, 11, 14));
        assertThat(report.identification().type()).isEqualTo(ReportType.SPONTANEOUS);
        assertThat(report.identification().occurrenceCountry()).isEqualTo("US");
        assertThat(report.identification().version()).isEqualTo(1);
        assertThat(report.primarySources())
                .containsExactly(new PrimarySource(
                        "Doctor Roger Robertson",
                        "Metropolis General",
                        "US",
                        Qualification.PHYSICIAN,
                        ReporterDetails.of(
                                "Doctor",
                                "Roger",
                                null,
                                "Robertson",
                                "Vascular ward",
                                null,
                                "Metropolis",
                                null,
                                null,
                                null,
                                null)));
        assertThat(report.patient().initials()).isEqualTo("JD");
        assertThat(report.patient().sex()).isEqualTo(Sex.MALE);
        assertThat(report.patient().ageGroup()).isEqualTo(AgeGroup.ADULT);
        assertThat(report.patient().weightKg()).isEqualByComparingTo("81.2");
        assertThat(report.narrative()).isEqualTo("Patient developed deep vein thrombosis after the infusion.");
        assertThat(Validity.of(report).isValid()).isTrue();
    }

    @Test
    void aCodedReactionKeepsItsTextForTranslationAsSuchAndFdasRequiredInterventionApartFromTheIchCriteria()
            throws IOException {
        IndividualCaseSafetyReport report =
                fdaStyleBatch().value().messages().getFirst().report().value();

        // E.i.1.2 is the translation, not the reporter's own words (E.i.1.1a); the MedDRA code names the reaction.
        // FDA.E.i.3.2h (required intervention, for devices) is kept beside the ICH criteria, not as one of them.
        assertThat(report.reactions())
                .containsExactly(new Reaction(
                        null,
                        new CodedTerm("meddra", "27.1", "10051055"),
                        null,
                        ReactionOutcome.RECOVERING,
                        Set.of(SeriousnessCriterion.HOSPITALISATION, SeriousnessCriterion.OTHER_MEDICALLY_IMPORTANT),
                        ReactionDetails.of(
                                null,
                                "THROMBOSE VEINEUSE PROFONDE",
                                null,
                                null,
                                null,
                                true,
                                null,
                                null,
                                List.of(),
                                PartialDate.ofTs("202611"),
                                null))); // E.i.4 to the month: no day, kept as sent
    }

    @Test
    void drugRolesComeFromTheCausalityAssessmentsAndRoutesFromEdqm() throws IOException {
        IndividualCaseSafetyReport report =
                fdaStyleBatch().value().messages().getFirst().report().value();

        assertThat(report.products())
                .containsExactly(
                        new Product(
                                ProductRole.SUSPECT,
                                "Adipose MSC exosome infusion",
                                null,
                                "EX-2211",
                                Route.IV,
                                null,
                                new Dose(BigDecimal.ONE, "{vial}", "1 vial IV"),
                                LocalDate.of(2026, 11, 8),
                                new TermAsSent("Intravenous", "20045000", "0.4.0.127.0.16.1.1.2.6", null),
                                // Its dosage says more than the product's summary holds (a frequency, an end): kept
                                // whole.
                                DrugDetails.of(
                                        null,
                                        List.of(),
                                        null,
                                        null,
                                        List.of(),
                                        null,
                                        List.of(),
                                        List.of(new Dosage(
                                                BigDecimal.ONE,
                                                "{vial}",
                                                BigDecimal.ONE,
                                                "d",
                                                PartialDate.of(LocalDate.of(2026, 11, 8)),
                                                PartialDate.of(LocalDate.of(2026, 11, 8)),
                                                null,
                                                null,
                                                "EX-2211",
                                                "1 vial IV",
                                                null,
                                                new TermAsSent(
                                                        "Intravenous", "20045000", "0.4.0.127.0.16.1.1.2.6", null),
                                                null,
                                                null)))),
                        new Product(
                                ProductRole.CONCOMITANT,
                                "Aspirin",
                                null,
                                null,
                                Route.OTHER,
                                null,
                                null,
                                null,
                                new TermAsSent("Oral", "20053000", "0.4.0.127.0.16.1.1.2.6", null),
                                null));
    }

    @Test
    void anAgeInMonthsAndAnOnsetToTheMonthAreKeptAsSentNotApproximated() throws IOException {
        IcsrMessage message = fdaStyleBatch().value().messages().getFirst();
        Patient patient = message.report().value().patient();

        assertThat(patient.ageYears()).isEqualTo(48);
        assertThat(patient.ageAsSent()).isEqualTo(Quantity.of(new BigDecimal("582"), "mo"));
        assertThat(message.report().value().reactions().getFirst().details().onsetAsSent())
                .isEqualTo(PartialDate.ofTs("202611"));
        // Only the G.k.9.i.2.r that names neither a drug nor a reaction is named, as not taken.
        assertThat(message.notes())
                .extracting(Problem::toString)
                .containsExactly(
                        "EXO-1213: component/causalityAssessment/code[code=39 codeSystem=2.16.840.1.113883.3.989.2.1.1.19]:"
                                + " not taken (line 131)",
                        "EXO-1213: component/causalityAssessment/value['Suspected']: not taken (line 132)");
    }

    @Test
    void aMessageWithBadValuesNamesEachElementAndLineAndDoesNotHideTheGoodOne() throws IOException {
        IcsrBatch batch = fdaStyleBatch().value();

        assertThat(batch.messages().getFirst().report().isAccepted()).isTrue();
        assertThat(problems(batch.messages().get(1).report()))
                .containsExactlyInAnyOrder(
                        "EXO-1202: E.i.7[0]: expected one of 1, 2, 3, 4, 5, 0, got \"9\" (line 185)",
                        "EXO-1203: C.1.4: expected a date CCYYMMDD, got \"2026-11-20\" (line 172)",
                        "EXO-1202: D.5: expected 1 (male) or 2 (female) of ISO/IEC 5218, got \"3\" (line 178)",
                        "EXO-1201: G.k.1[0]: expected one of suspect, concomitant, interacting, not_administered",
                        "EXO-1201: G.k.2.2[0]: expected a non-empty text");
    }

    @Test
    void malformedXmlIsOneProblemNamingLineAndColumn() {
        Checked<IcsrBatch> read = E2bReader.withDefaults()
                .read(utf8("<MCCI_IN200100UV01 xmlns=\"urn:hl7-org:v3\">\n  <id>\n</MCCI_IN200100UV01>"));

        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().getFirst().code()).isEqualTo(ProblemCode.NOT_XML);
        assertThat(read.problems().getFirst().message()).startsWith("line 3, column 3: ");
    }

    @Test
    void emptyAndBinaryInputAreNotXml() {
        assertThat(E2bReader.withDefaults().read(new byte[0]).problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.NOT_XML);
        assertThat(E2bReader.withDefaults()
                        .read(new byte[] {(byte) 0xff, 0, 1, 2})
                        .problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.NOT_XML);
    }

    @Test
    void xmlThatIsNoIcsrBatchIsSaidToBeSo() {
        assertThat(problems(E2bReader.withDefaults().read(utf8("<ichicsr lang=\"en\"/>"))))
                .containsExactly("EXO-1212: expected the root element MCCI_IN200100UV01 in namespace urn:hl7-org:v3,"
                        + " got ichicsr without a namespace");
        assertThat(problems(E2bReader.withDefaults().read(utf8("<MCCI_IN200100UV01 xmlns=\"urn:hl7-org:v3\"/>"))))
                .containsExactly(
                        "EXO-1201: N.1.2: expected the batch number, an id with root 2.16.840.1.113883.3.989.2.1.3.22");
        assertThat(
                        problems(
                                E2bReader.withDefaults()
                                        .read(
                                                utf8(
                                                        "<MCCI_IN200100UV01 xmlns=\"urn:hl7-org:v3\">"
                                                                + "<id root=\"2.16.840.1.113883.3.989.2.1.3.22\" extension=\"B1\"/></MCCI_IN200100UV01>"))))
                .containsExactly("EXO-1201: N.2.r: expected at least one PORR_IN049016UV message");
    }

    @Test
    void anInputAboveTheSizeLimitIsRefusedBeforeParsing() {
        byte[] xml = E2bWriter.write(E2bFixtures.HEADER, List.of(E2bFixtures.rich()));

        assertThat(problems(E2bReader.withDefaults().withSizeLimit(1000).read(xml)))
                .containsExactly("EXO-1211: expected at most 1,000 bytes, got more");
        assertThat(E2bReader.withDefaults().withSizeLimit(xml.length).read(xml).isAccepted())
                .isTrue();
    }
}
