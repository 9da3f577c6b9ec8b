package org.exovigil.vigilance.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two row formats: FAERS {@code $} files and RFC 4180 CSV. */
class DelimitedFilesTest {

    private static List<String[]> csv(String text) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (CsvRows in = new CsvRows(new StringReader(text), "t.csv")) {
            String[] row;
            while ((row = in.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void everyFileOfTheFaersExcerptReadsWithItsHeaderToTheLastUnterminatedLine() {
        TableReading files = new TableReading(MalformedRows.FAIL, Progress.NONE, StandardCharsets.UTF_8);
        Path ascii = FaersReaderTest.EXCERPT.resolve("ASCII");

        for (String file : List.of("DEMO", "DRUG", "REAC", "OUTC", "RPSR", "THER", "INDI")) {
            files.dollarRows(ascii.resolve(file + "22Q4.txt"), row -> {});
        }

        // The README's counts: header first, the last line without a line feed.
        assertThat(files.rowsRead.values()).containsExactly(258L, 209L, 974L, 1206L, 386L, 500L, 607L);
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
        List<String[]> rows = csv("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nNA,,\" \"\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly("a", "b", "c");
        assertThat(rows.get(1)).containsExactly("x, y", "say \"hi\"", "two\r\nlines");
        assertThat(rows.get(2)).containsExactly("NA", "", " ");
    }

    @Test
    void aStrayQuoteIsKeptAsACharacter() throws IOException {
        assertThat(csv("5\" lesion,\"a \"b\" c\",d\n").getFirst()).containsExactly("5\" lesion", "a \"b\" c", "d");
    }

    @Test
    void aQuoteThatNeverClosesNamesTheLineItOpenedOn() {
        assertThatThrownBy(() -> csv("a,b\n1,2\n3,\"never\nclosed\n"))
                .isInstanceOf(ExternalDataException.class)
                .hasMessage("EXO-1214: t.csv:3: expected a closing quote for the field opened in this record,"
                        + " got the end of the file");
    }

    @Test
    void aRaggedRowKeepsTheColumnsOutsideItsFreeText() {
        Header header = new Header("d.csv", ',', new String[] {"ID", "NOTE", "AGE"}, Set.of("NOTE"));

        Header.Row row = header.row(new String[] {"7", "fever", " rash", "unseen", "42"}, 2);

        assertThat(row.ragged()).isTrue();
        assertThat(row.get("ID")).isEqualTo("7");
        assertThat(row.get("NOTE")).isNull();
        assertThat(row.get("AGE")).isEqualTo("42");
    }

    @Test
    void aDollarFileMayEndItsLinesWithTheDelimiter() {
        Header header = new Header("x.txt", '$', "a$b$".split("\\$", -1), Set.of());

        assertThat(header.size()).isEqualTo(2);
        assertThat(header.row("1$2$".split("\\$", -1), 2).get("B")).isEqualTo("2");
        assertThatThrownBy(() -> header.row("1$2$3".split("\\$", -1), 3))
                .hasMessage("EXO-1214: x.txt:3: expected 2 fields separated by $ as in the header, got 3");
    }
}
