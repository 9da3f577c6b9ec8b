package org.exovigil.app.cli;

import java.util.concurrent.Callable;
import org.exovigil.app.ExovigilApplication;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "admin", mixinStandardHelpOptions = true,
        subcommands = {AdminCommand.User.class, AdminCommand.Token.class},
        description = "Accounts for people and machine senders, against the same --data/--db as serve.")
public final class AdminCommand {

    @Command(name = "user", mixinStandardHelpOptions = true,
            description = "Creates a user and prints a one-time link where that person sets a password.")
    static final class User implements Callable<Integer> {

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Login name.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "One of: ${COMPLETION-CANDIDATES}")
        Role role;

        @Option(names = "--base-url", paramLabel = "URL", defaultValue = "http://localhost:8080",
                description = "Address of the running server, for the link (default: ${DEFAULT-VALUE}).")
        String baseUrl;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            String link = ExovigilApplication.withDatabase(database.properties(), context ->
                    context.getBean(Accounts.class).invite(name, role).link(baseUrl));
            System.out.println("Created " + role + " user '" + name + "'. One-time link to set the password (valid 7 days):");
            System.out.println(link);
            return 0;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Creates an API token for a machine sender and prints it once; use it as 'Authorization: Bearer TOKEN'.")
    static final class Token implements Callable<Integer> {

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Who sends with this token.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "One of: ${COMPLETION-CANDIDATES}")
        Role role;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            String token = ExovigilApplication.withDatabase(database.properties(), context ->
                    context.getBean(ApiTokens.class).issue(name, role));
            System.err.println("API token for '" + name + "' (" + role + "); it is shown only this once:");
            System.out.println(token);
            return 0;
        }
    }
}
