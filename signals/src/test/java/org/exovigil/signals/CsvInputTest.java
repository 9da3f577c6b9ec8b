package org.exovigil.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input contract: RFC 4180 CSV, every cell a string, report-level counting, clear errors. */
class CsvInputTest {

    private static final HyperparameterChoice THETA = HyperparameterChoice.given(CaersReferenceTest.VIGNETTE_THETA);

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void headerOnlyGivesAnEmptyTable() throws IOException {
        SignalTable table =
                SignalTable.of(csv("empty.csv", "report_id,product,event\n"), HyperparameterChoice.fit(), false);
        assertThat(table.rows()).isEmpty();
        assertThat(table.header()).isEqualTo(SignalTableWriter.HEADER);
        assertThat(table.run().summary()).isEqualTo("theta=NaN,NaN,NaN,NaN,NaN -logL=NaN");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThatThrownBy(() -> ReportCounter.count(csv("none.csv", ""), false))
                .isInstanceOf(SignalInputException.class)
                .hasMessage("none.csv:1: expected a header report_id,product,event[,stratum], got an empty file");
    }

    @Test
    void aShortRowNamesFileLineAndExpectation() {
        String text = "report_id,product,event\n1,A,x\n2,B\n";
        assertThatThrownBy(() -> ReportCounter.count(csv("caers.csv", text), false))
                .isInstanceOf(SignalInputException.class)
                .hasMessage("caers.csv:3: expected 3 columns as in the header, got 2")
                .satisfies(e -> assertThat(((SignalInputException) e).code()).isEqualTo("EXO-4101"));
    }

    @Test
    void aHeaderOfTwoColumnsIsRejected() {
        assertThatThrownBy(() -> ReportCounter.count(csv("bad.csv", "id,product\n1,A\n"), false))
                .hasMessage("bad.csv:1: expected 3 or 4 columns, got 2");
    }

    @Test
    void stratifiedNeedsAFourthColumn() {
        assertThatThrownBy(() -> ReportCounter.count(csv("s.csv", "id,p,e\n1,A,x\n"), true))
                .hasMessage("s.csv:1: expected a 4th column, stratum, for a stratified analysis, got 3 columns");
    }

    @Test
    void anUnclosedQuoteIsReportedAtItsRow() {
        assertThatThrownBy(() -> ReportCounter.count(csv("q.csv", "id,p,e\n1,A,x\n2,\"B,y\n3,C,z\n"), false))
                .hasMessage("q.csv:3: expected a closing quote before the end of the file");
    }

    @Test
    void textAfterAClosingQuoteIsRejected() {
        assertThatThrownBy(() -> ReportCounter.count(csv("q.csv", "id,p,e\n1,\"A\"B,x\n"), false))
                .hasMessage("q.csv:2: expected a comma or the end of the line after a closing quote");
    }

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks() throws IOException {
        String text = "report_id,product,event\n"
                + "1,\"ASPIRIN, 100 MG\",\"say \"\"hi\"\"\"\n"
                + "2,\"multi\nline\",x\n"
                + "3,Z,x\n";
        SignalTable table = SignalTable.of(csv("quoted.csv", text), THETA, false);
        assertThat(table.rows())
                .extracting(r -> r.get("product") + "/" + r.get("event"))
                .containsExactly("ASPIRIN, 100 MG/say \"hi\"", "Z/x", "multi\nline/x");
    }

    @Test
    void unicodeNaAndEmptyNamesAreOrdinaryStrings() throws IOException {
        String text = "\uFEFFreport_id,product,event\r\n"
                + "r1,エクソソーム製剤,敗血症\r\n"
                + "r1,NA,\r\n"
                + "r2,NA,NA\r\n"
                + "r3,Ünïcødé 🧪,敗血症\r\n";
        SignalTable table = SignalTable.of(csv("unicode.csv", text), THETA, false);
        assertThat(table.run().reports()).isEqualTo(3);
        assertThat(table.rows())
                .extracting(r -> r.get("product") + "|" + r.get("event") + "|" + r.get("n"))
                .containsExactly("NA||1", "NA|NA|1", "Ünïcødé 🧪|敗血症|1", "エクソソーム製剤|敗血症|1");
        Map<String, String> na = table.row("NA", "NA");
        assertThat(na.get("n_product")).isEqualTo("2");
    }

