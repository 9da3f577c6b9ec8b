package org.exovigil.vigilance.terminology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * One MedDRA release, immutable: its lowest level terms and preferred terms, the grouping terms above them,
 * the paths of {@code mdhier.asc}, and its SMQs when the release has them. Several releases live side by
 * side, each its own object ({@link MeddraReleaseReader} reads one from a folder; the application rebuilds
 * one from its store with the constructor). Thread-safe: nothing changes after construction.
 */
public final class MeddraRelease {

    private static final Pattern VERSION = Pattern.compile("\\d{1,3}\\.\\d{1,2}");

    /** Orders versions as numbers: 9.1 before 27.0, 27.0 before 27.1. */
    public static final Comparator<String> BY_VERSION = Comparator.<String>comparingInt(
                    v -> Integer.parseInt(v.substring(0, v.indexOf('.'))))
            .thenComparingInt(v -> Integer.parseInt(v.substring(v.indexOf('.') + 1)));

    private final String version;
    private final boolean japanese;
    private final Map<Long, LowLevelTerm> lowLevelTerms;
    private final Map<Long, PreferredTerm> preferredTerms;
    private final Map<String, PreferredTerm> preferredTermsByName;
    private final Map<Level, Map<Long, MeddraTerm>> groupingTerms;
    private final List<MeddraPath> paths;
    private final Map<Long, MeddraPath> primaryPaths;
    private final Map<Level, Map<Long, Set<Long>>> preferredTermsUnder;
    private final Map<Long, Smq> smqs;
    private final Map<Long, List<MeddraSmqTerm>> smqContent;

