package org.exovigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exovigil.app.ExovigilCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./exovigil signals} writes the table of shared/spec/signals.md, with names as the input gave them. */
class SignalsCommandTest {

    private static final String THETA = "3.25379356,0.39988854,2.02612692,1.90807970,0.06534557";

    @TempDir
    Path dir;

    @Test
    void theTableKeepsEveryNameAsReportedEvenOneASpreadsheetWouldRun() throws IOException {
        Path input = Files.writeString(
                dir.resolve("reports.csv"),
                "report_id,product,event\n1,\"=HYPERLINK(\"\"x\"\")\",@rash\n1,\"-Serum, 10 ml\",fever\n2,Serum,fever\n");
        Path output = dir.resolve("signals.csv");

        ExovigilCommand run = ExovigilCommand.run(
                "signals", "--input", input.toString(), "--output", output.toString(), "--hyper", THETA);

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readAllLines(output))
                .hasSize(4)
                .first()
                .isEqualTo("product,event,n,n_product,n_event,n_total,expected,prr,prr_lower,prr_upper,"
                        + "chi2,ror,ror_lower,ror_upper,ic,ic025,ic975,ebgm,eb05,eb95");
        assertThat(Files.readAllLines(output).subList(1, 4))
                .extracting(line -> line.substring(0, line.indexOf(",1,") + 3))
                .containsExactly("\"-Serum, 10 ml\",fever,1,", "\"=HYPERLINK(\"\"x\"\")\",@rash,1,", "Serum,fever,1,");
    }

    @Test
    void anUnreadableInputIsAUsageError() {
        ExovigilCommand run = ExovigilCommand.run(
                "signals", "--input", dir.resolve("none.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("none.csv: no such file");
    }

    @Test
    void anEngineOtherThanCoreOrSparkIsAUsageError() {
        ExovigilCommand run = ExovigilCommand.run(
                "signals", "--input", dir.resolve("none.csv").toString(), "--engine", "duckdb");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--engine: expected core or spark, got duckdb");
    }

    @Test
    void aMasterWithoutTheSparkEngineIsAUsageError() {
        ExovigilCommand run = ExovigilCommand.run(
                "signals", "--input", dir.resolve("none.csv").toString(), "--master", "local[2]");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--master: needs --engine spark");
    }

    /** Spark is never on the app's class path: the engine is a jar of its own, which may not be built. */
    @Test
    void theSparkEngineNotBuiltIsAUsageErrorThatSaysHowToBuildIt() {
        String before = System.getProperty(SignalsCommand.SPARK_ENGINE_PROPERTY);
        System.setProperty(SignalsCommand.SPARK_ENGINE_PROPERTY, dir.toString());
        try {
            ExovigilCommand run = ExovigilCommand.run(
                    "signals", "--input", dir.resolve("none.csv").toString(), "--engine", "spark");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err())
                    .contains("exovigil-signals-spark.jar is not built; build it with ./mvnw -DskipTests package");
        } finally {
            if (before == null) {
                System.clearProperty(SignalsCommand.SPARK_ENGINE_PROPERTY);
            } else {
                System.setProperty(SignalsCommand.SPARK_ENGINE_PROPERTY, before);
            }
        }
    }

    @Test
    void sparkIsNotOnTheAppsClassPath() {
        assertThat(getClass().getClassLoader().getResource("org/apache/spark/sql/SparkSession.class"))
                .isNull();
    }
}