    @Test
    void repeatedRowsOfAReportCountOnce() throws IOException {
        String text = "id,p,e\n1,A,x\n1,A,x\n1,A,y\n2,A,x\n2,B,x\n2,B,x\n";
        PairCounts counts = ReportCounter.count(csv("dup.csv", text), false);
        assertThat(CountsView.lines(counts)).containsExactly("A|x|2|2|2|2|2.0", "A|y|1|2|1|2|1.0", "B|x|1|1|2|2|1.0");
    }

    @Test
    void reportsWhoseRowsAreScatteredCountAsIfGrouped() throws IOException {
        String grouped = "id,p,e\n1,A,x\n1,B,y\n2,A,y\n3,A,x\n3,C,x\n";
        String scattered = "id,p,e\n3,C,x\n1,A,x\n2,A,y\n3,A,x\n1,B,y\n1,A,x\n";
        assertThat(CountsView.lines(ReportCounter.count(csv("s.csv", scattered), false)))
                .isEqualTo(CountsView.lines(ReportCounter.count(csv("g.csv", grouped), false)));
    }

    @Test
    void reportsInNoOrderOrBackInALaterSegmentCountOnceEach() throws IOException {
        StringBuilder sorted = new StringBuilder("id,p,e\n");
        StringBuilder descending = new StringBuilder("id,p,e\n");
        StringBuilder overlapping = new StringBuilder("id,p,e\n");
        for (int report = 0; report < 300; report++) {
            sorted.append(row(report));
            descending.append(row(299 - report));
        }
        for (int report = 0; report < 200; report++) {
            overlapping.append(row(report));
        }
        for (int report = 100; report < 300; report++) {
            overlapping.append(row(report));
        }
        List<String> expected = CountsView.lines(ReportCounter.count(csv("sorted.csv", sorted.toString()), false));
        Path backwards = csv("descending.csv", descending.toString());
        Path twice = csv("overlapping.csv", overlapping.toString());
        for (int segments = 1; segments <= 4; segments++) {
            assertThat(CountsView.lines(new ReportCounter(backwards, false, segments, 1).count()))
                    .isEqualTo(expected);
        }
        for (int segments = 1; segments <= 4; segments++) {
            assertThat(CountsView.lines(new ReportCounter(twice, false, segments, 1).count()))
                    .as("reports 100-199 come back after 199, in the same or a later segment")
                    .isEqualTo(expected);
        }
    }

    private static String row(int report) {
        return report + ",P" + report % 7 + ",E" + report % 5 + "\n";
    }

    @Test
    void segmentsOnSeveralThreadsGiveTheSameCounts() throws IOException {
        StringBuilder text = new StringBuilder("id,p,e,s\n");
        for (int report = 0; report < 400; report++) {
            for (int row = 0; row <= report % 4; row++) {
                text.append(report)
                        .append(",\"P")
                        .append(report % 7)
                        .append(row == 2 ? ",\n" : "")
                        .append("\",E")
                        .append((report + row) % 5)
                        .append(',')
                        .append(report % 3 == 0 ? "F" : "M")
                        .append('\n');
            }
        }
        Path file = csv("many.csv", text.toString());
        for (boolean stratified : new boolean[] {false, true}) {
            PairCounts single = new ReportCounter(file, stratified, 1, 1).count();
            for (int segments = 2; segments <= 7; segments++) {
                assertThat(CountsView.lines(new ReportCounter(file, stratified, segments, 1).count()))
                        .isEqualTo(CountsView.lines(single));
            }
        }
    }

    @Test
    void anErrorFoundByALaterSegmentCarriesItsExactLine() throws IOException {
        StringBuilder text = new StringBuilder("id,p,e\n");
        for (int report = 0; report < 300; report++) {
            text.append(report).append(",P,E\n");
        }
        text.append("300,P\n");
        Path file = Files.write(dir.resolve("late.csv"), text.toString().getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new ReportCounter(file, false, 4, 1).count())
                .hasMessage("late.csv:302: expected 3 columns as in the header, got 2");
    }
}
