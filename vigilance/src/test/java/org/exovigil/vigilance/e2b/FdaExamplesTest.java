package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.exovigil.vigilance.Checked;
import org.junit.jupiter.api.Test;

/**
 * FDA's official E2B(R3) example instances ({@code shared/data/conformance/e2b-r3-fda}, unmodified), read as
 * a receiving authority reads them, written back, and compared element by element ({@link CaseElements}, which
 * names the differences any writer may make). Every element must come back, but for those listed here: what a
 * receiver may lawfully leave out, each with its reason, and what Exovigil does not keep yet, said as such.
 * A listed element that no longer goes missing fails the test too, so the list never outlives its reasons.
 * {@code -Dconformance.lost=true} prints every element an example loses.
 */
class FdaExamplesTest {

    private static final BatchHeader HEADER =
            new BatchHeader("ROUND-TRIP", "EXOVIGIL", "CDER", OffsetDateTime.parse("2026-12-06T10:00:00Z"));
    private static final String ROLE = "investigationEvent/component/adverseEventAssessment/subject1/primaryRole/";
    private static final String PAST_DRUG_REACTION_DATE = "organizer{2.16.840.1.113883.3.989.2.1.1.20#2}/component/"
            + "substanceAdministration/outboundRelationship2/observation{2.16.840.1.113883.3.989.2.1.1.19#29}/"
            + "effectiveTime";

    /**
     * An element an example loses, found by a part of its signature.
     *
     * @param lawful true when a receiver may lawfully leave it out; false when Exovigil does not keep it yet
     */
    record Allowance(String example, String signaturePart, boolean lawful, String reason) {

        boolean covers(String example, String signature) {
            return this.example.equals(example) && signature.contains(signaturePart);
        }
    }

    static final List<Allowance> ALLOWED = List.of(
            new Allowance(
                    "FAERS2022Scenario6.xml",
                    PAST_DRUG_REACTION_DATE,
                    true,
                    "D.8.r.7 and D.10.8.r.7 are a MedDRA code alone: the IG gives the reaction to a past drug no date,"
                            + " so the NASK FDA writes there is no element of the case"),
            new Allowance(
                    "FAERS2022Scenario6.xml",
                    ROLE + "subjectOf2/observation{2.16.840.1.113883.3.989.2.1.1.19#4}",
                    true,
                    "D.2.3 sent as NI: 'no information' is HL7's default null flavour and says no more than an"
                            + " age group not sent"),
            new Allowance(
                    "FAERS2022Scenario5-1.xml",
                    "#9}/value[code=1 codeSystem=2.16.840.1.113883.3.989.2.1.1.7]",
                    true,
                    "FDA.G.k.10a sent in ICH's C.3.1 list (…2.1.1.7); written in FDA's own list (…5.1.2.1.1.7)"
                            + " as FDA's regional guide and Scenario 6 have it"),
            new Allowance(
                    "FAERS2022Scenario5-1.xml",
                    "#9}/value[code=2 codeSystem=2.16.840.1.113883.3.989.2.1.1.7]",
                    true,
                    "the same"),
            new Allowance(
                    "FAERS2022Scenario5-2.xml",
                    "#9}/value[code=2 codeSystem=2.16.840.1.113883.3.989.2.1.1.7]",
                    true,
                    "the same"),
            new Allowance(
                    "FAERS2022Scenario5-3.xml",
                    "causalityAssessment/value[code=4",
                    true,
                    "a G.k.1 whose product reference (68d6f5ce-…) names no drug of the message, whose Drug Z and"
                            + " Drug X share one id: it characterises nothing a receiver holds"));

    record Outcome(String example, boolean imported, int total, int kept, Map<String, Integer> lost) {

        int allowed(boolean lawful) {
            int count = 0;
            for (var each : lost.entrySet()) {
                if (ALLOWED.stream().anyMatch(a -> a.lawful() == lawful && a.covers(example, each.getKey()))) {
                    count += each.getValue();
                }
            }
            return count;
        }
    }

