package org.exovigil.app.cli;

/** A failure a command reports as one line, with the exit status of the command-line contract. */
public final class CommandFailure extends RuntimeException {

    private final int exitCode;

    private CommandFailure(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** Usage, or input that cannot be read: exit 2. */
    public static CommandFailure unusable(String message) {
        return new CommandFailure(message, CommandLineErrors.USAGE);
    }

    /** Input that was understood but failed a check: exit 1. */
    public static CommandFailure checkFailed(String message) {
        return new CommandFailure(message, CommandLineErrors.CHECK_FAILED);
    }

    public int exitCode() {
        return exitCode;
    }
}
