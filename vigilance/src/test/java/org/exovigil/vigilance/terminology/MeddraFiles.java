package org.exovigil.vigilance.terminology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a MedDRA release in MSSO's ASCII file layout (the columns {@link MeddraReleaseReader} documents,
 * every line ending in {@code $}, legacy code columns left empty) with INVENTED codes and terms: MedDRA is
 * licensed, so no real term may appear in this repository. Codes start at 9 so that none is a real one.
 */
final class MeddraFiles {

    /** An invented SOC, two HLGTs, three HLTs; PTs of fevers and rashes; an SMQ of the fevers. */
    static final long SOC_IMAGINARY = 91_000_001L;

    static final long SOC_PRETEND = 91_000_002L;
    static final long HLGT_FEVERS = 91_100_001L;
    static final long HLGT_RASHES = 91_100_002L;
    static final long HLGT_PRETEND = 91_100_003L;
    static final long HLT_FEVERS = 91_200_001L;
    static final long HLT_RASHES = 91_200_002L;
    static final long HLT_PRETEND = 91_200_003L;
    static final long PT_GLIMMER_FEVER = 92_000_001L;
    static final long PT_QUILL_RASH = 92_000_002L;
    static final long PT_WOBBLE_CHILLS = 92_000_003L;
    static final long LLT_GLIMMERING_PYREXIA = 93_000_001L;
    static final long LLT_QUILL_SPOTS = 93_000_002L;
    static final long LLT_OLD_GLIMMER = 93_000_003L;
    static final long SMQ_FEVERS = 99_000_001L;
    static final long SMQ_GLIMMER_SUB = 99_000_002L;

    private final String version;
    private final Map<Long, String[]> socs = new LinkedHashMap<>();
    private final Map<Long, String[]> hlgts = new LinkedHashMap<>();
    private final Map<Long, String[]> hlts = new LinkedHashMap<>();
    private final Map<Long, String[]> pts = new LinkedHashMap<>();
    private final Map<Long, String[]> llts = new LinkedHashMap<>();
    private final List<long[]> socHlgt = new ArrayList<>();
    private final List<long[]> hlgtHlt = new ArrayList<>();
    private final List<long[]> hltPt = new ArrayList<>();
    private final Map<Long, String> japanese = new LinkedHashMap<>();
    private final List<String> smqList = new ArrayList<>();
    private final List<String> smqContent = new ArrayList<>();
    private Charset japaneseCharset = StandardCharsets.UTF_8;
    private Charset englishCharset = StandardCharsets.UTF_8;

    private MeddraFiles(String version) {
        this.version = version;
    }

    static MeddraFiles release(String version) {
        return new MeddraFiles(version);
    }

    /**
     * The small invented release most tests read: Glimmer fever (with LLTs Glimmering pyrexia and the
     * non-current Old glimmer), Quill rash (also under a second SOC), Wobble chills; an SMQ of fevers whose
     * narrow scope holds Glimmer fever through a sub-SMQ and whose broad scope adds Wobble chills through
     * an LLT row; an inactive row for Quill rash.
     */
    static MeddraFiles standard(String version) {
        return release(version)
                .soc(SOC_IMAGINARY, "Imaginary organ disorders", "Imag")
                .soc(SOC_PRETEND, "Pretend skin conditions", "Pret")
                .hlgt(HLGT_FEVERS, "Imaginary fevers", SOC_IMAGINARY)
                .hlgt(HLGT_RASHES, "Imaginary rashes", SOC_IMAGINARY)
                .hlgt(HLGT_PRETEND, "Pretend eruptions", SOC_PRETEND)
                .hlt(HLT_FEVERS, "Imaginary fevers NEC", HLGT_FEVERS)
                .hlt(HLT_RASHES, "Imaginary rashes NEC", HLGT_RASHES)
                .hlt(HLT_PRETEND, "Pretend eruptions NEC", HLGT_PRETEND)
                .pt(PT_GLIMMER_FEVER, "Glimmer fever", HLT_FEVERS)
                .pt(PT_QUILL_RASH, "Quill rash", HLT_RASHES, HLT_PRETEND)
                .pt(PT_WOBBLE_CHILLS, "Wobble chills", HLT_FEVERS)
                .llt(PT_GLIMMER_FEVER, "Glimmer fever", PT_GLIMMER_FEVER, true)
                .llt(PT_QUILL_RASH, "Quill rash", PT_QUILL_RASH, true)
                .llt(PT_WOBBLE_CHILLS, "Wobble chills", PT_WOBBLE_CHILLS, true)
                .llt(LLT_GLIMMERING_PYREXIA, "Glimmering pyrexia", PT_GLIMMER_FEVER, true)
                .llt(LLT_QUILL_SPOTS, "Quill spots", PT_QUILL_RASH, true)
                .llt(LLT_OLD_GLIMMER, "Old glimmer", PT_GLIMMER_FEVER, false)
                .smq(SMQ_FEVERS, "Imaginary fevers (SMQ)", 1, "N")
                .smq(SMQ_GLIMMER_SUB, "Glimmer conditions (SMQ)", 2, "N")
                .smqTerm(SMQ_FEVERS, SMQ_GLIMMER_SUB, 0, 0, "A")
                .smqTerm(SMQ_FEVERS, PT_WOBBLE_CHILLS, 5, 1, "A")
                .smqTerm(SMQ_FEVERS, PT_QUILL_RASH, 4, 2, "I")
                .smqTerm(SMQ_GLIMMER_SUB, PT_GLIMMER_FEVER, 4, 2, "A");
    }

