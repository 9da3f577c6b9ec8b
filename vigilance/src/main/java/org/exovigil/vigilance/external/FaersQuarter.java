package org.exovigil.vigilance.external;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/**
 * The files of one FAERS quarterly data extract (QDE) in ASCII, as FDA's zip unpacks them: {@code
 * ASCII/DEMOyyQq.txt}, {@code DRUG}, {@code REAC}, {@code OUTC} (and RPSR, THER, INDI, which the
 * compact case does not need) and, since 2014, {@code Deleted/DELETEyyQq.txt}, the case ids FDA withdrew.
 *
 * @param demo   DEMO: one row per case version (primaryid, caseid, caseversion, dates, age, sex, country)
 * @param drug   DRUG: products by primaryid, with role_cod, drugname, prod_ai
 * @param reac   REAC: MedDRA preferred terms by primaryid
 * @param outc   OUTC: outcome codes by primaryid; null when the extract has none
 * @param delete DELETE: case ids to drop, one a line; null when the extract has none
 */
public record FaersQuarter(Path demo, Path drug, Path reac, Path outc, Path delete) {

    public FaersQuarter {
        Objects.requireNonNull(demo, "demo");
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(reac, "reac");
    }

    /** Finds the files under {@code directory} by their FDA names (any case, any depth up to 3). */
    public static FaersQuarter in(Path directory) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory, 3)) {
            files = walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new ExternalDataException(
                    Problem.of(ProblemCode.UNREADABLE, "could not list %s: %s".formatted(directory, e.getMessage())));
        }
        return new FaersQuarter(
                required(files, "DEMO", directory),
                required(files, "DRUG", directory),
                required(files, "REAC", directory),
                find(files, "OUTC").orElse(null),
                find(files, "DELETE").orElse(null));
    }

    private static Path required(List<Path> files, String prefix, Path directory) {
        return find(files, prefix)
                .orElseThrow(() -> new ExternalDataException(Problem.of(
                        ProblemCode.UNREADABLE,
                        "expected a FAERS %s file (%syyQq.txt) under %s, found none"
                                .formatted(prefix, prefix, directory))));
    }

    private static Optional<Path> find(List<Path> files, String prefix) {
        return files.stream()
                .filter(p -> {
                    String name = p.getFileName().toString().toUpperCase(Locale.ROOT);
                    return name.startsWith(prefix) && name.endsWith(".TXT");
                })
                .sorted()
                .findFirst();
    }
}
