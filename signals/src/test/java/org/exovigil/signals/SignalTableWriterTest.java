package org.exovigil.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract's table keeps names as reported; a table for spreadsheets neutralises formulas. Both quote
 * per RFC 4180.
 */
class SignalTableWriterTest {

    private static final PairStatistics FORMULA = new PairStatistics(
            "=HYPERLINK(\"https://evil.example\")",
            "-rash, itchy",
            3,
            4,
            5,
            100,
            0.2,
            Double.POSITIVE_INFINITY,
            Double.NaN,
            Double.NEGATIVE_INFINITY,
            1.5,
            2,
            1,
            4,
            0.5,
            -0.25,
            1.25,
            2.5,
            1.5,
            3.5);

    @Test
    void theContractsTableWritesNamesAsReported() throws IOException {
        assertThat(written(SignalTableWriter.asReported()))
                .isEqualTo(SignalTableWriter.HEADER + "\n"
                        + "\"=HYPERLINK(\"\"https://evil.example\"\")\",\"-rash, itchy\",3,4,5,100,"
                        + "0.2,Inf,NaN,-Inf,1.5,2.0,1.0,4.0,0.5,-0.25,1.25,2.5,1.5,3.5\n");
    }

    @Test
    void aTableForSpreadsheetsNeutralisesFormulas() throws IOException {
        assertThat(written(SignalTableWriter.forSpreadsheets()))
                .isEqualTo(SignalTableWriter.HEADER + "\n"
                        + "\"'=HYPERLINK(\"\"https://evil.example\"\")\",\"'-rash, itchy\",3,4,5,100,"
                        + "0.2,Inf,NaN,-Inf,1.5,2.0,1.0,4.0,0.5,-0.25,1.25,2.5,1.5,3.5\n");
    }

    private static String written(SignalTableWriter writer) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(List.of(FORMULA), out);
        return out.toString();
    }
}
