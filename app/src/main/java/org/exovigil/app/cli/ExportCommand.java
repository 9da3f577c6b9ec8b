package org.exovigil.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.exovigil.app.ExovigilApplication;
import org.exovigil.app.reports.E2bExchange;
import org.exovigil.app.reports.E2bExport;
import org.exovigil.app.reports.FhirExchange;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.e2b.ExportProfile;
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
            "e2b: one ICH E2B(R3) batch (MCCI_IN200100UV01) for the receiver of --profile, every message checked"
                    + " against the profile's rules first; a case that breaks them refuses the export (exit 1,"
                    + " nothing written) unless --skip-invalid. fhir: one FHIR R4 Bundle (JSON)."
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
            description = "e2b: the receiver's identifier in the batch header (N.1.4); default the profile's"
                    + " (ich UNKNOWN, fda ZZFDA or, when every message goes to an IND receiver, ZZFDA_PREMKT,"
                    + " ema EVHUMAN, pmda PMDA).")
    String receiver;

    @Option(
            names = "--message-receiver",
            paramLabel = "ID",
            description = "e2b: the receiver of every message (N.2.r.3), e.g. CDER, CBER, CDER_IND, CBER_IND or"
                    + " CDER_IND_EXEMPT_BA_BE for fda; default each message's own: for fda the centre and pathway"
                    + " FDA's rules give the case (the centre it came in under, else CBER; an IND or pre-ANDA number"
                    + " makes it premarket), for the others N.1.4.")
    String messageReceiver;

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            defaultValue = "ich",
            description = "e2b: whom the batch is for, with its regional elements and rules: ich (the ICH IG alone,"
                    + " no regional element; the default), fda, ema or pmda.")
    String profile;

    @Option(
            names = "--skip-invalid",
            description = "e2b: leave out the cases that break the profile's rules (each named on standard error)"
                    + " instead of refusing the export.")
    boolean skipInvalid;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        byte[] exported = switch (format) {
            case e2b -> e2b();
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

    private byte[] e2b() {
        ExportProfile chosen = ExportProfile.named(profile)
                .orElseThrow(() -> CommandFailure.unusable(
                        "--profile: expected one of ich, fda, ema, pmda, got \"%s\"".formatted(profile)));
        E2bExport export = ExovigilApplication.withDatabase(
                database.properties(),
                E2bExchange.class,
                exchange -> exchange.exportAll(chosen, receiver, messageReceiver, skipInvalid, "cli-export"));
        return switch (export) {
            case E2bExport.Refused refused -> throw CommandFailure.checkFailed(refused.message());
            case E2bExport.Written written -> {
                if (!written.leftOut().isEmpty()) {
                    spec.commandLine()
                            .getErr()
                            .printf(
                                    "%d cases left out, breaking profile %s (%s): %s%n",
                                    written.leftOut().size(),
                                    profile,
                                    ProblemCode.BREAKS_EXPORT_PROFILE.id(),
                                    written.leftOut().stream()
                                            .map(E2bExport.CaseFindings::toString)
                                            .collect(Collectors.joining("; ")));
                }
                yield written.xml();
            }
        };
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
