package org.exovigil.vigilance.terminology;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.exovigil.vigilance.terminology.MeddraAsciiFile.Row;

/**
 * Reads a MedDRA ASCII release from its folder into one immutable {@link MeddraRelease}.
 *
 * <p>The layout is MSSO's "MedDRA Distribution File Format" document (ASCII files; {@code $} ends every
 * field). The columns read, numbered from 1, as the OHDSI vocabulary loader declares them
 * (OHDSI/Vocabulary-v5.0, MedDRA/create_source_tables.sql, SMQ_List.ctl, SMQ_Content.ctl):
 * <ul>
 *   <li>{@code meddra_release.asc}: 1 version (e.g. 27.1), 2 language.
 *   <li>{@code llt.asc}: 1 llt_code, 2 llt_name, 3 pt_code, 4-9 legacy codes (WHO-ART, HARTS, COSTART,
 *       ICD-9, ICD-9-CM, ICD-10), 10 llt_currency Y/N, 11 llt_jart_code.
 *   <li>{@code pt.asc}: 1 pt_code, 2 pt_name, 3 null_field, 4 pt_soc_code (the primary SOC), 5-11 legacy codes.
 *   <li>{@code hlt.asc}, {@code hlgt.asc}: 1 code, 2 name, legacy codes; {@code soc.asc}: 1 soc_code,
 *       2 soc_name, 3 soc_abbrev, legacy codes.
 *   <li>{@code hlt_pt.asc}, {@code hlgt_hlt.asc}, {@code soc_hlgt.asc}: 1 the upper code, 2 the lower code.
 *   <li>{@code mdhier.asc}: 1 pt_code, 2 hlt_code, 3 hlgt_code, 4 soc_code, 5-8 their names, 9 soc_abbrev,
 *       10 null_field, 11 pt_soc_code, 12 primary_soc_fg Y/N.
 *   <li>{@code smq_list.asc}: 1 smq_code, 2 smq_name, 3 smq_level, 4 smq_description, 5 smq_source,
 *       6 smq_note, 7 MedDRA_version, 8 status A/I, 9 smq_algorithm (N when not algorithmic).
 *   <li>{@code smq_content.asc}: 1 smq_code, 2 term_code, 3 term_level (0 sub-SMQ, 4 PT, 5 LLT),
 *       4 term_scope (0 sub-SMQ, 1 broad, 2 narrow; the codes vigicaen's get_llt_smq reads,
 *       pharmacologie-caen/vigicaen R/get_llt_smq.R), 5 term_category, 6 term_weight, 7 term_status A/I,
 *       8 addition version, 9 last modified version.
 * </ul>
 *
 * <p>MedDRA/J (distributed by the JMO, not MSSO) ships the English files and its Japanese ones in one
 * folder; when its files are there they add the Japanese names. Its layout as Japanese users read it
 * (nnh/ptosh-master, MedDRA/J V21.0 and V22.1, the folder ASCII/MDRA_Jxxx): {@code llt_j.asc} 1 llt_code,
 * 2 llt_kanji, 3 llt_jcurr, 4-6 kana readings; {@code pt_j.asc} 1 pt_code, 2 pt_kanji, 3-5 kana; {@code
 * soc_j.asc} 1 soc_code, 2 soc_kanji, 3 soc_order, 4-6 kana. {@code hlt_j.asc} and {@code hlgt_j.asc} are
 * read the same way (1 code, 2 kanji), as a public R reader of a recent MedDRA/J does; that is not confirmed
 * against JMO's own document, so only fields 1 and 2 of every Japanese file are relied on. llt_j and pt_j go
 * together; the grouping terms' files are optional. The Japanese currency flag is not read: currency is
 * MSSO's (llt.asc). Encodings: see {@link MeddraAsciiFile}.
 *
 * <p>Every code a file names must be defined by the file that holds that level, the link files and the
 * paths of {@code mdhier.asc} must agree, and every PT must have one primary path whose SOC is its
 * pt_soc_code. The first breach is a {@link MeddraFormatException} naming file and line.
 */
