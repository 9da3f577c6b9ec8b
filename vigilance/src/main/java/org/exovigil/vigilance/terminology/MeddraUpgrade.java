package org.exovigil.vigilance.terminology;

import java.util.ArrayList;
import java.util.List;
import org.exovigil.vigilance.terminology.TermChange.Kind;

/**
 * What changes for coded data between two MedDRA releases (MedDRA Points to Consider, "versioning":
 * data coded to an LLT stay valid, but an LLT may move to another PT or become non-current, and then the
 * coding should be looked at again). Lists, in LLT code order, every LLT of the older release that the
 * newer one moved to another PT, made non-current, or no longer holds; an LLT both moved and made
 * non-current is listed twice, once for each.
 */
public final class MeddraUpgrade {

    private MeddraUpgrade() {}

    public static List<TermChange> between(MeddraRelease older, MeddraRelease newer) {
        List<TermChange> changes = new ArrayList<>();
        for (LowLevelTerm before : older.lowLevelTerms()) {
            var after = newer.lowLevelTerm(before.code());
            if (after.isEmpty()) {
                changes.add(new TermChange(before.code(), Kind.REMOVED, before.ptCode(), null));
                continue;
            }
            long newPt = after.get().ptCode();
            if (newPt != before.ptCode()) {
                changes.add(new TermChange(before.code(), Kind.MOVED, before.ptCode(), newPt));
            }
            if (before.current() && !after.get().current()) {
                changes.add(new TermChange(before.code(), Kind.NON_CURRENT, before.ptCode(), newPt));
            }
        }
        return List.copyOf(changes);
    }
}
