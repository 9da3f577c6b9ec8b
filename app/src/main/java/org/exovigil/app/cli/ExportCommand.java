package org.exovigil.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.exovigil.app.ExovigilApplication;
import org.exovigil.app.reports.E2bExchange;
import org.exovigil.app.reports.FhirExchange;
import org.exovigil.vigilance.fhir.FhirFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Exports the current version of every case in the configured database (the same --data/--db as"
                    + " serve), nullified cases included as nullifications.",
            "e2b: one ICH E2B(R3) batch (MCCI_IN200100UV01). fhir: one FHIR R4 Bundle (JSON)."
        })
public final class ExportCommand implements Callable<Integer> {

    enum Format {
        e2b,
        fhir
    }

    @Parameters(index = "0", paramLabel = "FORMAT", description = "One of: ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            defaultValue = "-",
            description = "Where to write (default: standard output).")
    String out;

    @Option(
            names = "--receiver",
            paramLabel = "ID",
            defaultValue = "UNKNOWN",
            description = "e2b: the receiver's identifier in the batch header (N.1.4), e.g. a regulator's E2B id.")
    String receiver;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        byte[] exported =
                switch (format) {
                    case e2b ->
                        ExovigilApplication.withDatabase(
                                database.properties(),
                                E2bExchange.class,
                                exchange -> exchange.exportAll(receiver, "cli-export"));
                    case fhir ->
                        ExovigilApplication.withDatabase(
                                        database.properties(),
                                        FhirExchange.class,
                                        exchange -> exchange.exportAll(FhirFormat.JSON, "cli-export"))
                                .getBytes(StandardCharsets.UTF_8);
                };
        write(exported);
        return 0;
    }

    /** Written to a temporary file beside the target and moved over it, so a failed export leaves no half file. */
    private void write(byte[] exported) {
        try {
            if (out.equals("-")) {
                spec.commandLine().getOut().write(new String(exported, StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
                return;
            }
            Path target = Path.of(out).toAbsolutePath();
            Path partial = Files.createTempFile(target.getParent(), ".export-", ".part");
            Files.write(partial, exported);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw CommandFailure.unusable(out + ": could not write: " + e.getMessage());
        }
    }
}
