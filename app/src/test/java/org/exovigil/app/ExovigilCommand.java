package org.exovigil.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code ./exovigil} in-process, as the launcher would, and captures what it prints. */
public record ExovigilCommand(int exitCode, String out, String err) {

    public static ExovigilCommand run(String... args) {
        var commandLine = Exovigil.commandLine();
        var out = new StringWriter();
        var err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new ExovigilCommand(exitCode, out.toString(), err.toString());
    }
}
