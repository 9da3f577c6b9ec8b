package org.exovigil.vigilance.signal;

/**
 * What the priority score reads of a signal's case series: the strength-of-evidence aspects of vigiRank
 * (Caster et al. 2014, Table 1) that Exovigil's register can count, and those GVP IX.B.4 names for
 * prioritisation (seriousness, fatal outcome, important risks).
 *
 * @param ic025         the lower end of the 95 % credibility interval of the information component of the
 *                      signal's product and event (Norén et al. 2006), or null where none was computed
 * @param cases         cases in the series, counted once each
 * @param serious       of which serious (ICH E2A)
 * @param fatal         of which fatal
 * @param recent        of which received within the weights' recent period
 * @param clinics       distinct clinics that administered the product in the series
 * @param lots          distinct lots
 * @param countries     distinct countries of occurrence
 * @param completeness  the mean completeness of the series' reports, 0 to 1 (in the manner of vigiGrade)
 * @param importantRisk whether an event of the series falls in an important-risk group
 */
public record SignalFeatures(
        Double ic025,
        int cases,
        int serious,
        int fatal,
        int recent,
        int clinics,
        int lots,
        int countries,
        double completeness,
        boolean importantRisk) {

    public SignalFeatures {
        if (cases < 0 || serious < 0 || fatal < 0 || recent < 0 || clinics < 0 || lots < 0 || countries < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        if (serious > cases || fatal > cases || recent > cases) {
            throw new IllegalArgumentException("serious, fatal and recent cases are among the cases");
        }
        if (!(completeness >= 0 && completeness <= 1)) {
            throw new IllegalArgumentException("completeness is between 0 and 1, got " + completeness);
        }
        if (ic025 != null && !Double.isFinite(ic025)) {
            ic025 = null;
        }
    }
}
