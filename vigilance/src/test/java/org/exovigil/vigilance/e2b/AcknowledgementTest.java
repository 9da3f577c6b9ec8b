package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.vigilance.e2b.E2bFixtures.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.e2b.Acknowledgement.MessageAcknowledgement;
import org.exovigil.vigilance.e2b.Acknowledgement.MessageCode;
import org.exovigil.vigilance.e2b.Acknowledgement.TransmissionCode;
import org.junit.jupiter.api.Test;

class AcknowledgementTest {

    private static final AckHeader ACK = new AckHeader(
            "ACK-0007", "PMDA", null, OffsetDateTime.of(2026, 11, 21, 10, 0, 0, 0, ZoneOffset.ofHours(9)));

    private static XmlElement parsed(byte[] xml) {
        return HardenedXml.parse(new ByteArrayInputStream(xml), 1 << 20, HardenedXml.Doctype.REFUSED)
                .value();
    }

    @Test
    void aBatchWhoseReportsAreAllAcceptedIsAcknowledgedAaWithCaForEach() {
        Checked<IcsrBatch> received = E2bReader.withDefaults().read(E2bWriter.write(HEADER, List.of(rich(), bare())));

        Acknowledgement ack = Acknowledgement.of(received);

        assertThat(ack.code()).isEqualTo(TransmissionCode.AA);
        assertThat(ack.batchId()).isEqualTo("EXO-BATCH-2026-0042");
        assertThat(ack.text()).isEqualTo("all 2 ICSR messages accepted, no further action");
        assertThat(ack.messages())
                .extracting(MessageAcknowledgement::messageId, MessageAcknowledgement::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CLINIC-42-2026-0007-v3", MessageCode.CA),
                        org.assertj.core.groups.Tuple.tuple("P-0001-v1", MessageCode.CA));
    }

    @Test
    void aMessageTheReceiverRefusesAfterReadingBecomesCrAndTheBatchAe() {
        Checked<IcsrBatch> received = E2bReader.withDefaults().read(E2bWriter.write(HEADER, List.of(rich(), bare())));
        Problem contradiction = new Problem(ProblemCode.INCONSISTENT_DATES, "version", "expected a later version");

        Acknowledgement ack = Acknowledgement.of(received).withRefused(Map.of(1, List.of(contradiction)));

        assertThat(ack.code()).isEqualTo(TransmissionCode.AE);
        assertThat(ack.text()).isEqualTo("1 of 2 ICSR messages rejected and need further action");
        assertThat(ack.messages())
                .extracting(MessageAcknowledgement::code)
                .containsExactly(MessageCode.CA, MessageCode.CR);
        assertThat(ack.messages().get(1).text()).contains("version: expected a later version");
    }

    @Test
    void aMessageTakenWithSomeContentLeftOutIsNeverPlainlyAcceptedAndMakesTheBatchAe() {
        String sent = new String(E2bWriter.write(HEADER, List.of(rich(), bare())), StandardCharsets.UTF_8);
        // F.r.3.2 as a range with two finite ends, which the case model cannot hold.
        String withRange = sent.replace(
                "<center value=\"18.4\" unit=\"mg/dL\"/>",
                "<low value=\"10\" unit=\"mg/dL\"/><high value=\"20\" unit=\"mg/dL\"/>");

        Acknowledgement ack =
                Acknowledgement.of(E2bReader.withDefaults().read(withRange.getBytes(StandardCharsets.UTF_8)));

        assertThat(withRange).isNotEqualTo(sent);
        assertThat(ack.code()).isEqualTo(TransmissionCode.AE);
        assertThat(ack.text())
                .isEqualTo("1 of 2 ICSR messages taken in part: each message's comment names what was" + " not taken");
        assertThat(ack.messages().get(0).code()).isEqualTo(MessageCode.CA);
        assertThat(ack.messages().get(0).text())
                .startsWith("taken in part; not taken: EXO-1213: F.r.3.2[0]: a range with two finite ends is left out");
        assertThat(ack.messages().get(1).text()).isEqualTo("accepted");
    }

    @Test
    void aBatchWithARejectedReportIsAcknowledgedAeWithTheErrorsOfThatMessage() throws IOException {
        Checked<IcsrBatch> received;
        try (InputStream in = getClass().getResourceAsStream("/e2b/fda-style-batch.xml")) {
            received = E2bReader.withDefaults().read(in);
        }

        Acknowledgement ack = Acknowledgement.of(received);

        assertThat(ack.code()).isEqualTo(TransmissionCode.AE);
        assertThat(ack.text()).isEqualTo("1 of 2 ICSR messages rejected and need further action");
        assertThat(ack.messages().get(0).code()).isEqualTo(MessageCode.CA);
        assertThat(ack.messages().get(0).text())
                .startsWith("taken in part; not taken: EXO-1213: component/causalityAssessment/code[code=39");
        assertThat(ack.messages().get(1).code()).isEqualTo(MessageCode.CR);
        assertThat(ack.messages().get(1).text())
                .contains("EXO-1203: C.1.4: expected a date CCYYMMDD, got \"2026-11-20\"")
                .contains("EXO-1202: E.i.7[0]");
    }

    @Test
    void aBatchThatCannotBeReadIsAcknowledgedArWithoutMessageAcknowledgements() {
        Acknowledgement ack = Acknowledgement.of(E2bReader.withDefaults().read(utf8("<oops")));

        assertThat(ack.code()).isEqualTo(TransmissionCode.AR);
        assertThat(ack.batchId()).isNull();
        assertThat(ack.messages()).isEmpty();
        assertThat(ack.text()).startsWith("EXO-1209: line 1");

        XmlElement xml = parsed(ack.toXml(ACK.withReceiver("ACME")));
        assertThat(xml.at("acknowledgement").attribute("typeCode")).isEqualTo("AR");
        assertThat(xml.at("acknowledgement", "targetBatch", "id").attribute("nullFlavor"))
                .isEqualTo("NI");
        assertThat(xml.at("receiver", "device", "id").attribute("extension")).isEqualTo("ACME");
    }

