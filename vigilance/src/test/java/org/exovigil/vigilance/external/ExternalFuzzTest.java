package org.exovigil.vigilance.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.SeededInput;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random rows, random field counts and garbled bytes never make the FAERS and VAERS readers throw
 * anything but {@link ExternalDataException} (EXO-1214 or EXO-1215), nor hang. Each run draws its files from the
 * seed in its name; {@code -Dseed=N} replays that one run.
 */
class ExternalFuzzTest {

    private static final List<String> DOLLAR_CELLS = List.of(
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
            " ");

    private static final List<String> CSV_CELLS = List.of(
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
            ",");

    @TempDir
    Path dir;

    static LongStream seeds() {
        return SeededInput.seeds(0xFAE5, 100);
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

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void faersFilesOfRandomRowsAreReadOrRefusedCleanly(long seed) throws IOException {
        Random random = new Random(seed);
        String demo = dollarFile(random);
        String drug = dollarFile(random);
        String reac = dollarFile(random);
        String delete = dollarFile(random);
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

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void vaersFilesOfRandomCsvAreReadOrRefusedCleanly(long seed) throws IOException {
        Random random = new Random(seed);
        String data = csvFile(random);
        String symptoms = csvFile(random);
        String vax = csvFile(random);
        write("2026VAERSDATA.csv", "VAERS_ID,AGE_YRS,SEX,DIED,CUR_ILL,ONSET_DATE\r\n" + data);
        write("2026VAERSSYMPTOMS.csv", "VAERS_ID,SYMPTOM1,SYMPTOMVERSION1\r\n" + symptoms);
        write("2026VAERSVAX.csv", "VAERS_ID,VAX_TYPE,VAX_NAME\r\n" + vax);

        readsCalmly(() -> VaersReader.of(VaersYear.in(dir)).readAll().forEach(ExternalCase::signalRows));
        readsCalmly(() -> VaersReader.of(VaersYear.in(dir))
                .onMalformedRows(MalformedRows.SKIP)
                .readAll()
                .forEach(ExternalCase::signalRows));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void garbledBytesInEveryFileAreReadOrRefusedCleanly(long seed) throws IOException {
        Random random = new Random(seed);
        byte[] demo = SeededInput.bytes(random, 4_000);
        byte[] drug = SeededInput.bytes(random, 4_000);
        byte[] csv = SeededInput.bytes(random, 4_000);
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
    private static String dollarFile(Random random) {
        return rows(
                random,
                15,
                "\n",
                r -> rows(r, 10, "$", rr -> switch (rr.nextInt(3)) {
                    case 0 -> SeededInput.oneOf(rr, DOLLAR_CELLS);
                    case 1 -> SeededInput.textOf(rr, "0123456789", 12);
                    default -> SeededInput.anyText(rr, 8).replace("\n", "").replace("\r", "");
                }));
    }

    /** CSV with random quoting, commas, line breaks and field counts. */
    private static String csvFile(Random random) {
        return rows(
                random,
                12,
                "\r\n",
                r -> rows(
                        r,
                        8,
                        ",",
                        rr -> rr.nextBoolean()
                                ? SeededInput.oneOf(rr, CSV_CELLS)
                                : SeededInput.textOf(rr, "a,\"\r\n07", 10)));
    }

    private static String rows(Random random, int max, String separator, Function<Random, String> row) {
        List<String> rows = new ArrayList<>();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            rows.add(row.apply(random));
        }
        return String.join(separator, rows);
    }
}
