package org.exovigil.app.cli;

import picocli.CommandLine;

/**
 * Turns every failure into the one line on standard error that the command-line contract promises
 * ({@code shared/spec/cli.md}): exit 2 for usage or unreadable input, 1 for input that failed a check.
 */
public final class CommandLineErrors {

    public static final int CHECK_FAILED = 1;
    public static final int USAGE = 2;

    private CommandLineErrors() {}

    public static void install(CommandLine commandLine) {
        commandLine.setParameterExceptionHandler(CommandLineErrors::usageError);
        commandLine.setExecutionExceptionHandler(CommandLineErrors::executionError);
    }

    private static int usageError(CommandLine.ParameterException error, String[] args) {
        var command = error.getCommandLine();
        command.getErr()
                .printf(
                        "%s: %s (see '%s --help')%n",
                        command.getCommandSpec().qualifiedName(),
                        error.getMessage(),
                        command.getCommandSpec().qualifiedName());
        return USAGE;
    }

    private static int executionError(Exception error, CommandLine command, CommandLine.ParseResult parseResult) {
        String name = command.getCommandSpec().qualifiedName();
        if (error instanceof CommandFailure failure) {
            command.getErr().printf("%s: %s%n", name, failure.getMessage());
            return failure.exitCode();
        }
        command.getErr().printf("%s: unexpected error: %s%n", name, error);
        return CHECK_FAILED;
    }
}
