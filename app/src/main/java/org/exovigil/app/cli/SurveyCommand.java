package org.exovigil.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.exovigil.watch.PageExtractor;
import org.exovigil.watch.PageFacts;
import org.exovigil.watch.PageFiles;
import org.exovigil.watch.Survey;
import org.exovigil.watch.UnreadablePageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "survey",
        mixinStandardHelpOptions = true,
        description =
                "Extracts every page and writes the survey tables of shared/spec/extract.md as CSV, with a summary on standard output.")
public final class SurveyCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Folders of saved pages, or single pages.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the CSV tables go.")
    Path out;

    @Override
    public Integer call() {
        var extractor = new PageExtractor();
        var facts = new ArrayList<PageFacts>();
        for (Path file : pageFiles()) {
            try {
                facts.add(extractor.extract(PageFiles.read(file, null)));
            } catch (UnreadablePageException e) {
                throw CommandFailure.unusable(e.getMessage());
            }
        }
        Survey survey = Survey.of(facts, Map.of());
        Path target = out != null ? out : Path.of("survey");
        try {
            survey.writeTo(target);
        } catch (IOException e) {
            throw CommandFailure.unusable(
                    target + ": cannot write the tables (" + e.getClass().getSimpleName() + ")");
        }
        var stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        stdout.print(survey.summary());
        stdout.println("\nTables written to " + target);
        return 0;
    }

    /** The inputs, with folders walked for saved pages (.html, .htm, .txt), in a stable order. */
    private List<Path> pageFiles() {
        var files = new ArrayList<Path>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(SurveyCommand::isPage)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw CommandFailure.unusable(
                            input + ": cannot read the folder (" + e.getClass().getSimpleName() + ")");
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt"));
    }
}