    /** {@link #standard} with MedDRA/J names for every term. */
    static MeddraFiles standardWithJapanese(String version) {
        return standard(version)
                .japanese(SOC_IMAGINARY, "空想器官障害")
                .japanese(SOC_PRETEND, "見せかけ皮膚状態")
                .japanese(HLGT_FEVERS, "空想熱")
                .japanese(HLGT_RASHES, "空想発疹")
                .japanese(HLGT_PRETEND, "見せかけ発疹")
                .japanese(HLT_FEVERS, "空想熱ＮＥＣ")
                .japanese(HLT_RASHES, "空想発疹ＮＥＣ")
                .japanese(HLT_PRETEND, "見せかけ発疹ＮＥＣ")
                .japanese(PT_GLIMMER_FEVER, "きらめき熱")
                .japanese(PT_QUILL_RASH, "羽根発疹")
                .japanese(PT_WOBBLE_CHILLS, "ゆらゆら悪寒")
                .japanese(LLT_GLIMMERING_PYREXIA, "きらめく発熱")
                .japanese(LLT_QUILL_SPOTS, "羽根斑")
                .japanese(LLT_OLD_GLIMMER, "旧きらめき");
    }

    MeddraFiles soc(long code, String name, String abbrev) {
        socs.put(code, new String[] {name, abbrev});
        return this;
    }

    MeddraFiles hlgt(long code, String name, long soc) {
        hlgts.put(code, new String[] {name});
        socHlgt.add(new long[] {soc, code});
        return this;
    }

    MeddraFiles hlt(long code, String name, long hlgt) {
        hlts.put(code, new String[] {name});
        hlgtHlt.add(new long[] {hlgt, code});
        return this;
    }

    /** A PT under its primary HLT (whose SOC becomes its primary SOC) and any secondary HLTs. */
    MeddraFiles pt(long code, String name, long primaryHlt, long... secondaryHlts) {
        pts.put(code, new String[] {name, Long.toString(socOf(primaryHlt))});
        hltPt.add(new long[] {primaryHlt, code});
        for (long hlt : secondaryHlts) {
            hltPt.add(new long[] {hlt, code});
        }
        return this;
    }

    MeddraFiles llt(long code, String name, long pt, boolean current) {
        llts.put(code, new String[] {name, Long.toString(pt), current ? "Y" : "N"});
        return this;
    }

    MeddraFiles withoutLlt(long code) {
        llts.remove(code);
        return this;
    }

    /** The MedDRA/J name of a term of any level. */
    MeddraFiles japanese(long code, String kanji) {
        japanese.put(code, kanji);
        return this;
    }

    MeddraFiles japaneseIn(Charset charset) {
        japaneseCharset = charset;
        return this;
    }

    MeddraFiles englishIn(Charset charset) {
        englishCharset = charset;
        return this;
    }

    MeddraFiles smq(long code, String name, int level, String algorithm) {
        smqList.add(String.join(
                "$",
                Long.toString(code),
                name,
                Integer.toString(level),
                "Invented for tests: " + name,
                "Invented",
                "",
                version,
                "A",
                algorithm));
        return this;
    }

