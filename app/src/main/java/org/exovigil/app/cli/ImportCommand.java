package org.exovigil.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.exovigil.app.ExovigilApplication;
import org.exovigil.app.reports.E2bExchange;
import org.exovigil.app.reports.FhirExchange;
import org.exovigil.app.reports.Receipt;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.app.signals.ExternalDataSets;
import org.exovigil.app.terminology.MeddraReleases;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.e2b.Acknowledgement.MessageAcknowledgement;
import org.exovigil.vigilance.e2b.E2bReader;
import org.exovigil.vigilance.external.ExternalCase;
import org.exovigil.vigilance.external.ExternalDataException;
import org.exovigil.vigilance.external.FaersQuarter;
import org.exovigil.vigilance.external.FaersReader;
import org.exovigil.vigilance.external.MalformedRows;
import org.exovigil.vigilance.external.Progress;
import org.exovigil.vigilance.external.ReadSummary;
import org.exovigil.vigilance.external.VaersReader;
import org.exovigil.vigilance.external.VaersYear;
import org.exovigil.vigilance.fhir.FhirFormat;
import org.exovigil.vigilance.fhir.FhirReader;
import org.exovigil.vigilance.terminology.MeddraFormatException;
import org.exovigil.vigilance.terminology.MeddraRelease;
import org.exovigil.vigilance.terminology.MeddraReleaseReader;
import org.exovigil.vigilance.terminology.TermChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports into the configured database (the same --data/--db as serve).",
            "e2b: ICH E2B(R3) batch files (a file, or a folder of .xml files); each report goes through the same"
                    + " intake as the API, and the acknowledgement can be written with --ack. A case is the message's"
                    + " sender (N.2.r.2) with its C.1.1, so a follow-up, amendment or nullification in a later file"
                    + " reaches the case of the first.",
            "fhir: FHIR R4 bundles or AdverseEvent resources (a .json/.xml file, or a folder of them).",
            "faers: an FDA FAERS quarterly ASCII extract (the unpacked folder); vaers: a VAERS year (the folder"
                    + " of yyyyVAERSDATA/SYMPTOMS/VAX.csv). Both become a public data set for the signals page,"
                    + " replacing an earlier import of the same label.",
            "meddra: a licensed MedDRA ASCII release (the folder of llt.asc, pt.asc, ..., mdhier.asc and"
                    + " meddra_release.asc; with MedDRA/J's llt_j.asc and pt_j.asc and the SMQ files when there)."
                    + " Versions live side by side; the same version again replaces it whole; a newer one records the"
                    + " LLTs it moved, made non-current or removed, and the cases coded to them are listed for review."
        })
public final class ImportCommand implements Callable<Integer> {

    enum Format {
        e2b,
        fhir,
        faers,
        vaers,
        meddra
    }

    /** Problems that mean the file is not FHIR at all, rather than a case that failed a check. */
    private static final java.util.Set<ProblemCode> UNREADABLE_FHIR = java.util.EnumSet.of(
            ProblemCode.NOT_JSON,
            ProblemCode.NOT_XML,
            ProblemCode.XML_DECLARATION_REFUSED,
            ProblemCode.TOO_LARGE,
            ProblemCode.NOT_A_FHIR_CASE);

