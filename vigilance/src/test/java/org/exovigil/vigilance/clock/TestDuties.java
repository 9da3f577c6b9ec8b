package org.exovigil.vigilance.clock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Duties built for the clock's tests ({@code clock/duties-for-tests.yaml}), shaped like real ones but not the law:
 * production takes its legal duties from the rulebook.
 */
public final class TestDuties {

    private TestDuties() {}

    public static DutyBook book() {
        try (InputStream in = TestDuties.class.getResourceAsStream("/clock/duties-for-tests.yaml")) {
            return DutyBook.read(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock with the test duties as its law and Exovigil's voluntary defaults. */
    public static ReportingClock clock() {
        return new ReportingClock(book(), DutyBook.voluntaryDefaults()::voluntaryDuties);
    }
}
