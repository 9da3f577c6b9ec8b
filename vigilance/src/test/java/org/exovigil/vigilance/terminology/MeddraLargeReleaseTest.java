package org.exovigil.vigilance.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release of the size MSSO ships (about 80,000 LLTs and 25,000 PTs), invented, read in seconds. */
class MeddraLargeReleaseTest {

    @TempDir
    Path dir;

    @Test
    void aHundredThousandLowLevelTermsAreReadFastAndCompletely() {
        Random random = new Random(21L);
        MeddraFiles files = MeddraFiles.release("27.1")
                .soc(90_000_001L, "Generated organ disorders", "Gen")
                .hlgt(90_100_001L, "Generated groups", 90_000_001L);
        for (int h = 0; h < 300; h++) {
            files.hlt(90_200_000L + h, "Generated HLT " + h, 90_100_001L);
        }
        for (int p = 0; p < 25_000; p++) {
            files.pt(91_000_000L + p, "Generated PT " + p, 90_200_000L + random.nextInt(300));
        }
        for (int l = 0; l < 100_000; l++) {
            files.llt(93_000_000L + l, "Generated LLT " + l, 91_000_000L + random.nextInt(25_000), l % 10 != 0);
        }
        Path release = files.writeTo(dir);

        long start = System.nanoTime();
        MeddraRelease read = MeddraReleaseReader.read(release);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long again = System.nanoTime();
        MeddraReleaseReader.read(release);
        long warmMillis = (System.nanoTime() - again) / 1_000_000;

        System.out.printf(
                "MeddraLargeReleaseTest: 100,000 LLTs and 25,000 PTs read in %d ms (again, warm: %d ms)%n",
                millis, warmMillis);
        assertThat(read.lowLevelTerms()).hasSize(100_000);
        assertThat(read.preferredTerms()).hasSize(25_000);
        assertThat(read.lowLevelTerms()).filteredOn(LowLevelTerm::current).hasSize(90_000);
        assertThat(read.preferredTermsUnder(Level.SOC, 90_000_001L)).hasSize(25_000);
        assertThat(millis).as("read time on a shared 2-core machine").isLessThan(15_000);
    }
}
