package org.exovigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exovigil.app.ExovigilCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as shared/spec/cli.md fixes it: help everywhere, exit codes, one-line errors. */
class CommandLineTest {

    private static ExovigilCommand run(String... args) {
        return ExovigilCommand.run(args);
    }

    @Test
    void topLevelHelpListsEveryCommandOfTheContract() {
        ExovigilCommand run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "serve",
                        "classify",
                        "extract",
                        "survey",
                        "crawl",
                        "signals",
                        "import",
                        "export",
                        "admin",
                        "audit");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "serve",
                "classify",
                "extract",
                "survey",
                "crawl",
                "signals",
                "import",
                "export",
                "admin",
                "admin user",
                "admin token",
                "audit",
                "audit verify",
                "audit anchor",
                "watch",
                "watch ingest"
            })
    void everyCommandPrintsItsHelp(String command) {
        var args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        ExovigilCommand run = run(args.toArray(String[]::new));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: exovigil " + command);
    }

    @Test
    void anUnknownCommandIsOneLineAndExitTwo() {
        ExovigilCommand run = run("bogus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("'bogus'").contains("--help");
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        ExovigilCommand run = run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aMissingRequiredOptionNamesIt() {
        ExovigilCommand run = run("signals");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo(
                        "exovigil signals: Missing required option: '--input=FILE.csv' (see 'exovigil signals --help')");
    }

    @Test
    void anUnknownRoleListsTheRoles() {
        ExovigilCommand run = run("admin", "user", "--name", "kenji", "--role", "BOSS");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("REGULATOR, COMMITTEE, PROVIDER, RESEARCHER, ADMIN");
    }

    @Test
    void aDatabaseThatIsNotPostgresIsRefusedBeforeAnythingStarts() {
        ExovigilCommand run =
                run("admin", "token", "--name", "gateway", "--role", "PROVIDER", "--db", "jdbc:mysql://db/x");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo(
                        "exovigil admin token: --db: expected a PostgreSQL JDBC URL (jdbc:postgresql://...), got \"jdbc:mysql://db/x\"");
    }

    @Test
    void aBadDateIsAUsageErrorNamingTheOption() {
        ExovigilCommand run = run("classify", "--date", "18/11", "offering.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--date").contains("18/11");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        ExovigilCommand run = run("serve", "--port", "70000");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("exovigil serve: --port: expected a number from 0 to 65535, got 70000");
    }

    @Test
    void extractWithSitesWritesOneProfilePerSiteWithThePageOfEachEvidence(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        var home = java.nio.file.Files.writeString(
                dir.resolve("home.txt"),
                "URL: https://www.small-clinic.example/\nWe offer an exosome IV drip. Book your appointment today.\n");
        var about = java.nio.file.Files.writeString(
                dir.resolve("about.txt"), "URL: https://small-clinic.example/about\nOur exosomes are FDA approved.\n");

        ExovigilCommand run = run("extract", "--sites", home.toString(), about.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains(
                                "\"site\":\"small-clinic.example\"",
                                "\"is_marketing\":true",
                                "\"approval_claim\":true",
                                "\"page\":\"https://small-clinic.example/about\""));
    }

    @Test
    void allJurisdictionsAndOneJurisdictionTogetherAreRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        var offering = java.nio.file.Files.writeString(dir.resolve("o.json"), "{\"jurisdiction\":\"US\"}");

        ExovigilCommand run = run("classify", "--all-jurisdictions", "--jurisdiction", "JP", offering.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void classifyAllJurisdictionsWritesFourteenAssessments(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        var offering = java.nio.file.Files.writeString(
                dir.resolve("o.json"),
                "{\"product\":{\"type\":\"exosome\"},\"use\":{\"setting\":\"clinic_commercial\",\"routes\":[\"iv\"]}}");

        ExovigilCommand run = run("classify", "--all-jurisdictions", offering.toString());

        assertThat(run.exitCode()).isZero();
        var assessments =
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out());
        assertThat(assessments.size()).isEqualTo(14);
        assertThat(assessments.findValuesAsString("jurisdiction")).doesNotHaveDuplicates();
    }
}
