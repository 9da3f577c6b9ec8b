package org.exovigil.vigilance.external;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/**
 * Streams the rows of data files through the shape check of their {@link Header}, applying the
 * {@link MalformedRows} policy, telling {@link Progress}, and counting what the {@link ReadSummary}
 * reports. Bytes the charset cannot decode become U+FFFD rather than stop a long import.
 */
final class TableReading {

    static final int KEPT_PROBLEMS = 100;

    private final MalformedRows policy;
    private final Progress progress;
    private final Charset charset;
    final Map<String, Long> rowsRead = new LinkedHashMap<>();
    final List<Problem> problems = new ArrayList<>();
    long skipped;
    long ragged;

    TableReading(MalformedRows policy, Progress progress, Charset charset) {
        this.policy = policy;
        this.progress = progress;
        this.charset = charset;
    }

    /** Each data row of a {@code $}-separated FAERS file. */
    void dollarRows(Path path, Consumer<Header.Row> action) {
        each(path, '$', Set.of(), action);
    }

    /** Each data row of a comma-separated file whose columns {@code freeText} may hold bare commas. */
    void csvRows(Path path, Set<String> freeText, Consumer<Header.Row> action) {
        each(path, ',', freeText, action);
    }

    private void each(Path path, char delimiter, Set<String> freeText, Consumer<Header.Row> action) {
        String file = path.getFileName().toString();
        long count = 0;
        try (RowSource source = open(path, delimiter, file)) {
            String[] names = source.next();
            if (names == null) {
                throw new ExternalDataException(new Problem(
                        ProblemCode.MALFORMED_ROW, file + ":1", "expected a header line, got an empty file"));
            }
            Header header = new Header(file, delimiter, names, freeText);
            String[] fields;
            while ((fields = source.next()) != null) {
                count++;
                try {
                    Header.Row row = header.row(fields, source.line());
                    if (row.ragged()) {
                        ragged++;
                    }
                    action.accept(row);
                } catch (ExternalDataException e) {
                    if (policy == MalformedRows.FAIL || e.problem().code() != ProblemCode.MALFORMED_ROW) {
                        throw e;
                    }
                    skipped++;
                    if (problems.size() < KEPT_PROBLEMS) {
                        problems.add(e.problem());
                    }
                }
                if (count % Progress.EVERY == 0) {
                    progress.rowsRead(file, count);
                }
            }
        } catch (NoSuchFileException e) {
            throw new ExternalDataException(
                    Problem.of(ProblemCode.UNREADABLE, "expected the file " + path + ", found none"));
        } catch (IOException e) {
            throw new ExternalDataException(
                    Problem.of(ProblemCode.UNREADABLE, "could not read %s: %s".formatted(path, e.getMessage())));
        }
        rowsRead.merge(file, count, Long::sum);
        progress.rowsRead(file, count);
    }

    private RowSource open(Path path, char delimiter, String file) throws IOException {
        InputStreamReader reader = new InputStreamReader(
                Files.newInputStream(path),
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
        return delimiter == '$' ? new DollarRows(new BufferedReader(reader, 1 << 16)) : new CsvRows(reader, file);
    }

    /** A malformed-row problem for a cell of {@code row} that is not what its column needs. */
    static ExternalDataException badCell(Header.Row row, String column, String expected) {
        String cell = row.get(column);
        String shown =
                cell == null ? "nothing" : "\"" + (cell.length() > 40 ? cell.substring(0, 37) + "..." : cell) + "\"";
        return new ExternalDataException(new Problem(
                ProblemCode.MALFORMED_ROW,
                row.header().file() + ":" + row.line(),
                "expected %s in %s, got %s".formatted(expected, column.toLowerCase(Locale.ROOT), shown)));
    }
}
