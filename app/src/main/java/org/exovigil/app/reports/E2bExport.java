package org.exovigil.app.reports;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.e2b.ExportProfile;
import org.exovigil.vigilance.e2b.ProfileFinding;

/**
 * What came of an E2B(R3) export under a profile (issue 16): the batch, or the refusal that names the cases
 * breaking the profile's rules, in which case nothing was written.
 */
public sealed interface E2bExport {

    /** How many findings a refusal spells out; the rest are counted. */
    int FINDINGS_SHOWN = 5;

    /**
     * The batch, with the cases that were left out because they break the profile (only when the caller asked
     * for that).
     *
     * @param xml      the batch, UTF-8
     * @param messages how many messages it holds
     * @param leftOut  the cases left out, each with what it breaks
     */
    record Written(byte[] xml, int messages, List<CaseFindings> leftOut) implements E2bExport {
        public Written {
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * No batch: these cases break the profile's rules.
     *
     * @param profile the profile asked for
     * @param cases   the cases that break it, in export order
     * @param of      how many cases the export held
     */
    record Refused(ExportProfile profile, List<CaseFindings> cases, int of) implements E2bExport {
        public Refused {
            cases = List.copyOf(cases);
        }

        /**
         * One line: {@code EXO-1250: nothing written: 2 of 9 cases break profile fda: case X (EXO-...): C.2.r.4[0]:
         * expected ... (ICH-C.2.r.4); ...}, the first findings spelled out.
         */
        public String message() {
            // Each case's first finding before any case's second, so the line names as many cases as it can.
            List<String> shown = IntStream.range(
                            0,
                            cases.stream()
                                    .mapToInt(c -> c.findings().size())
                                    .max()
                                    .orElse(0))
                    .boxed()
                    .flatMap(i -> cases.stream()
                            .filter(c -> i < c.findings().size())
                            .map(c -> "case %s (%s): %s"
                                    .formatted(
                                            c.caseId(),
                                            c.reference(),
                                            c.findings().get(i))))
                    .limit(FINDINGS_SHOWN)
                    .toList();
            long all = cases.stream().mapToLong(c -> c.findings().size()).sum();
            return "%s: nothing written: %d of %d cases break profile %s: %s%s"
                    .formatted(
                            ProblemCode.BREAKS_EXPORT_PROFILE.id(),
                            cases.size(),
                            of,
                            profile.name().toLowerCase(Locale.ROOT),
                            String.join("; ", shown),
                            all > shown.size() ? "; and %d more".formatted(all - shown.size()) : "");
        }
    }

    /**
     * A case that breaks the profile.
     *
     * @param reference Exovigil's reference of the case
     * @param caseId    its C.1.1
     * @param findings  every rule it breaks
     */
    record CaseFindings(String reference, String caseId, List<ProfileFinding> findings) {
        public CaseFindings {
            findings = List.copyOf(findings);
        }

        /** {@code case X (EXO-...): C.2.r.4[0], G.k.1}: which case, and where. */
        @Override
        public String toString() {
            String elements = findings.stream().map(ProfileFinding::element).collect(Collectors.joining(", "));
            return "case %s (%s): %s".formatted(caseId, reference, elements);
        }
    }
}
