package org.exovigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.exovigil.app.ExovigilApplication;
import org.exovigil.app.ExovigilCommand;
import org.exovigil.app.TestDatabase;
import org.exovigil.app.mail.Outbox;
import org.exovigil.app.mail.OutboxLetter;
import org.junit.jupiter.api.Test;

/**
 * {@code ./exovigil admin} against an embedded PostgreSQL of its own: each call starts the database,
 * works and stops it, so the second call proves that data survives a restart.
 */
class AdminCommandIT {

    private final Path data = TestDatabase.freshDataDirectory();

    @Test
    void aUserCreatedBeforeARestartIsStillThereAfterIt() {
        ExovigilCommand first = ExovigilCommand.run(
                "admin",
                "user",
                "--data",
                data.toString(),
                "--name",
                "hana",
                "--role",
                "REGULATOR",
                "--base-url",
                "https://exovigil.example.org/");
        assertThat(first.exitCode()).as(first.err()).isZero();

        ExovigilCommand second =
                ExovigilCommand.run("admin", "user", "--data", data.toString(), "--name", "hana", "--role", "PROVIDER");

        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err().strip())
                .isEqualTo("exovigil admin user: name: an account called 'hana' exists already");
    }

    @Test
    void aUserGivenAnAddressHasTheInvitationLetterQueuedInTheirLanguage() {
        ExovigilCommand run = ExovigilCommand.run(
                "admin",
                "user",
                "--data",
                data.toString(),
                "--name",
                "sora",
                "--role",
                "REGULATOR",
                "--email",
                "sora@example.jp",
                "--language",
                "ja",
                "--base-url",
                "https://exovigil.example.org");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("queued by e-mail");
        var database = new DatabaseOptions();
        database.data = data;
        List<OutboxLetter> letters =
                ExovigilApplication.withDatabase(database.properties(), Outbox.class, outbox -> outbox.recent(10));
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.kind()).isEqualTo("invitation");
            assertThat(letter.recipient()).isEqualTo("sora@example.jp");
            assertThat(letter.language()).isEqualTo("ja");
            assertThat(letter.subject()).isEqualTo("Exovigil：アカウント「sora」のご案内");
        });
    }

    @Test
    void aUserGivenSomethingThatIsNotAnAddressIsRefusedAndNotMade() {
        ExovigilCommand run = ExovigilCommand.run(
                "admin",
                "user",
                "--data",
                data.toString(),
                "--name",
                "riku",
                "--role",
                "REGULATOR",
                "--email",
                "riku at example");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("riku at example");
        ExovigilCommand again = ExovigilCommand.run(
                "admin", "user", "--data", data.toString(), "--name", "riku", "--role", "REGULATOR");
        assertThat(again.exitCode()).as(again.err()).isZero();
    }

    @Test
    void anExistingClinicAccountIsLinkedByNameAndAMissingProviderIsNamed() {
        ExovigilCommand.run("admin", "user", "--data", data.toString(), "--name", "kaito", "--role", "PROVIDER");

        ExovigilCommand run =
                ExovigilCommand.run("admin", "link", "--data", data.toString(), "--name", "kaito", "--provider", "77");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("exovigil admin link: no provider with id 77 (see the register)");
    }

    @Test
    void aTokenIsPrintedOnceWithItsPrefix() {
        ExovigilCommand run = ExovigilCommand.run(
                "admin", "token", "--data", data.toString(), "--name", "gateway", "--role", "PROVIDER");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).matches("exo_[A-Za-z0-9_-]{43}");
        assertThat(run.err()).contains("shown only this once");
    }

    @Test
    void theInvitationLinkUsesTheGivenAddress() {
        ExovigilCommand run = ExovigilCommand.run(
                "admin",
                "user",
                "--data",
                data.toString(),
                "--name",
                "ines",
                "--role",
                "RESEARCHER",
                "--base-url",
                "https://exovigil.example.org/");

        assertThat(run.out().strip()).matches("https://exovigil\\.example\\.org/setup/[A-Za-z0-9_-]{43}");
    }

    @Test
    void withoutAnAddressTheLinkNamesWhereServeLastRanFromThisDataFolder() throws java.io.IOException {
        java.nio.file.Files.createDirectories(data);
        // What serve writes when it starts on port 9123.
        java.nio.file.Files.writeString(data.resolve("served-at"), "http://localhost:9123\n");

        ExovigilCommand run = ExovigilCommand.run(
                "admin", "user", "--data", data.toString(), "--name", "kai", "--role", "RESEARCHER");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).matches("http://localhost:9123/setup/[A-Za-z0-9_-]{43}");
    }

    @Test
    void theAuditLogRecordsTheAccountAndVerifies() {
        ExovigilCommand.run("admin", "user", "--data", data.toString(), "--name", "jun", "--role", "COMMITTEE");

        ExovigilCommand run = ExovigilCommand.run("audit", "verify", "--data", data.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .matches(
                        "audit log intact: 1 event, last hash [0-9a-f]{64}\\R"
                                + "keyed from event 1\\R"
                                + "last anchor: event 1 at \\S+; events after it are vouched for by their keyed hashes only\\R");
    }
}
