package org.exovigil.signals.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.exovigil.signals.ExternalCounts;
import org.exovigil.signals.HyperparameterChoice;
import org.exovigil.signals.MixturePrior;
import org.exovigil.signals.SignalDetection;
import org.exovigil.signals.SignalRun;
import org.exovigil.signals.SignalTableWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark in {@code local[2]} writes the core's table byte for byte and prints the core's {@code theta=... -logL=...}
 * line: every cell of every row, in the same order, on openEBGM's CAERS data (unstratified with the fit,
 * stratified by sex with the vignette's prior), on a 100,000-report file of the shared generator, and on
 * hand-made files with the awkward corners of RFC 4180 and of report-level counting.
 */
class SparkSignalsEqualityTest {

    /** openEBGM vignette's theta for CAERS (as in the signals module's CaersReferenceTest). */
    private static final MixturePrior VIGNETTE_THETA = new MixturePrior(3.25, 0.4, 2.02, 1.9, 0.065);

    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.session(2);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void caersWithTheFittedPriorIsTheCoresTable() throws IOException {
        assertSameAsCore(reference("openebgm_caers/caers.csv"), HyperparameterChoice.fit(), false);
    }

    @Test
    void caersStratifiedBySexIsTheCoresTable() throws IOException {
        assertSameAsCore(reference("openebgm_caers/caers.csv"), HyperparameterChoice.given(VIGNETTE_THETA), true);
    }

    @Test
    void aHundredThousandGeneratedReportsGiveTheCoresTable() throws Exception {
        Path file = Path.of("target/equality/reports-100000.csv");
        if (!Files.exists(file)) {
            assumeTrue(generate(file), "python3 and ../shared/bench/gen_reports.py are needed for this test");
        }
        assertSameAsCore(file, HyperparameterChoice.fit(), false);
    }

    @Test
    void quotedCellsRepeatedRowsEmptyNamesAndUnicodeAreReadAsTheCoreReadsThem() throws IOException {
        Path file = write("awkward.csv", AWKWARD);
        assertSameAsCore(file, HyperparameterChoice.given(VIGNETTE_THETA), false);
        assertSameAsCore(file, HyperparameterChoice.given(VIGNETTE_THETA), true);
    }

    /**
     * Rows ended by CRLF. Known difference: a line break written CRLF inside a quoted cell is read as LF by Spark's
     * CSV parser (univocity normalises it, and Spark does not expose the setting), so this file quotes an LF.
     */
    @Test
    void windowsLineEndingsAreReadAsTheCoreReadsThem() throws IOException {
        Path file =
                write("windows.csv", AWKWARD.replace("\n", "\r\n").replace("NAUSEA\r\nVOMITING", "NAUSEA\nVOMITING"));
        assertSameAsCore(file, HyperparameterChoice.given(VIGNETTE_THETA), true);
    }

    /** RFC 4180's corners, repeated rows, a report whose rows are not together, names that are empty or odd. */
    private static final String AWKWARD = "report_id,product,event,stratum\n"
            + "1,\"ASPIRIN, 100 MG\",HEADACHE,F\n"
            + "1,\"ASPIRIN, 100 MG\",HEADACHE,F\n"
            + "\n"
            + "1,\"say \"\"no\"\"\",\"NAUSEA\nVOMITING\",F\n"
            + "2,\"ASPIRIN, 100 MG\",,M\n"
            + "2,ヒアルロン酸,頭痛,M\n"
            + "3,ヒアルロン酸,頭痛,\n"
            + "3,=SUM(A1),HEADACHE,F\n"
            + "4,a\"b,HEADACHE,M\n"
            + "4, spaced ,HEADACHE,M\n"
            + "5,\"\",\"\",F\n"
            + "1,LATE ROW OF REPORT 1,HEADACHE,M\n";

    @Test
    void aHeaderWithoutRowsGivesTheHeaderAndAnUndefinedPrior() throws IOException {
        assertSameAsCore(write("empty.csv", "report_id,product,event\n"), HyperparameterChoice.fit(), false);
    }

    @Test
    void aRowOfTheWrongWidthIsRefusedAsInput() throws IOException {
        Path file = write("short.csv", "report_id,product,event\n1,A,B\n2,A\n");
        assertThatThrownBy(() -> spark(file, HyperparameterChoice.fit(), false))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("short.csv: expected rows of report_id,product,event");
    }

    @Test
    void aMissingFileIsRefusedAsInput() {
        Path file = dir.resolve("none.csv");
        assertThatThrownBy(() -> spark(file, HyperparameterChoice.fit(), false))
                .isInstanceOf(ReportInputException.class)
                .hasMessageEndingWith("none.csv: no such file");
    }

    @Test
    void aStratifiedRunNeedsTheFourthColumn() throws IOException {
        Path file = write("three.csv", "report_id,product,event\n1,A,B\n");
        assertThatThrownBy(() -> spark(file, HyperparameterChoice.fit(), true))
                .isInstanceOf(ReportInputException.class)
                .hasMessageEndingWith(
                        "three.csv:1: expected a 4th column, stratum, for a stratified analysis, got 3 columns");
    }

    private static void assertSameAsCore(Path file, HyperparameterChoice hyper, boolean stratified) throws IOException {
        ByteArrayOutputStream core = new ByteArrayOutputStream();
        SignalRun run = SignalDetection.run(file, hyper, stratified);
        SignalTableWriter.asReported().write(run.pairs(), core);
        Result spark = spark(file, hyper, stratified);
        assertThat(spark.summary()).isEqualTo(run.summary());
        List<String> expected = core.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> actual = spark.table().lines().toList();
        assertThat(actual).hasSize(expected.size());
        for (int line = 0; line < expected.size(); line++) {
            assertThat(actual.get(line)).as("line %d of %s", line + 1, file).isEqualTo(expected.get(line));
        }
        assertThat(spark.table()).isEqualTo(core.toString(StandardCharsets.UTF_8));
    }

    private record Result(String table, String summary) {}

    private static Result spark(Path file, HyperparameterChoice hyper, boolean stratified) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SparkSignals.Options options = new SparkSignals.Options(null, file.toString(), null, hyper, stratified);
        ExternalCounts.Prior prior = SparkSignals.run(spark, options, out);
        return new Result(out.toString(StandardCharsets.UTF_8), prior.summary());
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static boolean generate(Path file) throws Exception {
        Path generator = reference("../../bench/gen_reports.py");
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Process python;
        try {
            python = new ProcessBuilder(
                            "python3",
                            generator.toString(),
                            "--reports",
                            "100000",
                            "--products",
                            "2000",
                            "--events",
                            "1000",
                            "--seed",
                            "1",
                            "--out",
                            partial.toString())
                    .inheritIO()
                    .start();
        } catch (IOException noPython) {
            return false;
        }
        if (!python.waitFor(5, TimeUnit.MINUTES) || python.exitValue() != 0) {
            python.destroy();
            return false;
        }
        Files.move(partial, file);
        return true;
    }

    /** {@code shared/data/reference/RELATIVE}, found by walking up from the working directory. */
    private static Path reference(String relative) {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path candidate =
                    at.resolve("shared/data/reference").resolve(relative).normalize();
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/reference/" + relative + " not found above "
                + Path.of("").toAbsolutePath());
    }
}
