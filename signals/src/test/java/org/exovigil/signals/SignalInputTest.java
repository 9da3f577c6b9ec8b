package org.exovigil.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows held in memory give the same table as the same rows in a file. */
class SignalInputTest {

    private static final HyperparameterChoice THETA = HyperparameterChoice.given(CaersReferenceTest.VIGNETTE_THETA);

    @TempDir
    Path dir;

    @Test
    void caersInMemoryGivesTheTableOfTheFile() throws IOException {
        Path caers = ReferenceData.file("openebgm_caers/caers.csv");
        for (boolean stratified : new boolean[] {false, true}) {
            SignalInput input = stratified ? SignalInput.stratified() : SignalInput.unstratified();
            for (List<String> row : rows(caers)) {
                input.add(row.get(0), row.get(1), row.get(2), row.get(3));
            }
            assertThat(SignalDetection.run(input, THETA).pairs())
                    .isEqualTo(SignalDetection.run(caers, THETA, stratified).pairs());
        }
    }

    @Test
    void scatteredRepeatedAndQuotedRowsCountAsInAFile() throws IOException {
        String text = "id,p,e\n3,C,x\n1,\"A, 10 mg\",x\n2,A,\"y\nz\"\n3,\"A, 10 mg\",x\n1,B,y\n1,\"A, 10 mg\",x\n";
        Path file = Files.writeString(dir.resolve("scattered.csv"), text);
        SignalInput input = SignalInput.unstratified();
        for (List<String> row : SignalTable.parse(text).subList(1, 7)) {
            input.add(row.get(0), row.get(1), row.get(2));
        }
        SignalRun fromMemory = SignalDetection.run(input, HyperparameterChoice.fit());
        SignalRun fromFile = SignalDetection.run(file, HyperparameterChoice.fit(), false);
        assertThat(fromMemory.pairs()).isEqualTo(fromFile.pairs());
        assertThat(fromMemory.summary()).isEqualTo(fromFile.summary());
        assertThat(fromMemory.reports()).isEqualTo(3);
    }

    @Test
    void anEmptyInputGivesAnEmptyTable() {
        SignalRun run = SignalDetection.run(SignalInput.unstratified(), HyperparameterChoice.fit());
        assertThat(run.pairs()).isEmpty();
        assertThat(run.summary()).isEqualTo("theta=NaN,NaN,NaN,NaN,NaN -logL=NaN");
    }

    @Test
    void aStratifiedInputNeedsAStratumAndAnInputIsCountedOnce() {
        assertThatThrownBy(() -> SignalInput.stratified().add("1", "A", "x")).isInstanceOf(IllegalStateException.class);
        SignalInput input = SignalInput.unstratified().add("1", "A", "x");
        SignalDetection.run(input, THETA);
        assertThatThrownBy(() -> input.add("2", "A", "x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SignalDetection.run(input, THETA)).isInstanceOf(IllegalStateException.class);
    }

    private static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> records = SignalTable.parse(Files.readString(file, StandardCharsets.UTF_8));
        return records.subList(1, records.size());
    }
}