    private static final Pattern FAERS_QUARTER = Pattern.compile("DEMO(\\d\\d)Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern VAERS_YEAR = Pattern.compile("(\\d{4})VAERSDATA", Pattern.CASE_INSENSITIVE);

    @Parameters(index = "0", paramLabel = "FORMAT", description = "One of: ${COMPLETION-CANDIDATES}")
    Format format;

    @Parameters(index = "1", paramLabel = "PATH", description = "The file or folder to import.")
    Path path;

    @Option(
            names = "--ack",
            paramLabel = "DIR",
            description = "e2b: write each batch's acknowledgement (MCCI_IN200101UV01; ichicsrack for an R2 file)"
                    + " here as NAME.ack.xml.")
    Path ackDirectory;

    @Option(
            names = "--label",
            paramLabel = "LABEL",
            description = "faers/vaers: the data set's name (default: the quarter or year, e.g. 2022Q4, 2017).")
    String label;

    @Option(
            names = "--skip-malformed",
            description = "faers/vaers: leave out rows that do not fit their file's header (counted and reported)"
                    + " instead of stopping at the first.")
    boolean skipMalformed;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.exists(path)) {
            throw CommandFailure.unusable(path + ": no such file or folder");
        }
        return switch (format) {
            case e2b -> importE2b();
            case fhir -> importFhir();
            case faers -> importFaers();
            case vaers -> importVaers();
            case meddra -> importMeddra();
        };
    }

    private int importE2b() {
        List<Path> files = files(List.of(".xml"));
        for (Path file : files) {
            if (size(file) > E2bReader.DEFAULT_SIZE_LIMIT) {
                throw CommandFailure.unusable("%s: expected an E2B batch of at most %d bytes, got %d"
                        .formatted(file, E2bReader.DEFAULT_SIZE_LIMIT, size(file)));
            }
        }
        List<E2bExchange.Received> received = ExovigilApplication.withDatabase(
                database.properties(),
                E2bExchange.class,
                exchange -> files.stream()
                        .map(file -> exchange.receive(
                                bytes(file),
                                (batch, message) -> SenderPrincipal.importedMessage(
                                        message.senderId(),
                                        batch.senderId(),
                                        file.getFileName().toString())))
                        .toList());
        int status = 0;
        for (int i = 0; i < files.size(); i++) {
            status = Math.max(status, report(files.get(i), received.get(i)));
        }
        return status;
    }

    /** Prints what came of one batch and returns its exit status: 2 unreadable, 1 some refused, 0 all stored. */
    private int report(Path file, E2bExchange.Received received) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        writeAck(file, received.acknowledgementXml());
        if (!received.readable()) {
            err.printf(
                    "%s: not read, nothing stored: %s%n",
                    file, received.acknowledgement().text());
            return CommandLineErrors.USAGE;
        }
        List<String> references = received.receipts().stream()
                .map(r -> r.replay() ? r.reference() + " already held" : r.reference())
                .toList();
        out.printf(
                "%s: %s, %d reports stored%s%n",
                file,
                received.acknowledgement().code(),
                references.size(),
                references.isEmpty() ? "" : " (" + String.join(", ", references) + ")");
        for (MessageAcknowledgement refused : received.rejected()) {
            err.printf("%s: message %s not stored: %s%n", file, refused.messageId(), refused.text());
        }
        return received.rejected().isEmpty() ? 0 : CommandLineErrors.CHECK_FAILED;
    }

    private int importFhir() {
        List<Path> files = files(List.of(".json", ".xml"));
        List<FhirExchange.Created> created = ExovigilApplication.withDatabase(
                database.properties(),
                FhirExchange.class,
                exchange -> files.stream()
                        .map(file -> exchange.receive(
                                text(file),
                                file.toString().toLowerCase(Locale.ROOT).endsWith(".xml")
                                        ? FhirFormat.XML
                                        : FhirFormat.JSON,
                                SenderPrincipal.importedFile(file.getFileName().toString())))
                        .toList());
        int status = 0;
        for (int i = 0; i < files.size(); i++) {
            status = Math.max(status, report(files.get(i), created.get(i)));
        }
        return status;
    }

    /**
     * Prints what came of one FHIR file and returns its exit status: 2 when it is not FHIR at all, 1 when
     * a case in it failed a check (then none of its cases is stored), 0 when all were stored.
     */
    private int report(Path file, FhirExchange.Created created) {
        if (!created.problems().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            created.problems().forEach(problem -> err.printf("%s: nothing stored: %s%n", file, problem));
            boolean unreadable = created.problems().stream().anyMatch(p -> UNREADABLE_FHIR.contains(p.code()));
            return unreadable ? CommandLineErrors.USAGE : CommandLineErrors.CHECK_FAILED;
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "%s: %d reports stored (%s)%n",
                        file,
                        created.receipts().size(),
                        String.join(
                                ", ",
                                created.receipts().stream()
                                        .map(Receipt::reference)
                                        .toList()));
        created.notes().forEach(note -> spec.commandLine().getErr().printf("%s: note: %s%n", file, note));
        return 0;
    }

    private int importFaers() {
        FaersQuarter quarter = external(() -> FaersQuarter.in(path));
        String name = label != null ? label : faersLabel(quarter.demo());
        return importExternal(
                "FAERS",
                name,
                sink -> FaersReader.of(quarter)
                        .onMalformedRows(malformedRows())
                        .withProgress(progress())
                        .read(sink));
    }

    private int importVaers() {
        VaersYear year = external(() -> VaersYear.in(path));
        String name = label != null ? label : vaersLabel(year.data());
        return importExternal(
                "VAERS",
                name,
                sink -> VaersReader.of(year)
                        .onMalformedRows(malformedRows())
                        .withProgress(progress())
                        .read(sink));
    }

    private int importExternal(String source, String name, Function<Consumer<ExternalCase>, ReadSummary> reading) {
        ExternalDataSets.Imported imported = external(() -> ExovigilApplication.withDatabase(
                database.properties(),
                ExternalDataSets.class,
                sets -> sets.store(source, name, path.toAbsolutePath().toString(), "cli-import", reading)));
        ReadSummary summary = imported.summary();
        spec.commandLine()
                .getOut()
                .printf(
                        "%s: %d cases (%d serious), %d product-event rows; left out: %d superseded versions, %d deleted"
                                + " cases, %d malformed rows. Signals: /research/signals?dataset=%d%n",
                        imported.dataSet().title(),
                        imported.dataSet().cases(),
                        imported.dataSet().seriousCases(),
                        imported.signalRows(),
                        summary.supersededVersions(),
                        summary.deletedCases(),
                        summary.skippedRows(),
                        imported.dataSet().id());
        summary.problems().forEach(problem -> spec.commandLine().getErr().println("skipped: " + problem));
        return 0;
    }

    /**
     * Reads the release before the database starts (a broken one fails at once, exit 2, naming file and
     * line), then stores it. Standard error shows each step; standard output says what was stored.
     */
    private int importMeddra() {
        if (!Files.isDirectory(path)) {
            throw CommandFailure.unusable(
                    path + ": expected the folder of a MedDRA ASCII release (llt.asc, pt.asc, ...)");
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("%s: reading the MedDRA release%n", path);
        err.flush();
        MeddraRelease release;
        try {
            release = MeddraReleaseReader.read(path);
        } catch (MeddraFormatException e) {
            throw CommandFailure.unusable(path + ": not read, nothing stored: " + e.getMessage());
        }
        err.printf("%s: read %s; storing%n", path, release);
        err.flush();
        MeddraReleases.Loaded loaded = ExovigilApplication.withDatabase(
                database.properties(),
                MeddraReleases.class,
                releases -> releases.store(
                        release, path.toAbsolutePath().normalize().toString(), "cli-import"));
        MeddraReleases.LoadedRelease stored = loaded.release();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "MedDRA %s (%s): %d LLTs, %d PTs, %d SMQs stored%s%n",
                stored.version(),
                String.join(", ", stored.languages()),
                stored.lowLevelTerms(),
                stored.preferredTerms(),
                stored.smqs(),
                loaded.replaced() ? ", replacing the earlier copy of this version" : "");
        if (loaded.comparedWith() != null) {
            Map<TermChange.Kind, Long> kinds = loaded.changes().stream()
                    .collect(Collectors.groupingBy(
                            TermChange::kind, () -> new EnumMap<>(TermChange.Kind.class), Collectors.counting()));
            out.printf(
                    "Upgrade from %s: %d LLTs moved to another PT, %d made non-current, %d removed; the cases coded to them are listed for review on /regulator/coding%n",
                    loaded.comparedWith(),
                    kinds.getOrDefault(TermChange.Kind.MOVED, 0L),
                    kinds.getOrDefault(TermChange.Kind.NON_CURRENT, 0L),
                    kinds.getOrDefault(TermChange.Kind.REMOVED, 0L));
        }
        return 0;
    }

    private MalformedRows malformedRows() {
        return skipMalformed ? MalformedRows.SKIP : MalformedRows.FAIL;
    }

    /** Long imports show they are moving: a line on standard error every 100,000 rows of a file. */
    private Progress progress() {
        PrintWriter err = spec.commandLine().getErr();
        return (file, rows) -> {
            err.printf("%s: %,d rows read%n", file, rows);
            err.flush();
        };
    }

    /** A public data set's file that cannot be read is unusable input (exit 2), named by the core's problem. */
    private static <T> T external(Supplier<T> step) {
        try {
            return step.get();
        } catch (ExternalDataException e) {
            throw CommandFailure.unusable(e.problem().toString());
        }
    }

    static String faersLabel(Path demo) {
        Matcher m = FAERS_QUARTER.matcher(demo.getFileName().toString());
        return m.find()
                ? "20" + m.group(1) + "Q" + m.group(2)
                : demo.getFileName().toString();
    }

    static String vaersLabel(Path data) {
        Matcher m = VAERS_YEAR.matcher(data.getFileName().toString());
        return m.find() ? m.group(1) : data.getFileName().toString();
    }

    /** The file itself, or the files of a folder with one of these endings, in name order. */
    private List<Path> files(List<String> endings) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listed = Files.list(path)) {
            List<Path> found = listed.filter(Files::isRegularFile)
                    .filter(p -> endings.stream()
                            .anyMatch(ending -> p.getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .endsWith(ending)))
                    .sorted()
                    .toList();
            if (found.isEmpty()) {
                throw CommandFailure.unusable(
                        path + ": expected " + String.join(" or ", endings) + " files in this folder, found none");
            }
            return found;
        } catch (IOException e) {
            throw CommandFailure.unusable(path + ": could not list the folder: " + e.getMessage());
        }
    }

    private void writeAck(Path file, byte[] ack) {
        if (ackDirectory == null) {
            return;
        }
        String name = file.getFileName().toString().replaceFirst("(?i)\\.xml$", "") + ".ack.xml";
        try {
            Files.createDirectories(ackDirectory);
            Files.write(ackDirectory.resolve(name), ack);
        } catch (IOException e) {
            throw CommandFailure.unusable(ackDirectory + ": could not write " + name + ": " + e.getMessage());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw CommandFailure.unusable(file + ": could not read: " + e.getMessage());
        }
    }

    private static String text(Path file) {
        if (size(file) > FhirReader.DEFAULT_SIZE_LIMIT) {
            throw CommandFailure.unusable("%s: expected FHIR of at most %d bytes, got %d"
                    .formatted(file, FhirReader.DEFAULT_SIZE_LIMIT, size(file)));
        }
        return new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw CommandFailure.unusable(file + ": could not read: " + e.getMessage());
        }
    }
}
