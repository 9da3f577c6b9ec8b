package org.exovigil.vigilance.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.exovigil.vigilance.ProblemCode;
import org.junit.jupiter.api.Assertions;

/**
 * Random rows, random field counts and garbled bytes never make the FAERS and VAERS readers throw
 * anything but {@link ExternalDataException} (EXO-1214 or EXO-1215), nor hang.
 */
class ExternalFuzzTest {

    private Path dir;

    @BeforeProperty
    void makeDirectory() throws IOException {
        dir = Files.createTempDirectory("exovigil-fuzz");
    }

    @AfterProperty
    void removeDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Runs a read; it may succeed or fail with the module's own exception, within two seconds. */
    private static void readsCalmly(Runnable read) {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                read.run();
            } catch (ExternalDataException e) {
                assertThat(e.problem().code()).isIn(ProblemCode.MALFORMED_ROW, ProblemCode.UNREADABLE);
                assertThat(e.getMessage()).startsWith(e.problem().code().id());
            }
        });
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Property(tries = 100)
    void faersFilesOfRandomRowsAreReadOrRefusedCleanly(
            @ForAll("dollarFile") String demo,
            @ForAll("dollarFile") String drug,
            @ForAll("dollarFile") String reac,
            @ForAll("dollarFile") String delete)
            throws IOException {
        write("DEMO26Q1.txt", "primaryid$caseid$caseversion$event_dt$age$age_cod$sex$occr_country\n" + demo);
        write("DRUG26Q1.txt", "primaryid$caseid$role_cod$drugname$prod_ai\n" + drug);
        write("REAC26Q1.txt", "primaryid$caseid$pt\n" + reac);
        write("DELETE26Q1.txt", delete);

        readsCalmly(() -> FaersReader.of(FaersQuarter.in(dir)).readAll().forEach(ExternalCase::signalRows));
        readsCalmly(() -> FaersReader.of(FaersQuarter.in(dir))
                .onMalformedRows(MalformedRows.SKIP)
                .readAll()
                .forEach(ExternalCase::signalRows));
    }

    @Property(tries = 100)
    void vaersFilesOfRandomCsvAreReadOrRefusedCleanly(
            @ForAll("csvFile") String data, @ForAll("csvFile") String symptoms, @ForAll("csvFile") String vax)
            throws IOException {
        write("2026VAERSDATA.csv", "VAERS_ID,AGE_YRS,SEX,DIED,CUR_ILL,ONSET_DATE\r\n" + data);
        write("2026VAERSSYMPTOMS.csv", "VAERS_ID,SYMPTOM1,SYMPTOMVERSION1\r\n" + symptoms);
        write("2026VAERSVAX.csv", "VAERS_ID,VAX_TYPE,VAX_NAME\r\n" + vax);

        readsCalmly(() -> VaersReader.of(VaersYear.in(dir)).readAll().forEach(ExternalCase::signalRows));
        readsCalmly(() -> VaersReader.of(VaersYear.in(dir))
                .onMalformedRows(MalformedRows.SKIP)
                .readAll()
                .forEach(ExternalCase::signalRows));
    }

    @Property(tries = 60)
    void garbledBytesInEveryFileAreReadOrRefusedCleanly(@ForAll byte[] demo, @ForAll byte[] drug, @ForAll byte[] csv)
            throws IOException {
        Files.write(dir.resolve("DEMO26Q1.txt"), demo);
        Files.write(dir.resolve("DRUG26Q1.txt"), drug);
        Files.write(dir.resolve("REAC26Q1.txt"), csv);
        Files.write(dir.resolve("2026VAERSDATA.csv"), demo);
        Files.write(dir.resolve("2026VAERSSYMPTOMS.csv"), csv);
        Files.write(dir.resolve("2026VAERSVAX.csv"), drug);

        readsCalmly(() -> FaersReader.of(FaersQuarter.in(dir))
                .onMalformedRows(MalformedRows.SKIP)
                .readAll());
        readsCalmly(() -> VaersReader.of(VaersYear.in(dir))
                .onMalformedRows(MalformedRows.SKIP)
                .readAll());
    }

    /** Rows of random field counts, ids, versions, dates and ages, some blank lines. */
    @Provide
    Arbitrary<String> dollarFile() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        "1",
                        "2",
                        "10",
                        "007",
                        "-3",
                        "x",
                        "YR",
                        "DEC",
                        "M",
                        "F",
                        "PS",
                        "C",
                        "20260101",
                        "202613",
                        "99999999999999999999",
                        "NA",
                        " "),
                Arbitraries.strings().withCharRange('0', '9').ofMaxLength(12),
                Arbitraries.strings()
                        .ofMaxLength(8)
                        .map(s -> s.replace("\n", "").replace("\r", "")));
        Arbitrary<String> row = cell.list().ofMinSize(0).ofMaxSize(10).map(cells -> String.join("$", cells));
        return row.list().ofMaxSize(15).map(rows -> String.join("\n", rows));
    }

    /** CSV with random quoting, commas, line breaks and field counts. */
    @Provide
    Arbitrary<String> csvFile() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        "1",
                        "0001",
                        "NA",
                        "Y",
                        "M",
                        "12/31/2025",
                        "02/30/2020",
                        "4.5",
                        "\"",
                        "\"\"",
                        "\"a,b\"",
                        "\"line\r\nbreak\"",
                        "\"never closed",
                        "x\"y",
                        ","),
                Arbitraries.strings()
                        .withChars('a', ',', '"', '\r', '\n', '0', '7')
                        .ofMaxLength(10));
        Arbitrary<String> row = cell.list().ofMaxSize(8).map(cells -> String.join(",", cells));
        return row.list().ofMaxSize(12).map(rows -> String.join("\r\n", rows));
    }
}
