package org.exovigil.app.signals;

import java.util.Locale;

/**
 * The level at which the signals pages count an event. {@link #PT}: the MedDRA preferred term a reaction is
 * coded to (MedDRA's own level for signal detection, MedDRA Points to Consider, Data Retrieval and
 * Presentation, section 3); {@link #GROUP}: one of Exovigil's event groups of the terminology, each group one
 * event, in the manner of an SMQ; {@link #HLT} and {@link #SOC}: the primary high-level term or system organ
 * class of the preferred term in the loaded MedDRA release (the primary path, so that no report is counted
 * twice at a higher level, as MedDRA's introductory guide asks of summaries).
 */
public enum EventLevel {
    PT,
    GROUP,
    HLT,
    SOC;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level a code names, or null. */
    static EventLevel of(String code) {
        for (EventLevel level : values()) {
            if (level.code().equals(code)) {
                return level;
            }
        }
        return null;
    }

    /** HLT and SOC are read from a loaded MedDRA release's hierarchy. */
    boolean needsMeddra() {
        return this == HLT || this == SOC;
    }
}
