package org.exovigil.signals;

/**
 * Prints the wall time of each phase of a run to standard error when the system property
 * {@code exovigil.signals.phases} is set: the benchmark's way to see which phases keep a core idle (issue 22).
 */
final class PhaseClock {

    private static final boolean ON = Boolean.getBoolean("exovigil.signals.phases");

    private long last = System.nanoTime();

    /** Ends the phase {@code name} now and starts the next one. */
    void lap(String name) {
        if (ON) {
            long now = System.nanoTime();
            System.err.printf("phase %-12s %8d ms%n", name, (now - last) / 1_000_000);
            last = now;
        }
    }
}
