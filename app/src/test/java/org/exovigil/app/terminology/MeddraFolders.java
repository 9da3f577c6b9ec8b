package org.exovigil.app.terminology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Two tiny MedDRA releases in MSSO's ASCII layout with INVENTED codes and terms (MedDRA is licensed; no real
 * term may appear here), English with MedDRA/J and SMQs: in the second, the LLT Glimmering pyrexia has moved
 * from Glimmer fever to Wobble chills and the LLT Old glimmer is no longer current. The vigilance core's own
 * tests use a fuller writer; this one only feeds the command.
 */
final class MeddraFolders {

    static final long PT_GLIMMER_FEVER = 92_000_001L;
    static final long PT_WOBBLE_CHILLS = 92_000_003L;
    static final long LLT_GLIMMERING_PYREXIA = 93_000_001L;
    static final long LLT_OLD_GLIMMER = 93_000_003L;

    private MeddraFolders() {}

    /** The release as first loaded. */
    static Path older(Path dir) {
        return write(dir, "26.1", PT_GLIMMER_FEVER, "Y");
    }

    /** The next release: one LLT moved, one made non-current. */
    static Path newer(Path dir) {
        return write(dir, "27.0", PT_WOBBLE_CHILLS, "N");
    }

    private static Path write(Path dir, String version, long pyrexiaPt, String oldGlimmerCurrent) {
        Map<String, String> files = Map.ofEntries(
                Map.entry("meddra_release.asc", version + "$English$$$"),
                Map.entry("soc.asc", "91000001$Imaginary organ disorders$Imag$$$$$$$$"),
                Map.entry("hlgt.asc", "91100001$Imaginary fevers$$$$$$$$"),
                Map.entry("hlt.asc", "91200001$Imaginary fevers NEC$$$$$$$$"),
                Map.entry("pt.asc", """
                        92000001$Glimmer fever$$91000001$$$$$$$$
                        92000003$Wobble chills$$91000001$$$$$$$$"""),
                Map.entry("llt.asc", """
                        92000001$Glimmer fever$92000001$$$$$$$Y$$
                        92000003$Wobble chills$92000003$$$$$$$Y$$
                        93000001$Glimmering pyrexia$%d$$$$$$$Y$$
                        93000003$Old glimmer$92000001$$$$$$$%s$$""".formatted(pyrexiaPt, oldGlimmerCurrent)),
                Map.entry("soc_hlgt.asc", "91000001$91100001$"),
                Map.entry("hlgt_hlt.asc", "91100001$91200001$"),
                Map.entry("hlt_pt.asc", """
                        91200001$92000001$
                        91200001$92000003$"""),
                Map.entry("mdhier.asc", """
                        92000001$91200001$91100001$91000001$Glimmer fever$Imaginary fevers NEC$Imaginary fevers\
                        $Imaginary organ disorders$Imag$$91000001$Y$
                        92000003$91200001$91100001$91000001$Wobble chills$Imaginary fevers NEC$Imaginary fevers\
                        $Imaginary organ disorders$Imag$$91000001$Y$"""),
                Map.entry("llt_j.asc", """
                        92000001$きらめき熱$Y$$$
                        92000003$ゆらゆら悪寒$Y$$$
                        93000001$きらめく発熱$Y$$$
                        93000003$旧きらめき$Y$$$"""),
                Map.entry("pt_j.asc", """
                        92000001$きらめき熱$$$
                        92000003$ゆらゆら悪寒$$$"""),
                Map.entry(
                        "smq_list.asc",
                        "99000001$Imaginary fevers (SMQ)$1$Invented for tests$Invented$$%s$A$N$".formatted(version)),
                Map.entry("smq_content.asc", """
                        99000001$92000001$4$2$A$0$A$%1$s$%1$s$
                        99000001$93000001$5$1$A$0$A$%1$s$%1$s$""".formatted(version)));
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(
                        dir.resolve(file.getKey()),
                        file.getValue().replace("\n", "\r\n") + "\r\n",
                        StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
