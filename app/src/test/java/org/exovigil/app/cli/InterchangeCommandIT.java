package org.exovigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.exovigil.app.ExovigilCommand;
import org.exovigil.app.TestDatabase;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.e2b.BatchHeader;
import org.exovigil.vigilance.e2b.E2bReader;
import org.exovigil.vigilance.e2b.E2bWriter;
import org.exovigil.vigilance.e2b.IcsrBatch;
import org.exovigil.vigilance.e2b.IcsrMessage;
import org.exovigil.vigilance.fhir.FhirFormat;
import org.exovigil.vigilance.fhir.FhirReader;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./exovigil import} and {@code export} against an embedded PostgreSQL of their own, in the order
 * an operator would use them: E2B batches in, public data sets in, then everything out again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InterchangeCommandIT {

    private static final Path REFERENCE = Path.of("/work/shared/data/reference");

    /** Written after FDA's E2B(R3) sample instances: one good report, one with errors. */
    private static final Path FDA_STYLE_BATCH = Path.of("../vigilance/src/test/resources/e2b/fda-style-batch.xml");

    /** Written after the FHIR R4 specification's AdverseEvent examples. */
    private static final Path FHIR_EXAMPLES = Path.of("../vigilance/src/test/resources/fhir");

    private static final Path DATA = TestDatabase.freshDataDirectory();

    @TempDir
    Path dir;

    @Test
    @Order(1)
    void anE2bBatchIsTakenInAndTheReportItCannotStoreIsNamed() throws IOException {
        ExovigilCommand run = ExovigilCommand.run(
                "import", "e2b", FDA_STYLE_BATCH.toString(), "--ack", dir.toString(), "--data", DATA.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("fda-style-batch.xml: AE, 1 reports stored (EXO-");
        assertThat(run.err()).contains("message ACME-MSG-2 not stored: EXO-");
        assertThat(Files.readString(dir.resolve("fda-style-batch.ack.xml")))
                .contains("MCCI_IN200101UV01")
                .contains("typeCode=\"AE\"");
    }

    @Test
    @Order(2)
    void theSameBatchAgainStoresNothingTwice() {
        ExovigilCommand run =
                ExovigilCommand.run("import", "e2b", FDA_STYLE_BATCH.toString(), "--data", DATA.toString());

        assertThat(run.out()).contains("1 reports stored (EXO-").contains("already held");
    }

    @Test
    @Order(2)
    void aFolderOfFhirFilesIsTakenInAndAHostileOneRefused() throws IOException {
        Path folder = dir.resolve("fhir");
        Files.createDirectories(folder);
        Files.copy(FHIR_EXAMPLES.resolve("adverse-event-contained.json"), folder.resolve("a.json"));
        Files.copy(FHIR_EXAMPLES.resolve("transaction-bundle.xml"), folder.resolve("b.xml"));
        Files.copy(FHIR_EXAMPLES.resolve("hostile-xxe.xml"), folder.resolve("c.xml"));

        ExovigilCommand run = ExovigilCommand.run("import", "fhir", folder.toString(), "--data", DATA.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("a.json: 1 reports stored (EXO-", "b.xml: 1 reports stored (EXO-");
        assertThat(run.err()).contains("c.xml: nothing stored: EXO-1210");
    }

    @Test
    @Order(3)
    void aHostileBatchIsRefusedWholeWithOneLine() throws IOException {
        Path hostile = dir.resolve("xxe.xml");
        Files.writeString(hostile, """
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <MCCI_IN200100UV01 xmlns="urn:hl7-org:v3">&x;</MCCI_IN200100UV01>""");

        ExovigilCommand run = ExovigilCommand.run("import", "e2b", hostile.toString(), "--data", DATA.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err())
                .contains("xxe.xml: not read, nothing stored: EXO-")
                .doesNotContain("root:");
    }

    @Test
    @Order(4)
    void aFaersQuarterBecomesAPublicDataSetAndAReimportReplacesIt() {
        Path quarter = REFERENCE.resolve("faers_2022q4_excerpt");

        ExovigilCommand first = ExovigilCommand.run("import", "faers", quarter.toString(), "--data", DATA.toString());
        ExovigilCommand again = ExovigilCommand.run("import", "faers", quarter.toString(), "--data", DATA.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        // 258 DEMO cases; 539 signal rows from the 16 cases with products (FaersReaderTest counts them).
        assertThat(first.out()).startsWith("FAERS 2022Q4: 258 cases (").contains("539 product-event rows");
        assertThat(first.err()).contains("DEMO22Q4.txt: 258 rows read");
        assertThat(again.out()).contains("FAERS 2022Q4: 258 cases");
    }

    @Test
    @Order(5)
    void aVaersYearIsImportedUnderItsYear() {
        ExovigilCommand run = ExovigilCommand.run(
                "import", "vaers", REFERENCE.resolve("vaers_2017").toString(), "--data", DATA.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("VAERS 2017: 38911 cases (");
    }

    @Test
    @Order(6)
    void aFolderWithoutTheFilesOfItsFormatIsUnusableInput() {
        ExovigilCommand run = ExovigilCommand.run("import", "faers", dir.toString(), "--data", DATA.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).contains("expected a FAERS DEMO file (DEMOyyQq.txt) under " + dir);
    }

    @Test
    @Order(7)
    void theStoredReportsAreExportedAsOneBatchThatReadsBack() throws IOException {
        Path out = dir.resolve("export.xml");

        ExovigilCommand run = ExovigilCommand.run(
                "export", "e2b", "--out", out.toString(), "--receiver", "PMDA", "--data", DATA.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Checked<IcsrBatch> batch = E2bReader.withDefaults().read(Files.readAllBytes(out));
        assertThat(batch.isAccepted()).as(batch.toString()).isTrue();
        List<IcsrMessage> messages = batch.value().messages();
        assertThat(messages).hasSize(3);
        assertThat(messages.getFirst().receiverId()).isEqualTo("PMDA");
        assertThat(messages)
                .extracting(m -> m.report().value().identification().senderReportId())
                .contains(senderReportIdIn(FDA_STYLE_BATCH), "KR-2026-777");
    }

    @Test
    @Order(8)
    void exportToStandardOutputIsTheSameBatch() {
        ExovigilCommand run = ExovigilCommand.run("export", "e2b", "--data", DATA.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(E2bReader.withDefaults()
                        .read(run.out().getBytes(StandardCharsets.UTF_8))
                        .isAccepted())
                .isTrue();
    }

    @Test
    @Order(9)
    void theStoredReportsAreExportedAsOneFhirBundleThatReadsBack() throws IOException {
        Path out = dir.resolve("export.json");

        ExovigilCommand run = ExovigilCommand.run("export", "fhir", "--out", out.toString(), "--data", DATA.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        var cases = FhirReader.withDefaults()
                .read(Files.readString(out), FhirFormat.JSON)
                .value();
        assertThat(cases)
                .hasSize(3)
                .allSatisfy(c -> assertThat(c.report().isAccepted()).isTrue());
    }

    /**
     * Issue 16: a case is (sender, C.1.1) from the message itself. Before, the command keyed cases by file
     * name, so a follow-up or a nullification in a later file became a case of its own, and the nullified
     * case stayed live.
     */
    @Test
    @Order(10)
    void aFollowUpAndANullificationInLaterFilesReachTheCaseOfTheFirst() throws IOException {
        String initial = """
                {"senderReportId": "CLI-FOLLOW-1", "receivedOn": "2026-11-20", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"initials": "KT", "ageYears": 61, "sex": "male"},
                 "products": [{"role": "suspect", "name": "Umbilical cord MSC exosome", "route": "iv"}],
                 "reactions": [{"term": "fever", "onset": "2026-11-18"}]%s}""";
        List<String> references = new java.util.ArrayList<>();
        for (String[] version : new String[][] {
            {"initial.xml", ""},
            {"follow-up.xml", ", \"mostRecentInfoOn\": \"2026-11-25\", \"narrative\": \"Blood culture grew S. aureus.\""
            },
            {
                "nullification.xml",
                ", \"mostRecentInfoOn\": \"2026-11-28\", \"nullification\": {\"kind\":"
                        + " \"nullification\", \"reason\": \"entered against the wrong patient\"}"
            }
        }) {
            Path file = dir.resolve(version[0]);
            Files.write(
                    file,
                    E2bWriter.write(
                            new BatchHeader("B-" + version[0], "CLINIC-GATEWAY-9", "EXOVIGIL", OffsetDateTime.now()),
                            List.of(ReportJson.read(initial.formatted(version[1]))
                                    .value())));
            ExovigilCommand run = ExovigilCommand.run("import", "e2b", file.toString(), "--data", DATA.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            references.add(
                    run.out().replaceAll("(?s).*\\((EXO-[^ ,)]+).*", "$1").strip());
        }

        assertThat(references).hasSize(3).containsOnly(references.getFirst());
        ExovigilCommand export = ExovigilCommand.run("export", "e2b", "--data", DATA.toString());
        IndividualCaseSafetyReport current =
                E2bReader.withDefaults()
                        .read(export.out().getBytes(StandardCharsets.UTF_8))
                        .value()
                        .acceptedReports()
                        .stream()
                        .filter(report ->
                                report.identification().senderReportId().equals("CLI-FOLLOW-1"))
                        .collect(onlyElement());
        assertThat(current.identification().isNullification()).isTrue();
        assertThat(current.identification().version()).isEqualTo(3);
    }

    /** Issue 16: an E2B(R2) ichicsr file, as FAERS publishes its extracts, is taken in by the same command. */
    @Test
    @Order(11)
    void anE2bR2IchicsrFileIsTakenInToo() {
        Path faers = REFERENCE.resolve("faers_xml_examples/1_ADR22Q1_example.xml");

        ExovigilCommand run = ExovigilCommand.run("import", "e2b", faers.toString(), "--data", DATA.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1_ADR22Q1_example.xml: AA, 7 reports stored");
    }

    /**
     * Issue 16: FDA's "every element" example, through the real system: imported by the command, stored (the
     * clinical part and the people apart), exported again for FDA, and read back as the same report it was, FDA's
     * regional elements included. (Under the default profile, ICH, they are left out.)
     */
    @Test
    @Order(12)
    void fdasEveryElementExampleComesBackFromTheDatabaseAsItWasSent() throws IOException {
        Path example = conformance().resolve("e2b-r3-fda/FAERS2022Scenario6.xml");
        IndividualCaseSafetyReport sent = E2bReader.withDefaults()
                .read(Files.readAllBytes(example))
                .value()
                .acceptedReports()
                .getFirst();

        ExovigilCommand imported = ExovigilCommand.run("import", "e2b", example.toString(), "--data", DATA.toString());
        ExovigilCommand export =
                ExovigilCommand.run("export", "e2b", "--profile", "fda", "--skip-invalid", "--data", DATA.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(export.exitCode()).as(export.err()).isZero();
        IndividualCaseSafetyReport back =
                E2bReader.withDefaults()
                        .read(export.out().getBytes(StandardCharsets.UTF_8))
                        .value()
                        .acceptedReports()
                        .stream()
                        .filter(report -> report.identification()
                                .senderReportId()
                                .equals(sent.identification().senderReportId()))
                        .collect(onlyElement());
        assertThat(back).isEqualTo(sent);
    }

    /**
     * Issue 16: every message is checked against its profile before anything is written. A stored case that a
     * receiver would refuse (here: who reported it is unknown, C.2.r.4) refuses the export, which names the case
     * and the element and writes no file; {@code --skip-invalid} leaves it out and says so.
     */
    @Test
    @Order(13)
    void anExportWithACaseThatBreaksItsProfileIsRefusedNamingTheCaseAndElement() throws IOException {
        Path file = dir.resolve("incomplete.xml");
        Files.write(
                file,
                E2bWriter.write(
                        new BatchHeader("B-incomplete", "CLINIC-GATEWAY-9", "EXOVIGIL", OffsetDateTime.now()),
                        List.of(ReportJson.read("""
                        {"senderReportId": "CLI-INCOMPLETE-1", "receivedOn": "2026-11-20", "country": "JP",
                         "reporter": {"country": "JP"},
                         "patient": {"initials": "MS", "ageYears": 44, "sex": "female"},
                         "products": [{"role": "suspect", "name": "Adipose MSC exosome", "route": "iv"}],
                         "reactions": [{"term": "rash", "onset": "2026-11-19"}]}""").value())));
        assertThat(ExovigilCommand.run("import", "e2b", file.toString(), "--data", DATA.toString())
                        .exitCode())
                .isZero();
        Path out = dir.resolve("refused.xml");

        ExovigilCommand refused = ExovigilCommand.run(
                "export", "e2b", "--profile", "fda", "--out", out.toString(), "--data", DATA.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().lines()).hasSize(1);
        assertThat(refused.err())
                .contains("EXO-1250: nothing written: ")
                .contains("break profile fda")
                .containsPattern("case CLI-INCOMPLETE-1 \\(EXO-[^)]+\\): C\\.2\\.r\\.4\\[0\\]: expected the"
                        + " qualification of the primary source");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .doesNotContain("refused.xml")
                    .noneMatch(f -> f.endsWith(".part"));
        }

        ExovigilCommand skipping = ExovigilCommand.run(
                "export",
                "e2b",
                "--profile",
                "fda",
                "--skip-invalid",
                "--out",
                out.toString(),
                "--data",
                DATA.toString());

        assertThat(skipping.exitCode()).as(skipping.err()).isZero();
        assertThat(skipping.err())
                .containsPattern("\\d+ cases left out, breaking profile fda \\(EXO-1250\\): .*case CLI-INCOMPLETE-1");
        IcsrBatch written =
                E2bReader.withDefaults().read(Files.readAllBytes(out)).value();
        assertThat(written.receiverId()).isEqualTo("ZZFDA");
        // FDA's routing: under ZZFDA every message goes to a centre's postmarketing receiver (an IND case would
        // need ZZFDA_PREMKT and be left out, rule FDA-N.2.r.3-POSTMARKET).
        assertThat(written.messages())
                .extracting(m -> m.receiverId())
                .isNotEmpty()
                .allMatch(r -> r.equals("CDER") || r.equals("CBER"));
        assertThat(written.acceptedReports())
                .extracting(report -> report.identification().senderReportId())
                .isNotEmpty()
                .doesNotContain("CLI-INCOMPLETE-1");
    }

    @Test
    @Order(14)
    void anUnknownProfileIsAUsageError() {
        ExovigilCommand run = ExovigilCommand.run("export", "e2b", "--profile", "who", "--data", DATA.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--profile: expected one of ich, fda, ema, pmda, got \"who\"");
    }

    private static Path conformance() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/data/conformance"))) {
                return dir.resolve("shared/data/conformance");
            }
        }
        throw new IllegalStateException(
                "shared/data/conformance not found above " + Path.of("").toAbsolutePath());
    }

    private static <T> java.util.stream.Collector<T, ?, T> onlyElement() {
        return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.getFirst();
        });
    }

    private static String senderReportIdIn(Path batch) throws IOException {
        return E2bReader.withDefaults().read(Files.readAllBytes(batch)).value().messages().stream()
                .filter(m -> m.report().isAccepted())
                .findFirst()
                .orElseThrow()
                .report()
                .value()
                .identification()
                .senderReportId();
    }
}