    @Test
    void everyElementOfEachExampleComesBackButThoseListedWithTheirReasons() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Path example : examples()) {
            outcomes.add(roundTrip(example));
        }
        print(outcomes);

        assertThat(outcomes).hasSize(10).allMatch(Outcome::imported);
        for (Outcome outcome : outcomes) {
            assertThat(outcome.lost().keySet())
                    .as(outcome.example() + ": lost and not listed")
                    .allMatch(signature -> ALLOWED.stream().anyMatch(a -> a.covers(outcome.example(), signature)));
        }
        for (Allowance allowance : ALLOWED) {
            assertThat(outcomes)
                    .as("still lost: " + allowance)
                    .anyMatch(o -> o.lost().keySet().stream().anyMatch(s -> allowance.covers(o.example(), s)));
        }
    }

    @Test
    void whatAnExampleLosesItsAcknowledgementNamesAndAnExampleTakenWholeIsAa() throws IOException {
        for (Path example : examples()) {
            Outcome outcome = roundTrip(example);
            Checked<IcsrBatch> read = E2bReader.withDefaults().read(Files.readAllBytes(example));
            Acknowledgement ack = Acknowledgement.of(read);
            String comments = ack.messages().stream()
                    .map(Acknowledgement.MessageAcknowledgement::text)
                    .toList()
                    .toString();

            if (outcome.lost().isEmpty()) {
                assertThat(ack.code()).as(outcome.example()).isEqualTo(Acknowledgement.TransmissionCode.AA);
            } else {
                assertThat(ack.code()).as(outcome.example()).isEqualTo(Acknowledgement.TransmissionCode.AE);
                assertThat(comments).as(outcome.example()).contains("taken in part; not taken:");
            }
        }
        String everyElement = Acknowledgement.of(E2bReader.withDefaults()
                        .read(Files.readAllBytes(conformance().resolve("e2b-r3-fda/FAERS2022Scenario6.xml"))))
                .messages()
                .getFirst()
                .text();
        // Scenario 6's FLFS relationship under a drug is kept (DrugDetails.fulfilledIntents): only lawful leaves
        // remain.
        assertThat(everyElement).contains("taken in part; not taken:").doesNotContain("sequenceNumber");
    }

    private static Outcome roundTrip(Path example) throws IOException {
        byte[] original = Files.readAllBytes(example);
        CaseElements sent = CaseElements.of(original);
        IcsrBatch batch = E2bReader.withDefaults().read(original).value();
        boolean imported =
                batch.messages().stream().allMatch(message -> message.report().isAccepted());
        CaseElements back = CaseElements.of(E2bWriter.write(HEADER, batch.acceptedReports()));
        return new Outcome(
                example.getFileName().toString(), imported, sent.size(), sent.keptIn(back), sent.missingFrom(back));
    }

    private static void print(List<Outcome> outcomes) {
        var table = new StringBuilder(
                "\n| example | imported | elements kept | lawfully left out | not kept yet |\n|---|---|---:|---:|---:|\n");
        for (Outcome o : outcomes) {
            table.append("| %s | %s | %d of %d (%.0f%%) | %d | %d |\n"
                    .formatted(
                            o.example(),
                            o.imported() ? "yes" : "no",
                            o.kept(),
                            o.total(),
                            100.0 * o.kept() / o.total(),
                            o.allowed(true),
                            o.allowed(false)));
        }
        System.out.println(table);
        if (Boolean.getBoolean("conformance.lost")) {
            outcomes.forEach(o -> o.lost()
                    .forEach((signature, count) ->
                            System.out.println(o.example() + " lost " + count + "× " + signature)));
        }
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(conformance().resolve("e2b-r3-fda"))) {
            return files.filter(file -> file.toString().endsWith(".xml"))
                    .sorted()
                    .toList();
        }
    }

    /** {@code shared/data/conformance}, found by walking up from the working directory. */
    static Path conformance() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/conformance");
            if (Files.isDirectory(candidate.resolve("e2b-r3-fda"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "shared/data/conformance not found above " + Path.of("").toAbsolutePath());
    }
}