    /**
     * A release from its parts. Every LLT must link to a PT of the release, every path must name its terms,
     * and every PT must have exactly one primary path; else an {@link IllegalArgumentException}.
     */
    public MeddraRelease(
            String version,
            boolean japanese,
            Collection<LowLevelTerm> lowLevelTerms,
            Collection<PreferredTerm> preferredTerms,
            Collection<MeddraTerm> groupingTerms,
            Collection<MeddraPath> paths,
            Collection<Smq> smqs,
            Collection<MeddraSmqTerm> smqContent) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("a MedDRA version is written like 27.1, got " + version);
        }
        this.version = version;
        this.japanese = japanese;
        this.preferredTerms = byCode(preferredTerms, PreferredTerm::code, "PT");
        this.lowLevelTerms = byCode(lowLevelTerms, LowLevelTerm::code, "LLT");
        for (LowLevelTerm llt : lowLevelTerms) {
            known(this.preferredTerms, llt.ptCode(), "PT of LLT " + llt.code());
        }
        Map<String, PreferredTerm> byName = new HashMap<>();
        preferredTerms.forEach(pt -> byName.putIfAbsent(pt.name().toLowerCase(Locale.ROOT), pt));
        this.preferredTermsByName = Map.copyOf(byName);
        Map<Level, Map<Long, MeddraTerm>> grouping = new EnumMap<>(Level.class);
        for (Level level : List.of(Level.HLT, Level.HLGT, Level.SOC)) {
            grouping.put(
                    level,
                    byCode(
                            groupingTerms.stream()
                                    .filter(t -> t.level() == level)
                                    .toList(),
                            MeddraTerm::code,
                            level.name()));
        }
        this.groupingTerms = grouping;
        this.paths = List.copyOf(paths);
        this.primaryPaths = primaryPaths(paths);
        this.preferredTermsUnder = preferredTermsUnder(paths);
        this.smqs = byCode(smqs, Smq::code, "SMQ");
        Map<Long, List<MeddraSmqTerm>> content = new HashMap<>();
        for (MeddraSmqTerm term : smqContent) {
            known(this.smqs, term.smqCode(), "SMQ of content row for term " + term.termCode());
            content.computeIfAbsent(term.smqCode(), code -> new ArrayList<>()).add(term);
        }
        content.replaceAll((code, terms) -> List.copyOf(terms));
        this.smqContent = Map.copyOf(content);
        for (PreferredTerm pt : preferredTerms) {
            if (!primaryPaths.containsKey(pt.code())) {
                throw new IllegalArgumentException("PT " + pt.code() + " has no primary path");
            }
        }
    }

    /** The release's version as {@code meddra_release.asc} gives it, e.g. "27.1". */
    public String version() {
        return version;
    }

    /** Whether the release came with MedDRA/J, so that terms have Japanese names. */
    public boolean hasJapanese() {
        return japanese;
    }

    public Optional<LowLevelTerm> lowLevelTerm(long code) {
        return Optional.ofNullable(lowLevelTerms.get(code));
    }

    public Optional<PreferredTerm> preferredTerm(long code) {
        return Optional.ofNullable(preferredTerms.get(code));
    }

    /** Every LLT, current or not, in code order. */
    public Collection<LowLevelTerm> lowLevelTerms() {
        return lowLevelTerms.values();
    }

    /** Every PT, in code order. */
    public Collection<PreferredTerm> preferredTerms() {
        return preferredTerms.values();
    }

    /** The PT of this English name, ignoring case (FAERS and VAERS carry PT names, not codes). */
    public Optional<PreferredTerm> preferredTermNamed(String englishName) {
        return englishName == null
                ? Optional.empty()
                : Optional.ofNullable(
                        preferredTermsByName.get(englishName.strip().toLowerCase(Locale.ROOT)));
    }

    /** An HLT, HLGT or SOC of the release. */
    public Optional<MeddraTerm> term(Level level, long code) {
        return level == Level.PT
                ? Optional.empty()
                : Optional.ofNullable(groupingTerms.get(level).get(code));
    }

    /** The HLTs, HLGTs or SOCs of the release, in code order. */
    public Collection<MeddraTerm> terms(Level level) {
        return level == Level.PT ? List.of() : groupingTerms.get(level).values();
    }

    /** Every path of {@code mdhier.asc}, primary and secondary. */
    public List<MeddraPath> paths() {
        return paths;
    }

    /**
     * The primary path of a PT up to its primary SOC.
     *
     * @throws NoSuchElementException when the release has no PT of this code
     */
    public Hierarchy primaryPath(long ptCode) {
        MeddraPath path = primaryPaths.get(ptCode);
        if (path == null) {
            throw new NoSuchElementException("MedDRA " + version + " has no PT " + ptCode);
        }
        return new Hierarchy(
                ptCode,
                path.hltCode(),
                name(Level.HLT, path.hltCode()),
                path.hlgtCode(),
                name(Level.HLGT, path.hlgtCode()),
                path.socCode(),
                name(Level.SOC, path.socCode()));
    }

    /**
     * The PTs below a term of the given level along every path, primary or secondary (a PT under two SOCs
     * counts in both, as in a search by SOC); for {@link Level#PT} the PT itself. Empty for an unknown code.
     */
    public Set<Long> preferredTermsUnder(Level level, long code) {
        if (level == Level.PT) {
            return preferredTerms.containsKey(code) ? Set.of(code) : Set.of();
        }
        return preferredTermsUnder.get(level).getOrDefault(code, Set.of());
    }

    /** The SMQs of the release (none when it came without the SMQ files), in code order. */
    public Collection<Smq> smqs() {
        return smqs.values();
    }

    public Optional<Smq> smq(long code) {
        return Optional.ofNullable(smqs.get(code));
    }

    /** The SMQ of this name, compared without case or surrounding spaces (groups name SMQs, not codes). */
    public Optional<Smq> smqNamed(String name) {
        String wanted = name == null ? "" : name.strip();
        return smqs.values().stream()
                .filter(smq -> smq.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** The rows of {@code smq_content.asc} for one SMQ, active or not. */
    public List<MeddraSmqTerm> smqContent(long smqCode) {
        return smqContent.getOrDefault(smqCode, List.of());
    }

    /**
     * The PTs an SMQ search of this scope finds: the active PT rows, the PTs of its active LLT rows, and
     * the same of its sub-SMQs, all the way down (MedDRA SMQ Introductory Guide: a broad search holds the
     * narrow terms too). Categories are not combined: for an algorithmic SMQ this is its broad or narrow
     * term list, to which the algorithm is applied case by case.
     */
    public Set<Long> preferredTermsOf(Smq smq, Scope scope) {
        Set<Long> found = new HashSet<>();
        Set<Long> seen = new HashSet<>();
        Deque<Long> pending = new ArrayDeque<>(List.of(smq.code()));
        while (!pending.isEmpty()) {
            long code = pending.pop();
            if (!seen.add(code)) {
                continue;
            }
            for (MeddraSmqTerm term : smqContent(code)) {
                if (!term.active()) {
                    continue;
                }
                switch (term.termLevel()) {
                    case MeddraSmqTerm.SUB_SMQ -> pending.push(term.termCode());
                    case MeddraSmqTerm.PREFERRED_TERM -> {
                        if (scope.takes(term.scope()) && preferredTerms.containsKey(term.termCode())) {
                            found.add(term.termCode());
                        }
                    }
                    default -> {
                        LowLevelTerm llt = lowLevelTerms.get(term.termCode());
                        if (scope.takes(term.scope()) && llt != null) {
                            found.add(llt.ptCode());
                        }
                    }
                }
            }
        }
        return Set.copyOf(found);
    }

    @Override
    public String toString() {
        return "MedDRA " + version + (japanese ? " (English, Japanese)" : " (English)") + ": " + lowLevelTerms.size()
                + " LLTs, " + preferredTerms.size() + " PTs, " + smqs.size() + " SMQs";
    }

    private String name(Level level, long code) {
        MeddraTerm term = groupingTerms.get(level).get(code);
        return term == null ? null : term.name();
    }

    private Map<Long, MeddraPath> primaryPaths(Collection<MeddraPath> paths) {
        Map<Long, MeddraPath> primary = new HashMap<>();
        for (MeddraPath path : paths) {
            known(preferredTerms, path.ptCode(), "PT of a path");
            known(groupingTerms.get(Level.HLT), path.hltCode(), "HLT of a path");
            known(groupingTerms.get(Level.HLGT), path.hlgtCode(), "HLGT of a path");
            known(groupingTerms.get(Level.SOC), path.socCode(), "SOC of a path");
            if (path.primary() && primary.put(path.ptCode(), path) != null) {
                throw new IllegalArgumentException("PT " + path.ptCode() + " has two primary paths");
            }
        }
        return Map.copyOf(primary);
    }

    private static Map<Level, Map<Long, Set<Long>>> preferredTermsUnder(Collection<MeddraPath> paths) {
        Map<Level, Map<Long, Set<Long>>> under = new EnumMap<>(Level.class);
        for (Level level : List.of(Level.HLT, Level.HLGT, Level.SOC)) {
            under.put(level, new HashMap<>());
        }
        for (MeddraPath path : paths) {
            under.get(Level.HLT)
                    .computeIfAbsent(path.hltCode(), c -> new HashSet<>())
                    .add(path.ptCode());
            under.get(Level.HLGT)
                    .computeIfAbsent(path.hlgtCode(), c -> new HashSet<>())
                    .add(path.ptCode());
            under.get(Level.SOC)
                    .computeIfAbsent(path.socCode(), c -> new HashSet<>())
                    .add(path.ptCode());
        }
        under.values().forEach(byCode -> byCode.replaceAll((code, pts) -> Set.copyOf(pts)));
        return under;
    }

    private static <T> Map<Long, T> byCode(Collection<T> items, ToLongFunction<T> code, String what) {
        List<T> sorted = items.stream().sorted(Comparator.comparingLong(code)).toList();
        Map<Long, T> map = new LinkedHashMap<>(Math.max(16, sorted.size() * 4 / 3 + 1));
        for (T item : sorted) {
            if (map.put(code.applyAsLong(item), item) != null) {
                throw new IllegalArgumentException("two " + what + "s have the code " + code.applyAsLong(item));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static void known(Map<Long, ?> terms, long code, String what) {
        if (!terms.containsKey(code)) {
            throw new IllegalArgumentException(what + ": no term of code " + code);
        }
    }
}