public final class MeddraReleaseReader {

    private static final Charset EN = MeddraAsciiFile.ENGLISH_LEGACY;
    private static final Charset JA = MeddraAsciiFile.JAPANESE_LEGACY;
    private static final Pattern VERSION = Pattern.compile("\\d{1,3}\\.\\d{1,2}");

    private MeddraReleaseReader() {}

    /** The release in this folder; a {@link MeddraFormatException} naming file and line when it is not one. */
    public static MeddraRelease read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new MeddraFormatException(dir.toString(), 0, "a folder holding a MedDRA ASCII release");
        }
        String version = version(MeddraAsciiFile.required(dir, "meddra_release.asc", EN));
        boolean japanese = japanese(dir);

        Map<Long, Row> socRows = defined(MeddraAsciiFile.required(dir, "soc.asc", EN), 2, "soc_code$soc_name$...");
        Map<Long, Row> hlgtRows = defined(MeddraAsciiFile.required(dir, "hlgt.asc", EN), 2, "hlgt_code$hlgt_name$...");
        Map<Long, Row> hltRows = defined(MeddraAsciiFile.required(dir, "hlt.asc", EN), 2, "hlt_code$hlt_name$...");
        Map<Long, Row> ptRows =
                defined(MeddraAsciiFile.required(dir, "pt.asc", EN), 4, "pt_code$pt_name$null_field$pt_soc_code$...");
        Map<Long, Row> lltRows = defined(
                MeddraAsciiFile.required(dir, "llt.asc", EN), 10, "llt_code$llt_name$pt_code$...$llt_currency$...");

        Map<Long, String> socJa = japaneseNames(dir, "soc_j.asc", socRows, japanese);
        Map<Long, String> hlgtJa = japaneseNames(dir, "hlgt_j.asc", hlgtRows, japanese);
        Map<Long, String> hltJa = japaneseNames(dir, "hlt_j.asc", hltRows, japanese);
        Map<Long, String> ptJa = japaneseNames(dir, "pt_j.asc", ptRows, japanese);
        Map<Long, String> lltJa = japaneseNames(dir, "llt_j.asc", lltRows, japanese);

        List<MeddraTerm> groupingTerms = new ArrayList<>();
        socRows.forEach((code, row) ->
                groupingTerms.add(new MeddraTerm(Level.SOC, code, row.text(1, "soc_name"), socJa.get(code))));
        hlgtRows.forEach((code, row) ->
                groupingTerms.add(new MeddraTerm(Level.HLGT, code, row.text(1, "hlgt_name"), hlgtJa.get(code))));
        hltRows.forEach((code, row) ->
                groupingTerms.add(new MeddraTerm(Level.HLT, code, row.text(1, "hlt_name"), hltJa.get(code))));

        List<PreferredTerm> preferredTerms = new ArrayList<>(ptRows.size());
        ptRows.forEach((code, row) -> preferredTerms.add(new PreferredTerm(
                code, row.text(1, "pt_name"), ptJa.get(code), reference(row, 3, "pt_soc_code", socRows, "soc.asc"))));

        List<LowLevelTerm> lowLevelTerms = new ArrayList<>(lltRows.size());
        lltRows.forEach((code, row) -> lowLevelTerms.add(new LowLevelTerm(
                code,
                row.text(1, "llt_name"),
                lltJa.get(code),
                reference(row, 2, "pt_code", ptRows, "pt.asc"),
                row.flag(9, "llt_currency", "Y", "N"))));

        Set<Link> hltPt = links(MeddraAsciiFile.required(dir, "hlt_pt.asc", EN), hltRows, "hlt", ptRows, "pt");
        Set<Link> hlgtHlt = links(MeddraAsciiFile.required(dir, "hlgt_hlt.asc", EN), hlgtRows, "hlgt", hltRows, "hlt");
        Set<Link> socHlgt = links(MeddraAsciiFile.required(dir, "soc_hlgt.asc", EN), socRows, "soc", hlgtRows, "hlgt");
        List<MeddraPath> paths = paths(
                MeddraAsciiFile.required(dir, "mdhier.asc", EN),
                ptRows,
                hltRows,
                hlgtRows,
                socRows,
                List.of(hltPt, hlgtHlt, socHlgt));
        usedOnAPath(dir, paths);

        SmqFiles smq = smqs(dir, ptRows, lltRows);
        try {
            return new MeddraRelease(
                    version, japanese, lowLevelTerms, preferredTerms, groupingTerms, paths, smq.list, smq.content);
        } catch (IllegalArgumentException e) {
            throw new MeddraFormatException(dir.toString(), 0, "a consistent release: " + e.getMessage());
        }
    }

    private static String version(MeddraAsciiFile file) {
        if (file.rows().isEmpty()) {
            throw new MeddraFormatException(file.name(), 0, "a line version$language$, found an empty file");
        }
        Row row = file.rows().getFirst().needs(1, "version$language$");
        String version = row.fields()[0].strip();
        if (!VERSION.matcher(version).matches()) {
            throw row.error("a MedDRA version like 27.1 as field 1, got \"%s\""
                    .formatted(version.length() > 20 ? version.substring(0, 20) + "…" : version));
        }
        return version;
    }

    /** MedDRA/J is there when either of its term files is; then both must be. */
    private static boolean japanese(Path dir) {
        boolean llt = MeddraAsciiFile.exists(dir, "llt_j.asc");
        boolean pt = MeddraAsciiFile.exists(dir, "pt_j.asc");
        if (llt != pt) {
            String missing = llt ? "pt_j.asc" : "llt_j.asc";
            throw new MeddraFormatException(
                    missing, 0, "this MedDRA/J file beside " + (llt ? "llt_j.asc" : "pt_j.asc") + ", found none");
        }
        return llt;
    }

    /** The rows of a term file by their code (field 1); each code once. */
    private static Map<Long, Row> defined(MeddraAsciiFile file, int fields, String layout) {
        Map<Long, Row> rows = new HashMap<>(file.rows().size() * 4 / 3 + 1);
        String column = file.name().replace(".asc", "") + "_code";
        for (Row row : file.rows()) {
            long code = row.needs(fields, layout).code(0, column);
            Row earlier = rows.put(code, row);
            if (earlier != null) {
                throw row.error("each code once, got %d again (first at line %d)".formatted(code, earlier.line()));
            }
        }
        if (rows.isEmpty()) {
            throw new MeddraFormatException(file.name(), 0, "at least one term, found none");
        }
        return rows;
    }

    /** The kanji names of one MedDRA/J file, by code; none without MedDRA/J (a lone soc_j.asc is ignored). */
    private static Map<Long, String> japaneseNames(Path dir, String name, Map<Long, Row> english, boolean japanese) {
        Optional<MeddraAsciiFile> file = japanese ? MeddraAsciiFile.in(dir, name, JA) : Optional.empty();
        if (file.isEmpty()) {
            return Map.of();
        }
        String level = name.replace("_j.asc", "");
        Map<Long, String> names = new HashMap<>(file.get().rows().size() * 4 / 3 + 1);
        for (Row row : file.get().rows()) {
            long code = row.needs(2, level + "_code$" + level + "_kanji$...").code(0, level + "_code");
            if (!english.containsKey(code)) {
                throw row.error("the code of a term in %s.asc, got %d".formatted(level, code));
            }
            if (names.put(code, row.text(1, level + "_kanji")) != null) {
                throw row.error("each code once, got %d again".formatted(code));
            }
        }
        return names;
    }

    private static long reference(Row row, int index, String column, Map<Long, Row> defined, String definedIn) {
        long code = row.code(index, column);
        if (!defined.containsKey(code)) {
            throw row.error(
                    "the code of a term in %s as field %d (%s), got %d".formatted(definedIn, index + 1, column, code));
        }
        return code;
    }

    private record Link(long upper, long lower) {}

    private static Set<Link> links(
            MeddraAsciiFile file, Map<Long, Row> upper, String upperLevel, Map<Long, Row> lower, String lowerLevel) {
        Set<Link> links = new HashSet<>(file.rows().size() * 4 / 3 + 1);
        for (Row row : file.rows()) {
            row.needs(2, upperLevel + "_code$" + lowerLevel + "_code$");
            links.add(new Link(
                    reference(row, 0, upperLevel + "_code", upper, upperLevel + ".asc"),
                    reference(row, 1, lowerLevel + "_code", lower, lowerLevel + ".asc")));
        }
        return links;
    }

    private static List<MeddraPath> paths(
            MeddraAsciiFile file,
            Map<Long, Row> pts,
            Map<Long, Row> hlts,
            Map<Long, Row> hlgts,
            Map<Long, Row> socs,
            List<Set<Link>> links) {
        List<MeddraPath> paths = new ArrayList<>(file.rows().size());
        Map<Long, Row> primary = new HashMap<>(pts.size() * 4 / 3 + 1);
        String[] linkFiles = {"hlt_pt.asc", "hlgt_hlt.asc", "soc_hlgt.asc"};
        for (Row row : file.rows()) {
            row.needs(
                    12,
                    "pt_code$hlt_code$hlgt_code$soc_code$names...$soc_abbrev$null_field$pt_soc_code$primary_soc_fg$");
            MeddraPath path = new MeddraPath(
                    reference(row, 0, "pt_code", pts, "pt.asc"),
                    reference(row, 1, "hlt_code", hlts, "hlt.asc"),
                    reference(row, 2, "hlgt_code", hlgts, "hlgt.asc"),
                    reference(row, 3, "soc_code", socs, "soc.asc"),
                    row.flag(11, "primary_soc_fg", "Y", "N"));
            Link[] steps = {
                new Link(path.hltCode(), path.ptCode()),
                new Link(path.hlgtCode(), path.hltCode()),
                new Link(path.socCode(), path.hlgtCode())
            };
            for (int i = 0; i < steps.length; i++) {
                if (!links.get(i).contains(steps[i])) {
                    throw row.error("a path along the links of %s, but it has no line %d$%d$"
                            .formatted(linkFiles[i], steps[i].upper(), steps[i].lower()));
                }
            }
            if (path.primary()) {
                Row earlier = primary.put(path.ptCode(), row);
                if (earlier != null) {
                    throw row.error("one primary path (primary_soc_fg Y) for PT %d, got a second (first at line %d)"
                            .formatted(path.ptCode(), earlier.line()));
                }
                long ptSoc = pts.get(path.ptCode()).code(3, "pt_soc_code");
                if (ptSoc != path.socCode()) {
                    throw row.error("the primary path of PT %d to end at SOC %d, its pt_soc_code in pt.asc, got %d"
                            .formatted(path.ptCode(), ptSoc, path.socCode()));
                }
            }
            paths.add(path);
        }
        for (Map.Entry<Long, Row> pt : pts.entrySet()) {
            if (!primary.containsKey(pt.getKey())) {
                throw pt.getValue()
                        .error("a primary path (primary_soc_fg Y) for PT %d in mdhier.asc, found none"
                                .formatted(pt.getKey()));
            }
        }
        return paths;
    }

    /** Every line of a link file lies on some path of mdhier.asc, so the two views of the hierarchy agree. */
    private static void usedOnAPath(Path dir, List<MeddraPath> paths) {
        Set<Link> hltPt = new HashSet<>();
        Set<Link> hlgtHlt = new HashSet<>();
        Set<Link> socHlgt = new HashSet<>();
        for (MeddraPath path : paths) {
            hltPt.add(new Link(path.hltCode(), path.ptCode()));
            hlgtHlt.add(new Link(path.hlgtCode(), path.hltCode()));
            socHlgt.add(new Link(path.socCode(), path.hlgtCode()));
        }
        Map<String, Set<Link>> used = Map.of("hlt_pt.asc", hltPt, "hlgt_hlt.asc", hlgtHlt, "soc_hlgt.asc", socHlgt);
        used.forEach((name, onPaths) -> {
            for (Row row : MeddraAsciiFile.required(dir, name, EN).rows()) {
                Link link = new Link(row.code(0, "upper code"), row.code(1, "lower code"));
                if (!onPaths.contains(link)) {
                    throw row.error("a link that lies on a path of mdhier.asc, got %d$%d$ on none"
                            .formatted(link.upper(), link.lower()));
                }
            }
        });
    }

    private record SmqFiles(List<Smq> list, List<MeddraSmqTerm> content) {}

    /** The SMQ files when both are there (an SMQ without its content, or the reverse, is an error). */
    private static SmqFiles smqs(Path dir, Map<Long, Row> pts, Map<Long, Row> llts) {
        Optional<MeddraAsciiFile> listFile = MeddraAsciiFile.in(dir, "smq_list.asc", EN);
        Optional<MeddraAsciiFile> contentFile = MeddraAsciiFile.in(dir, "smq_content.asc", EN);
        if (listFile.isEmpty() && contentFile.isEmpty()) {
            return new SmqFiles(List.of(), List.of());
        }
        if (listFile.isEmpty() || contentFile.isEmpty()) {
            String missing = listFile.isEmpty() ? "smq_list.asc" : "smq_content.asc";
            throw new MeddraFormatException(missing, 0, "this file beside the other SMQ file, found none");
        }
        Map<Long, Row> listRows = new HashMap<>();
        List<Smq> list = new ArrayList<>();
        for (Row row : listFile.get().rows()) {
            row.needs(
                    9, "smq_code$smq_name$smq_level$smq_description$smq_source$smq_note$version$status$smq_algorithm$");
            long code = row.code(0, "smq_code");
            if (listRows.put(code, row) != null) {
                throw row.error("each SMQ code once, got %d again".formatted(code));
            }
            String algorithm = row.optionalText(8, "smq_algorithm");
            list.add(new Smq(
                    code,
                    row.text(1, "smq_name"),
                    row.number(2, "smq_level"),
                    row.optionalText(3, "smq_description"),
                    algorithm == null || algorithm.equalsIgnoreCase("N") ? null : algorithm,
                    row.flag(7, "status", "A", "I")));
        }
        List<MeddraSmqTerm> content = new ArrayList<>();
        for (Row row : contentFile.get().rows()) {
            row.needs(7, "smq_code$term_code$term_level$term_scope$term_category$term_weight$term_status$...");
            long smq = reference(row, 0, "smq_code", listRows, "smq_list.asc");
            long term = row.code(1, "term_code");
            int level = row.number(2, "term_level");
            int scope = row.number(3, "term_scope");
            boolean active = row.flag(6, "term_status", "A", "I");
            if (level != MeddraSmqTerm.SUB_SMQ
                    && level != MeddraSmqTerm.PREFERRED_TERM
                    && level != MeddraSmqTerm.LOWEST_LEVEL_TERM) {
                throw row.error("term_level 0 (sub-SMQ), 4 (PT) or 5 (LLT) as field 3, got " + level);
            }
            if (scope > 2 || (level == MeddraSmqTerm.SUB_SMQ) != (scope == 0)) {
                throw row.error("term_scope 0 for a sub-SMQ, else 1 (broad) or 2 (narrow) as field 4, got " + scope);
            }
            if (active) {
                switch (level) {
                    case MeddraSmqTerm.SUB_SMQ -> reference(row, 1, "term_code", listRows, "smq_list.asc");
                    case MeddraSmqTerm.PREFERRED_TERM -> reference(row, 1, "term_code", pts, "pt.asc");
                    default -> reference(row, 1, "term_code", llts, "llt.asc");
                }
            }
            content.add(new MeddraSmqTerm(
                    smq, term, level, Scope.ofFileCode(scope), row.optionalText(4, "term_category"), active));
        }
        return new SmqFiles(list, content);
    }
}
