package org.exovigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.exovigil.app.Exovigil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line as shared/spec/cli.md fixes it: help everywhere, exit codes, one-line errors. */
class CommandLineTest {

    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        CommandLine commandLine = Exovigil.commandLine();
        var out = new StringWriter();
        var err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void topLevelHelpListsEveryCommandOfTheContract() {
        Run run = run("--help");
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
                "audit verify"
            })
    void everyCommandPrintsItsHelp(String command) {
        var args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        Run run = run(args.toArray(String[]::new));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: exovigil " + command);
    }

    @Test
    void anUnknownCommandIsOneLineAndExitTwo() {
        Run run = run("bogus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("'bogus'").contains("--help");
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        Run run = run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aMissingRequiredOptionNamesIt() {
        Run run = run("signals");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo(
                        "exovigil signals: Missing required option: '--input=FILE.csv' (see 'exovigil signals --help')");
    }

    @Test
    void anUnknownRoleListsTheRoles() {
        Run run = run("admin", "user", "--name", "kenji", "--role", "BOSS");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("REGULATOR, COMMITTEE, PROVIDER, RESEARCHER, ADMIN");
    }

    @Test
    void aDatabaseThatIsNotPostgresIsRefusedBeforeAnythingStarts() {
        Run run = run("admin", "token", "--name", "gateway", "--role", "PROVIDER", "--db", "jdbc:mysql://db/x");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo(
                        "exovigil admin token: --db: expected a PostgreSQL JDBC URL (jdbc:postgresql://...), got \"jdbc:mysql://db/x\"");
    }

    @Test
    void aBadDateIsAUsageErrorNamingTheOption() {
        Run run = run("classify", "--date", "18/11", "offering.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--date").contains("18/11");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        Run run = run("serve", "--port", "70000");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("exovigil serve: --port: expected a number from 0 to 65535, got 70000");
    }
}
