package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineListingTest {

    @Test
    void plainTextIsWrittenAsItIs() {
        assertThat(LineListing.cell("sepsis")).isEqualTo("sepsis");
        assertThat(LineListing.cell("発熱と悪寒")).isEqualTo("発熱と悪寒");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedPerRfc4180() {
        assertThat(LineListing.cell("fever, chills")).isEqualTo("\"fever, chills\"");
        assertThat(LineListing.cell("the \"miracle\" drip")).isEqualTo("\"the \"\"miracle\"\" drip\"");
        assertThat(LineListing.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(LineListing.cell("=HYPERLINK(\"http://evil\")")).startsWith("\"'=HYPERLINK");
        assertThat(LineListing.cell("+1")).isEqualTo("'+1");
        assertThat(LineListing.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void anEmptyCellStaysEmpty() {
        assertThat(LineListing.cell("")).isEmpty();
    }
}
