package org.exovigil.app.plans;

import java.time.LocalDate;

/**
 * One yearly provision report's serious events, as the clinic counted them, beside the serious reports
 * Exovigil holds for the same plan and year: those the clinic itself filed, and those anyone filed naming the
 * clinic and the plan's product (the clinic's own among them). Where the count and the reports about the
 * clinic differ by more than {@link #tolerance} the pair is flagged: fewer reports than counted events is
 * <em>under-reporting</em> (events the clinic knew of that never reached a report), more reports than counted
 * events is <em>over-counting</em> (reports the clinic's count leaves out).
 *
 * <p>Neither flag is proof, so the page shows both numbers and never a verdict. A year's report counts events by
 * when they happened, the reports here are counted by when they were received, and an event late in the year
 * may be reported after it ends (the ASRM's 15-day clock, Enforcement Regulation Art 35). A clinic may report
 * to its committee and the ministry on paper, outside Exovigil; a patient and a physician may report one event
 * twice; a reporter may name the clinic or product wrongly; the clinic and a reporter may judge seriousness
 * differently (ICH E2A's criteria against a clinic's own reading). A flag says where to ask, not who is wrong.
 *
 * @param counted         serious events in the clinic's yearly report
 * @param filedByClinic   serious reports the clinic's own accounts and tokens filed in the year
 * @param filedAboutClinic serious reports anyone filed in the year naming the clinic and the plan's product
 */
public record Reconciliation(
        LocalDate periodStart, LocalDate periodEnd, long counted, long filedByClinic, long filedAboutClinic) {

    /**
     * Counts up to this size must agree exactly: one event is one patient. Above it a tenth of the larger count is
     * tolerated, since the events at a year's edge reported after it ends (up to 15 days' worth) grow with it.
     */
    static final long EXACT_UP_TO = 10;

    public enum Disagreement {
        NONE,
        UNDER_REPORTING,
        OVER_COUNTING;

        /** The key of its name in the message files. */
        public String key() {
            return "plans.reconcile." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Reconciliation {
        if (counted < 0 || filedByClinic < 0 || filedAboutClinic < filedByClinic) {
            throw new IllegalArgumentException(
                    "expected 0 <= filed by the clinic <= filed about it and counted >= 0, got %d counted, %d by, %d about"
                            .formatted(counted, filedByClinic, filedAboutClinic));
        }
    }

    /** How far the count and the reports about the clinic may differ and still agree. */
    public long tolerance() {
        long larger = Math.max(counted, filedAboutClinic);
        return larger <= EXACT_UP_TO ? 0 : larger / 10;
    }

    public Disagreement disagreement() {
        long difference = counted - filedAboutClinic;
        if (Math.abs(difference) <= tolerance()) {
            return Disagreement.NONE;
        }
        return difference > 0 ? Disagreement.UNDER_REPORTING : Disagreement.OVER_COUNTING;
    }

    public boolean flagged() {
        return disagreement() != Disagreement.NONE;
    }
}
