package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.vigilance.e2b.E2bFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exovigil.vigilance.Reports;
import org.exovigil.vigilance.history.CaseHistory;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.Attachment;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Nullification;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.Quantity;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.SenderType;
import org.junit.jupiter.api.Test;

class E2bRoundTripTest {

    private static List<IndividualCaseSafetyReport> roundTrip(List<IndividualCaseSafetyReport> reports) {
        IcsrBatch batch =
                E2bReader.withDefaults().read(E2bWriter.write(HEADER, reports)).value();
        batch.messages().forEach(m -> assertThat(m.report().problems()).isEmpty());
        batch.messages().forEach(m -> assertThat(m.notes()).isEmpty());
        return withoutTheBatchSender(reports, batch.acceptedReports());
    }

    /**
     * A report Exovigil took in itself has no sender of its own (C.3); it goes out under the batch's sender
     * as "other", and that is who sent it when it comes back. Nor has it a context of its own (C.1.6-C.1.10):
     * it goes out saying it holds no documents (C.1.6.1 false, which E2B requires), and comes back saying so.
     * Both are checked, then left out of the comparison.
     */
    private static List<IndividualCaseSafetyReport> withoutTheBatchSender(
            List<IndividualCaseSafetyReport> sent, List<IndividualCaseSafetyReport> back) {
        List<IndividualCaseSafetyReport> compared = new java.util.ArrayList<>();
        for (int i = 0; i < back.size(); i++) {
            IndividualCaseSafetyReport report = back.get(i);
            if (sent.get(i).identification().sender() == null) {
                assertThat(report.identification().sender().type()).isEqualTo(SenderType.OTHER);
                assertThat(report.identification().sender().organisation()).isEqualTo(HEADER.senderId());
                report = report.withIdentification(report.identification().withSender(null));
            }
            if (sent.get(i).identification().context() == null) {
                assertThat(report.identification().context())
                        .isEqualTo(
                                ReportContext.of(false, List.of(), null, null, List.of(), List.of(), null, null, null));
                report = report.withIdentification(report.identification().withContext(null));
            }
            compared.add(report);
        }
        return compared;
    }

    @Test
    void aReportWithEveryElementTheModelHoldsComesBackEqual() {
        IndividualCaseSafetyReport rich = rich();

        assertThat(roundTrip(List.of(rich))).containsExactly(rich);
    }

    @Test
    void aReportWithEveryElementTheModelHoldsSurvivesTheJsonTheApplicationStoresItAs() {
        IndividualCaseSafetyReport rich = rich();

        assertThat(ReportJson.read(ReportJson.write(rich)).value()).isEqualTo(rich);
    }

    @Test
    void theMinimalReportOfTheSpecComesBackEqual() {
        IndividualCaseSafetyReport minimal = Reports.sepsisAfterSupernatant();

        assertThat(roundTrip(List.of(minimal))).containsExactly(minimal);
    }

    @Test
    void aReportOfWhichOnlyTheIdentificationIsKnownKeepsItsCountryWithoutAReaction() {
        IndividualCaseSafetyReport bare = bare();

        List<IndividualCaseSafetyReport> back = roundTrip(List.of(bare));

        assertThat(back).containsExactly(bare);
        assertThat(back.getFirst().patient()).isEqualTo(Patient.UNKNOWN);
        assertThat(back.getFirst().identification().occurrenceCountry()).isEqualTo("KR");
    }

    @Test
    void japaneseTextAndLineBreaksSurviveToTheCharacter() {
        IndividualCaseSafetyReport report = rich();
        String narrative = "点滴静注の2日後に発熱と低血圧。\r\n集中治療室に入院した。𠮷野家の前で倒れた。";
        Reaction japanese = Reaction.of(
                        "敗血症性ショック", null, LocalDate.of(2026, 11, 18), ReactionOutcome.RECOVERING, Set.of())
                .value();
        IndividualCaseSafetyReport translated = IndividualCaseSafetyReport.of(
                        report.identification(),
                        report.primarySources(),
                        Patient.of("山田", 61, null, null, null).value(),
                        List.of(japanese),
                        List.of(report.products().getFirst()),
                        report.tests(),
                        narrative)
                .value();

        IndividualCaseSafetyReport back = roundTrip(List.of(translated)).getFirst();

        assertThat(back).isEqualTo(translated);
        assertThat(back.narrative()).isEqualTo(narrative);
    }

