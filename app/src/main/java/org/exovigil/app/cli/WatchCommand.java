package org.exovigil.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.exovigil.app.ExovigilApplication;
import org.exovigil.app.watch.WatchedPages;
import org.exovigil.watch.Page;
import org.exovigil.watch.PageFiles;
import org.exovigil.watch.UnreadablePageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        subcommands = WatchCommand.Ingest.class,
        description = "Clinic marketing pages in the database, for the watch dashboard and \"Check a clinic\".")
public final class WatchCommand {

    @Command(
            name = "ingest",
            mixinStandardHelpOptions = true,
            description = "Reads saved pages (as crawl writes them, or any .html/.txt with a 'URL:' first line), "
                    + "extracts their facts, has the rulebook judge each marketing page, and stores them "
                    + "against the same --data/--db as serve. A page already held with the same content is skipped.")
    static final class Ingest implements Callable<Integer> {

        @Parameters(
                arity = "1..*",
                paramLabel = "DIR|FILE",
                description = "Pages, or folders searched for .html and .txt files.")
        List<Path> inputs;

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<Saved> pages = new ArrayList<>();
            for (Path input : inputs) {
                for (Path file : files(input)) {
                    pages.add(read(file));
                }
            }
            Map<WatchedPages.Outcome, Integer> outcomes =
                    ExovigilApplication.withDatabase(database.properties(), WatchedPages.class, watched -> {
                        Map<WatchedPages.Outcome, Integer> counted = new EnumMap<>(WatchedPages.Outcome.class);
                        pages.forEach(saved ->
                                counted.merge(watched.ingest(saved.page(), saved.fetchedAt()), 1, Integer::sum));
                        return counted;
                    });
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%d pages read: %d stored, %d unchanged, %d without an address (give them a 'URL:' first line)%n",
                            pages.size(),
                            outcomes.getOrDefault(WatchedPages.Outcome.STORED, 0),
                            outcomes.getOrDefault(WatchedPages.Outcome.UNCHANGED, 0),
                            outcomes.getOrDefault(WatchedPages.Outcome.NO_ADDRESS, 0));
            return 0;
        }

        private record Saved(Page page, Instant fetchedAt) {}

        private static List<Path> files(Path input) {
            if (!Files.exists(input)) {
                throw CommandFailure.unusable(
                        input + ": no such file or folder; expected saved pages or a folder of them");
            }
            if (!Files.isDirectory(input)) {
                return List.of(input);
            }
            try (Stream<Path> walk = Files.walk(input)) {
                return walk.filter(Files::isRegularFile)
                        .filter(file -> file.toString().matches("(?i).*\\.(html?|txt)$"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw CommandFailure.checkFailed(input + ": cannot read the folder (" + e.getMessage() + ")");
            }
        }

        /** The page, dated by its file's time: the crawler writes each page when it fetches it. */
        private static Saved read(Path file) {
            try {
                return new Saved(
                        PageFiles.read(file, null),
                        Files.getLastModifiedTime(file).toInstant());
            } catch (UnreadablePageException e) {
                throw CommandFailure.unusable(e.getMessage());
            } catch (IOException e) {
                throw CommandFailure.checkFailed(file + ": cannot read the file's time (" + e.getMessage() + ")");
            }
        }
    }
}
