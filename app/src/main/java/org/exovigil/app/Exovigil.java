package org.exovigil.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.exovigil.app.cli.AdminCommand;
import org.exovigil.app.cli.AuditCommand;
import org.exovigil.app.cli.ClassifyCommand;
import org.exovigil.app.cli.CommandLineErrors;
import org.exovigil.app.cli.CrawlCommand;
import org.exovigil.app.cli.ExportCommand;
import org.exovigil.app.cli.ExtractCommand;
import org.exovigil.app.cli.ImportCommand;
import org.exovigil.app.cli.ServeCommand;
import org.exovigil.app.cli.SignalsCommand;
import org.exovigil.app.cli.SurveyCommand;
import org.exovigil.app.cli.VersionProvider;
import org.exovigil.app.cli.WatchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point behind {@code ./exovigil}. Commands that only compute run here as plain Java;
 * only {@code serve}, {@code admin}, {@code import}, {@code export}, {@code audit} and {@code watch} start Spring and a database.
 */
@Command(
        name = "exovigil",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Open oversight and safety surveillance of exosome and other unproven regenerative interventions.",
        subcommands = {
            ServeCommand.class, ClassifyCommand.class, ExtractCommand.class, SurveyCommand.class,
            CrawlCommand.class, SignalsCommand.class, ImportCommand.class, ExportCommand.class,
            AdminCommand.class, AuditCommand.class, WatchCommand.class, CommandLine.HelpCommand.class
        })
public final class Exovigil implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        var commandLine = new CommandLine(new Exovigil());
        CommandLineErrors.install(commandLine);
        // UTF-8 whatever the platform default, so Japanese or Korean output survives a C locale.
        commandLine.setOut(new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