    @Test
    void aNullificationTravelsWithItsReason() {
        CaseHistory nullified = CaseHistory.start(rich())
                .nullify("duplicate of JP-EXOVIGIL-2026-0003", LocalDate.of(2026, 12, 1))
                .value();

        IndividualCaseSafetyReport back =
                roundTrip(List.of(nullified.current())).getFirst();

        assertThat(back).isEqualTo(nullified.current());
        assertThat(back.identification().isNullification()).isTrue();
        assertThat(back.identification().nullification())
                .isEqualTo(new Nullification(Nullification.Kind.NULLIFICATION, "duplicate of JP-EXOVIGIL-2026-0003"));
    }

    @Test
    void anAmendmentIsNotANullification() {
        ReportIdentification id = rich().identification();
        IndividualCaseSafetyReport amended = rich().withIdentification(id.asVersion(
                4, id.mostRecentInfoOn(), new Nullification(Nullification.Kind.AMENDMENT, "MedDRA recoded")));

        IndividualCaseSafetyReport back = roundTrip(List.of(amended)).getFirst();

        assertThat(back).isEqualTo(amended);
        assertThat(back.identification().isNullification()).isFalse();
    }

    @Test
    void everyVersionOfACaseTravelsInOneBatchInOrder() {
        IndividualCaseSafetyReport initial = Reports.sepsisAfterSupernatant();
        IndividualCaseSafetyReport death = Reports.report(
                        Reports.RECEIVED,
                        Reports.physician(),
                        Reports.adultWoman(),
                        List.of(Reports.reaction("sepsis", ReactionOutcome.FATAL)),
                        List.of(Reports.supernatant()))
                .withIdentification(ReportIdentification.of(
                                "CLINIC-42-2026-0001",
                                null,
                                1,
                                Reports.RECEIVED,
                                LocalDate.of(2026, 11, 25),
                                ReportType.SPONTANEOUS,
                                "JP",
                                null)
                        .value());
        CaseHistory history = CaseHistory.start(initial)
                .followUp(death)
                .value()
                .nullify("reported twice by the clinic", LocalDate.of(2026, 12, 2))
                .value();

        IcsrBatch batch = E2bReader.withDefaults()
                .read(E2bWriter.write(HEADER, history.versions()))
                .value();

        assertThat(withoutTheBatchSender(history.versions(), batch.acceptedReports()))
                .containsExactlyElementsOf(history.versions());
        assertThat(batch.messages())
                .extracting(IcsrMessage::messageId)
                .containsExactly("CLINIC-42-2026-0001-v1", "CLINIC-42-2026-0001-v2", "CLINIC-42-2026-0001-v3");
    }

