package org.exovigil.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.exovigil.app.ExovigilApplication;
import org.exovigil.app.ServedAddress;
import org.exovigil.app.refusals.RefusalText;
import org.exovigil.app.registry.ProviderStaff;
import org.exovigil.app.security.AccountRefused;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        subcommands = {AdminCommand.User.class, AdminCommand.Link.class, AdminCommand.Token.class},
        description = "Accounts for people and machine senders, against the same --data/--db as serve.")
public final class AdminCommand {

    /**
     * Makes the account and returns its setup link; with an address, the invitation letter of the administration page
     * is queued in the outbox in {@code language}, and leaves when {@code serve} runs with an SMTP server.
     */
    static String invite(
            DatabaseOptions database,
            String name,
            Role role,
            Long provider,
            String email,
            Locale language,
            String baseUrl) {
        try {
            if (provider != null) {
                return ExovigilApplication.withDatabase(
                        database.properties(),
                        ProviderStaff.class,
                        staff -> staff.invite(name, role, provider, email, language, baseUrl)
                                .link(baseUrl));
            }
            return ExovigilApplication.withDatabase(
                    database.properties(),
                    Accounts.class,
                    accounts -> accounts.invite(name, role, email, language, baseUrl)
                            .link(baseUrl));
        } catch (AccountRefused refused) {
            throw refused(refused);
        }
    }

    /** Links an existing account to a provider; answers with the provider's name. */
    static String link(DatabaseOptions database, String name, long provider) {
        try {
            return ExovigilApplication.withDatabase(
                    database.properties(),
                    ProviderStaff.class,
                    staff -> staff.linkExisting(name, provider, "command line (admin link)")
                            .name());
        } catch (AccountRefused refused) {
            throw refused(refused);
        }
    }

    static String issue(DatabaseOptions database, String name, Role role, Long provider) {
        try {
            if (provider != null) {
                return ExovigilApplication.withDatabase(
                        database.properties(), ProviderStaff.class, staff -> staff.issueToken(name, role, provider));
            }
            return ExovigilApplication.withDatabase(
                    database.properties(), ApiTokens.class, tokens -> tokens.issue(name, role));
        } catch (AccountRefused refused) {
            throw refused(refused);
        }
    }

    /** The refusal's English text, as the command line has always written it, without its code. */
    private static CommandFailure refused(AccountRefused refused) {
        return CommandFailure.checkFailed(RefusalText.fromMessageFiles().message(refused.refusal(), Locale.ENGLISH));
    }

    @Command(
            name = "user",
            mixinStandardHelpOptions = true,
            description = "Creates a user and prints a one-time link where that person sets a password.")
    static final class User implements Callable<Integer> {

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Login name.")
        String name;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description = "One of: ${COMPLETION-CANDIDATES}")
        Role role;

        @Option(
                names = "--provider",
                paramLabel = "ID",
                description =
                        "The provider (register id) this person acts for; their cases appear under /provider/cases.")
        Long provider;

        @Option(
                names = "--base-url",
                paramLabel = "URL",
                description =
                        "Address of the server, for the link (default: where serve last ran from this --data, else http://localhost:8080).")
        String baseUrl;

        @Option(
                names = "--email",
                paramLabel = "ADDRESS",
                description =
                        "The person's e-mail address: the link is also sent there, as the administration page does.")
        String email;

        @Option(
                names = "--language",
                paramLabel = "LANG",
                defaultValue = "en",
                description = "Language of the letters: en or ja (default: ${DEFAULT-VALUE}).")
        String language;

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String link = invite(
                    database,
                    name,
                    role,
                    provider,
                    email,
                    Locale.forLanguageTag(language),
                    baseUrl != null
                            ? baseUrl
                            : ServedAddress.lastServedFrom(database.data).orElse("http://localhost:8080"));
            spec.commandLine()
                    .getErr()
                    .println("Created " + role + " user '" + name
                            + "'. One-time link to set the password (valid 7 days):");
            spec.commandLine().getOut().println(link);
            if (email != null && !email.isBlank()) {
                spec.commandLine()
                        .getErr()
                        .println("The link is also queued by e-mail; it leaves when serve runs with an SMTP server.");
            }
            return 0;
        }
    }

    @Command(
            name = "link",
            mixinStandardHelpOptions = true,
            description =
                    "Links an existing clinic account (such as one invited from the administration page) to the provider it acts for.")
    static final class Link implements Callable<Integer> {

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Login name of the account.")
        String name;

        @Option(
                names = "--provider",
                required = true,
                paramLabel = "ID",
                description =
                        "The provider (register id) this person acts for; their cases appear under /provider/cases.")
        long provider;

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String clinic = link(database, name, provider);
            spec.commandLine()
                    .getOut()
                    .println("'" + name + "' now acts for " + clinic + " (register id " + provider + ").");
            return 0;
        }
    }

    @Command(
            name = "token",
            mixinStandardHelpOptions = true,
            description =
                    "Creates an API token for a machine sender and prints it once; use it as 'Authorization: Bearer TOKEN'.")
    static final class Token implements Callable<Integer> {

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Who sends with this token.")
        String name;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description = "One of: ${COMPLETION-CANDIDATES}")
        Role role;

        @Option(
                names = "--provider",
                paramLabel = "ID",
                description = "The provider (register id) this sender reports for.")
        Long provider;

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String token = issue(database, name, role, provider);
            spec.commandLine()
                    .getErr()
                    .println("API token for '" + name + "' (" + role + "); it is shown only this once:");
            spec.commandLine().getOut().println(token);
            return 0;
        }
    }
}
