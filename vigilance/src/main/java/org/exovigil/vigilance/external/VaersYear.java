package org.exovigil.vigilance.external;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/**
 * The three CSV files of one VAERS year, as CDC publishes them: {@code yyyyVAERSDATA.csv} (one row per
 * report), {@code yyyyVAERSSYMPTOMS.csv} (up to five MedDRA terms a row, several rows a report) and {@code
 * yyyyVAERSVAX.csv} (one row per vaccine given), joined by VAERS_ID.
 */
public record VaersYear(Path data, Path symptoms, Path vax) {

    public VaersYear {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(symptoms, "symptoms");
        Objects.requireNonNull(vax, "vax");
    }

    /** Finds the three files in {@code directory} by their CDC names (any case). */
    public static VaersYear in(Path directory) {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.sorted().toList();
        } catch (IOException e) {
            throw new ExternalDataException(
                    Problem.of(ProblemCode.UNREADABLE, "could not list %s: %s".formatted(directory, e.getMessage())));
        }
        return new VaersYear(
                find(files, "VAERSDATA.CSV", directory),
                find(files, "VAERSSYMPTOMS.CSV", directory),
                find(files, "VAERSVAX.CSV", directory));
    }

    private static Path find(List<Path> files, String suffix, Path directory) {
        return files.stream()
                .filter(p -> p.getFileName().toString().toUpperCase(Locale.ROOT).endsWith(suffix))
                .findFirst()
                .orElseThrow(() -> new ExternalDataException(Problem.of(
                        ProblemCode.UNREADABLE,
                        "expected a VAERS file yyyy%s under %s, found none".formatted(suffix, directory))));
    }
}