    @Test
    void theAckMessageFollowsTheLayoutOfTheImplementationGuide() throws IOException {
        Checked<IcsrBatch> received;
        try (InputStream in = getClass().getResourceAsStream("/e2b/fda-style-batch.xml")) {
            received = E2bReader.withDefaults().read(in);
        }

        XmlElement ack = parsed(Acknowledgement.of(received).toXml(ACK));

        assertThat(ack.name()).isEqualTo("MCCI_IN200101UV01");
        assertThat(ElementValues.id(ack, "2.16.840.1.113883.3.989.2.1.3.20")).isEqualTo("ACK-0007");
        assertThat(ack.child("creationTime").attribute("value")).isEqualTo("20261121100000+0900");
        assertThat(ElementValues.id(ack.at("sender", "device"), "2.16.840.1.113883.3.989.2.1.3.17"))
                .isEqualTo("PMDA");
        assertThat(ElementValues.id(ack.at("receiver", "device"), "2.16.840.1.113883.3.989.2.1.3.18"))
                .isEqualTo("ACME");
        assertThat(ack.at("acknowledgement").attribute("typeCode")).isEqualTo("AE");
        assertThat(ElementValues.id(ack.at("acknowledgement", "targetBatch"), "2.16.840.1.113883.3.989.2.1.3.22"))
                .isEqualTo("ACME-2026-11-B7");
        assertThat(ack.children("attentionLine"))
                .extracting(line -> line.child("value").attribute("value"))
                .contains("20261121101010-0500");
        List<XmlElement> messages = ack.children("MCCI_IN000002UV01");
        assertThat(messages).hasSize(2);
        assertThat(messages)
                .extracting(m -> m.at("acknowledgement").attribute("typeCode"))
                .containsExactly("CA", "CR");
        assertThat(messages)
                .extracting(m ->
                        ElementValues.id(m.at("acknowledgement", "targetMessage"), "2.16.840.1.113883.3.989.2.1.3.1"))
                .containsExactly("ACME-MSG-1", "ACME-MSG-2");
        assertThat(messages.get(1)
                        .at("acknowledgement", "acknowledgementDetail", "text")
                        .text())
                .contains("G.k.2.2[0]");
    }

    @Test
    void longErrorTextsAreCutToTheLengthsOfTheGuide() {
        String reaction = "<subjectOf2><observation><code code=\"29\" codeSystem=\"2.16.840.1.113883.3.989.2.1.1.19\"/>"
                + "<value><originalText>rash</originalText></value><outboundRelationship2><observation>"
                + "<code code=\"27\" codeSystem=\"2.16.840.1.113883.3.989.2.1.1.19\"/><value code=\"9\"/>"
                + "</observation></outboundRelationship2></observation></subjectOf2>";
        String manyErrors = "<MCCI_IN200100UV01 xmlns=\"urn:hl7-org:v3\">"
                + "<id root=\"2.16.840.1.113883.3.989.2.1.3.22\" extension=\"B\"/>"
                + "<PORR_IN049016UV><controlActProcess><subject><investigationEvent><component>"
                + "<adverseEventAssessment><subject1><primaryRole>"
                + reaction.repeat(50)
                + "</primaryRole></subject1></adverseEventAssessment></component>"
                + "</investigationEvent></subject></controlActProcess></PORR_IN049016UV></MCCI_IN200100UV01>";

        Acknowledgement ack = Acknowledgement.of(E2bReader.withDefaults().read(utf8(manyErrors)));

        assertThat(ack.messages().getFirst().text()).hasSize(2000).endsWith("…");
    }

    @Test
    void anR2SenderGetsR2sIchicsrackWithEachReportAcknowledged() throws IOException {
        byte[] faers = Files.readAllBytes(FdaExamplesTest.conformance()
                .getParent()
                .resolve("reference/faers_xml_examples/1_ADR22Q1_example.xml"));
        Acknowledgement ack = Acknowledgement.of(IcsrVersion.read(faers));

        String xml = new String(
                ack.toXml(
                        new AckHeader("ACK-R2-1", "EXOVIGIL", null, OffsetDateTime.parse("2026-12-06T10:00:00+09:00")),
                        IcsrVersion.R2),
                StandardCharsets.UTF_8);
        // Read back as a receiver would, the DTD declaration aside (Exovigil's parser reads no DTD).
        XmlElement root = HardenedXml.parse(
                        new java.io.ByteArrayInputStream(
                                xml.replaceFirst("<!DOCTYPE[^>]*>", "").getBytes(StandardCharsets.UTF_8)),
                        1 << 20,
                        HardenedXml.Doctype.REFUSED)
                .value();

        assertThat(xml).contains("<!DOCTYPE ichicsrack SYSTEM");
        assertThat(root.name()).isEqualTo("ichicsrack");
        assertThat(root.at("ichicsrmessageheader", "messagedate").text()).isEqualTo("20261206100000");
        assertThat(root.at("acknowledgment", "messageacknowledgment", "transmissionacknowledgmentcode")
                        .text())
                .isEqualTo("01");
        assertThat(root.child("acknowledgment").children("reportacknowledgment"))
                .hasSize(7)
                .allSatisfy(report ->
                        assertThat(report.childText("reportacknowledgmentcode")).isEqualTo("01"));
    }
}
