package org.exovigil.app.terminology;

import java.util.ArrayList;
import java.util.List;
import org.exovigil.vigilance.terminology.Level;
import org.exovigil.vigilance.terminology.LowLevelTerm;
import org.exovigil.vigilance.terminology.MeddraPath;
import org.exovigil.vigilance.terminology.MeddraRelease;
import org.exovigil.vigilance.terminology.MeddraTerm;
import org.exovigil.vigilance.terminology.PreferredTerm;

/**
 * Small MedDRA releases with INVENTED codes and terms (MedDRA is licensed; none of its content is in the project),
 * except that the PT names are those the open vocabulary maps to, so that its names lead to them. Version "90.0" has
 * an LLT that version "90.1" moves to another PT and one it makes non-current.
 */
final class InventedMeddra {

    static final long SOC = 81_000_001L;
    static final long HLGT = 81_100_001L;
    static final long HLT = 81_200_001L;
    static final long PT_PYREXIA = 82_000_001L;
    static final long PT_HEADACHE = 82_000_002L;
    static final long PT_SEPSIS = 82_000_003L;
    static final long LLT_GLIMMER_FEVER = 83_000_001L;
    static final long LLT_SKULL_ACHE = 83_000_002L;
    /** Under Pyrexia in 90.0, under Sepsis in 90.1. */
    static final long LLT_HOT_BLOOD = 83_000_003L;
    /** Current in 90.0, non-current in 90.1. */
    static final long LLT_OLD_HEADACHE = 83_000_004L;

    private InventedMeddra() {}

    static MeddraRelease version90() {
        return release("90.0", PT_PYREXIA, true);
    }

    static MeddraRelease version91() {
        return release("90.1", PT_SEPSIS, false);
    }

    private static MeddraRelease release(String version, long hotBloodPt, boolean oldHeadacheCurrent) {
        List<PreferredTerm> pts = List.of(
                new PreferredTerm(PT_PYREXIA, "Pyrexia", "発熱（作）", SOC),
                new PreferredTerm(PT_HEADACHE, "Headache", "頭痛（作）", SOC),
                new PreferredTerm(PT_SEPSIS, "Sepsis", "敗血症（作）", SOC));
        List<LowLevelTerm> llts = new ArrayList<>();
        for (PreferredTerm pt : pts) {
            llts.add(new LowLevelTerm(pt.code(), pt.name(), pt.nameJa(), pt.code(), true)); // every PT is an LLT
        }
        llts.add(new LowLevelTerm(LLT_GLIMMER_FEVER, "Glimmer fever", "きらめき熱", PT_PYREXIA, true));
        llts.add(new LowLevelTerm(LLT_SKULL_ACHE, "Skull ache", "頭蓋のうずき", PT_HEADACHE, true));
        llts.add(new LowLevelTerm(LLT_HOT_BLOOD, "Hot blood", null, hotBloodPt, true));
        llts.add(new LowLevelTerm(LLT_OLD_HEADACHE, "Wobbly head pain", null, PT_HEADACHE, oldHeadacheCurrent));
        List<MeddraTerm> grouping = List.of(
                new MeddraTerm(Level.HLT, HLT, "Invented HLT", null),
                new MeddraTerm(Level.HLGT, HLGT, "Invented HLGT", null),
                new MeddraTerm(Level.SOC, SOC, "Invented SOC", null));
        List<MeddraPath> paths = pts.stream()
                .map(pt -> new MeddraPath(pt.code(), HLT, HLGT, SOC, true))
                .toList();
        return new MeddraRelease(version, true, llts, pts, grouping, paths, List.of(), List.of());
    }
}