    MeddraFiles smqTerm(long smq, long term, int level, int scope, String status) {
        smqContent.add(String.join(
                "$",
                Long.toString(smq),
                Long.toString(term),
                Integer.toString(level),
                Integer.toString(scope),
                "A",
                "0",
                status,
                version,
                version));
        return this;
    }

    /** Writes the release into {@code dir} (created if need be) and returns it. */
    Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            english(dir, "meddra_release.asc", List.of(version + "$English$$$"));
            english(dir, "soc.asc", lines(socs, (code, v) -> code + "$" + v[0] + "$" + v[1] + "$$$$$$$$"));
            english(dir, "hlgt.asc", lines(hlgts, (code, v) -> code + "$" + v[0] + "$$$$$$$$"));
            english(dir, "hlt.asc", lines(hlts, (code, v) -> code + "$" + v[0] + "$$$$$$$$"));
            english(dir, "pt.asc", lines(pts, (code, v) -> code + "$" + v[0] + "$$" + v[1] + "$$$$$$$$"));
            english(dir, "llt.asc", lines(llts, (code, v) -> code + "$" + v[0] + "$" + v[1] + "$$$$$$$" + v[2] + "$$"));
            english(dir, "soc_hlgt.asc", links(socHlgt));
            english(dir, "hlgt_hlt.asc", links(hlgtHlt));
            english(dir, "hlt_pt.asc", links(hltPt));
            english(dir, "mdhier.asc", mdhier());
            if (!smqList.isEmpty()) {
                english(dir, "smq_list.asc", smqList);
                english(dir, "smq_content.asc", smqContent);
            }
            if (!japanese.isEmpty()) {
                japanese(dir, "soc_j.asc", socs, "$1$");
                japanese(dir, "hlgt_j.asc", hlgts, "$");
                japanese(dir, "hlt_j.asc", hlts, "$");
                japanese(dir, "pt_j.asc", pts, "$$$");
                japanese(dir, "llt_j.asc", llts, "Y$$$");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long socOf(long hlt) {
        long hlgt = hlgtHlt.stream().filter(l -> l[1] == hlt).findFirst().orElseThrow()[0];
        return socHlgt.stream().filter(l -> l[1] == hlgt).findFirst().orElseThrow()[0];
    }

    private List<String> mdhier() {
        List<String> lines = new ArrayList<>();
        for (long[] link : hltPt) {
            long pt = link[1];
            long hlt = link[0];
            long hlgt = hlgtHlt.stream().filter(l -> l[1] == hlt).findFirst().orElseThrow()[0];
            long soc = socOf(hlt);
            String primarySoc = pts.get(pt)[1];
            lines.add(String.join(
                            "$",
                            Long.toString(pt),
                            Long.toString(hlt),
                            Long.toString(hlgt),
                            Long.toString(soc),
                            pts.get(pt)[0],
                            hlts.get(hlt)[0],
                            hlgts.get(hlgt)[0],
                            socs.get(soc)[0],
                            socs.get(soc)[1],
                            "",
                            primarySoc,
                            primarySoc.equals(Long.toString(soc)) ? "Y" : "N")
                    + "$");
        }
        return lines;
    }

    private void english(Path dir, String name, List<String> lines) throws IOException {
        Files.writeString(
                dir.resolve(name),
                String.join(
                                "\r\n",
                                lines.stream()
                                        .map(l -> l.endsWith("$") ? l : l + "$")
                                        .toList()) + "\r\n",
                englishCharset);
    }

    private void japanese(Path dir, String name, Map<Long, String[]> terms, String rest) throws IOException {
        List<String> lines = new ArrayList<>();
        terms.keySet().stream()
                .filter(japanese::containsKey)
                .forEach(code -> lines.add(code + "$" + japanese.get(code) + "$" + rest));
        Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n", japaneseCharset);
    }

    private static List<String> lines(
            Map<Long, String[]> terms, java.util.function.BiFunction<Long, String[], String> line) {
        return terms.entrySet().stream()
                .map(e -> line.apply(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<String> links(List<long[]> links) {
        return links.stream().map(l -> l[0] + "$" + l[1] + "$").toList();
    }
}