    @Test
    void theBatchCarriesTheHeaderTheCallerGaveAndNoClockOfItsOwn() {
        byte[] first = E2bWriter.write(HEADER, List.of(rich(), bare()));
        byte[] second = E2bWriter.write(HEADER, List.of(rich(), bare()));

        IcsrBatch batch = E2bReader.withDefaults().read(first).value();

        assertThat(first).isEqualTo(second);
        assertThat(batch.batchId()).isEqualTo("EXO-BATCH-2026-0042");
        assertThat(batch.senderId()).isEqualTo("EXOVIGIL-JP");
        assertThat(batch.receiverId()).isEqualTo("PMDA");
        assertThat(batch.createdAt()).isEqualTo("20261121093000+0900");
        assertThat(batch.messages())
                .extracting(IcsrMessage::senderId, IcsrMessage::receiverId, IcsrMessage::createdAt)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("EXOVIGIL-JP", "PMDA", "20261121093000+0900"));
    }

    @Test
    void anInfantsAgeInMonthsComesBackInMonthsWithItsCompletedYearsBeside() {
        IndividualCaseSafetyReport bare = bare();
        Patient patient =
                Patient.of(null, 1, null, null, null).value().withAgeAsSent(Quantity.of(new BigDecimal("19"), "mo"));
        IndividualCaseSafetyReport infant = new IndividualCaseSafetyReport(
                bare.identification(),
                bare.primarySources(),
                patient,
                bare.reactions(),
                bare.products(),
                bare.tests(),
                bare.narrative(),
                bare.comments());

        IndividualCaseSafetyReport back = roundTrip(List.of(infant)).getFirst();

        assertThat(back.patient().ageAsSent()).isEqualTo(Quantity.of(new BigDecimal("19"), "mo"));
        assertThat(back.patient().ageYears()).isEqualTo(1);
        assertThat(xml(HEADER, List.of(infant))).contains("<value xsi:type=\"PQ\" value=\"19\" unit=\"mo\"/>");
    }

    @Test
    void twoHeldDocumentsOfOneTitleKeepEachItsOwnFile() {
        IndividualCaseSafetyReport bare = bare();
        Map<Attachment.Place, Attachment> files = Map.of(
                new Attachment.Place(Attachment.Part.DOCUMENT, 0), Attachment.of("text/plain", null, "a.txt", "QQ=="),
                new Attachment.Place(Attachment.Part.DOCUMENT, 1), Attachment.of("text/plain", null, "b.txt", "Qg=="));
        ReportContext context = ReportContext.of(
                true,
                List.of("Letter", "Letter"),
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                files,
                null);
        IndividualCaseSafetyReport letters = new IndividualCaseSafetyReport(
                bare.identification().withContext(context),
                bare.primarySources(),
                bare.patient(),
                bare.reactions(),
                bare.products(),
                bare.tests(),
                bare.narrative(),
                bare.comments());

        IndividualCaseSafetyReport back = E2bReader.withDefaults()
                .read(E2bWriter.write(HEADER, List.of(letters)))
                .value()
                .acceptedReports()
                .getFirst();

        assertThat(back.identification().context().attachments()).isEqualTo(context.attachments());
    }

    @Test
    void theCallerMayNameTheMessages() {
        byte[] xml = E2bWriter.writeMessages(
                HEADER, List.of(new OutgoingMessage("MSG-1", rich()), new OutgoingMessage("MSG-2", bare())));

        assertThat(E2bReader.withDefaults().read(xml).value().messages())
                .extracting(IcsrMessage::messageId)
                .containsExactly("MSG-1", "MSG-2");
    }

    @Test
    void theWrittenMessageUsesTheIchCodesOfTheImplementationGuide() {
        String xml = xml(HEADER, List.of(rich()));

        assertThat(xml)
                .contains("<MCCI_IN200100UV01 xmlns=\"urn:hl7-org:v3\"")
                .contains("<id root=\"2.16.840.1.113883.3.989.2.1.3.22\" extension=\"EXO-BATCH-2026-0042\"/>")
                .contains("<id root=\"2.16.840.1.113883.3.989.2.1.3.1\" extension=\"CLINIC-42-2026-0007\"/>")
                .contains("<id root=\"2.16.840.1.113883.3.989.2.1.3.2\" extension=\"JP-EXOVIGIL-2026-0007\"/>")
                .contains("<low value=\"20261120093000+0900\"/>") // C.1.4 with the time of day it came with
                .contains("<availabilityTime value=\"20261128\"/>")
                .contains("<value xsi:type=\"CE\" code=\"2\" codeSystem=\"2.16.840.1.113883.3.989.2.1.1.2\"/>")
                .contains("<administrativeGenderCode code=\"2\" codeSystem=\"1.0.5218\"/>")
                .contains("<value xsi:type=\"PQ\" value=\"54\" unit=\"a\"/>")
                .contains("<value xsi:type=\"CE\" code=\"10040047\" codeSystem=\"2.16.840.1.113883.6.163\""
                        + " codeSystemVersion=\"27.1\">")
                .contains("<code code=\"33\" codeSystem=\"2.16.840.1.113883.3.989.2.1.1.19\"/>")
                .contains("<value xsi:type=\"CE\" code=\"3\" codeSystem=\"2.16.840.1.113883.3.989.2.1.1.11\"/>")
                .contains("<routeCode code=\"20045000\" codeSystem=\"0.4.0.127.0.16.1.1.2.6\">")
                .contains("<lotNumberText>L-2026-07</lotNumberText>")
                .contains("<value xsi:type=\"CE\" code=\"3\" codeSystem=\"2.16.840.1.113883.3.989.2.1.1.13\"/>")
                .contains("injection site swelling &amp; \"redness\" &lt;left arm&gt;");
    }
}
