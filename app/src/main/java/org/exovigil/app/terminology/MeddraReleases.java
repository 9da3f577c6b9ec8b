package org.exovigil.app.terminology;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.vigilance.terminology.MeddraRelease;
import org.exovigil.vigilance.terminology.MeddraReleaseReader;
import org.exovigil.vigilance.terminology.MeddraUpgrade;
import org.exovigil.vigilance.terminology.Scope;
import org.exovigil.vigilance.terminology.TermChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The MedDRA releases the user has loaded, several versions side by side. Loading reads the folder with the
 * vigilance core first (a broken release stores nothing), then replaces any earlier copy of the same version
 * in one transaction, and, when an older version is held, stores what the upgrade from the newest older one
 * changed ({@link MeddraUpgrade}, {@code term_change}) as the record of that release. Regulators review its effect per
 * reaction ({@code reaction_recode}, {@link MeddraRecoding}), where a change means a case to look at; an LLT no case
 * was coded to needs no review. The current release is the highest version held.
 * Releases read back from the store are kept in memory, each until its version is loaded again.
 */
@Service
public class MeddraReleases {

    private final JdbcClient jdbc;
    private final MeddraTables tables;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    MeddraReleases(JdbcClient jdbc, MeddraTables tables, TransactionTemplate transaction, AuditLog audit) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.transaction = transaction;
        this.audit = audit;
    }

    /** A release as listed: when and by whom it was loaded, from where, in which languages. */
    public record LoadedRelease(
            String version,
            Instant loadedAt,
            String loadedBy,
            String origin,
            List<String> languages,
            long lowLevelTerms,
            long preferredTerms,
            long smqs) {}

    /**
     * What a load did: the release, whether it replaced an earlier copy of its version, the older version
     * it was compared with (null when none is held) and the changes found.
     */
    public record Loaded(LoadedRelease release, boolean replaced, String comparedWith, List<TermChange> changes) {}

    private record Held(Instant loadedAt, MeddraRelease release) {}

    /**
     * Reads the release in {@code dir} and stores it.
     *
     * @throws org.exovigil.vigilance.terminology.MeddraFormatException when the folder is not a sound release
     */
    public Loaded load(Path dir, String by) {
        return store(
                MeddraReleaseReader.read(dir), dir.toAbsolutePath().normalize().toString(), by);
    }

    /**
     * Stores a release already read, replacing an earlier copy of its version, all or nothing.
     *
     * @param origin where its files came from, kept for provenance
     */
    public Loaded store(MeddraRelease release, String origin, String by) {
        Loaded loaded = transaction.execute(status -> replace(release, origin, by));
        held.remove(release.version());
        return loaded;
    }

    private Loaded replace(MeddraRelease release, String origin, String by) {
        String version = release.version();
        jdbc.sql("select pg_advisory_xact_lock(hashtext('meddra_release'))")
                .query((rs, n) -> 0)
                .single();
        boolean replaced = jdbc.sql("delete from meddra_release where version = ?")
                        .param(version)
                        .update()
                > 0;
        jdbc.sql("insert into meddra_release (version, loaded_by, origin, languages) values (?, ?, ?,"
                        + " string_to_array(?, ','))")
                .params(version, by, origin, release.hasJapanese() ? "en,ja" : "en")
                .update();
        tables.write(release);
        Optional<String> older = versions().stream()
                .filter(v -> MeddraRelease.BY_VERSION.compare(v, version) < 0)
                .reduce((first, second) -> second);
        List<TermChange> changes = older.map(
                        v -> MeddraUpgrade.between(release(v).orElseThrow(), release))
                .orElse(List.of());
        older.ifPresent(from -> storeChanges(from, version, changes));
        audit.append(
                by,
                "terminology.meddra-loaded",
                "meddra_release/" + version,
                "MedDRA %s %s origin=%s llts=%d pts=%d smqs=%d%s"
                        .formatted(
                                version,
                                release.hasJapanese() ? "en,ja" : "en",
                                origin,
                                release.lowLevelTerms().size(),
                                release.preferredTerms().size(),
                                release.smqs().size(),
                                older.map(from -> " changes-from-%s=%d".formatted(from, changes.size()))
                                        .orElse("")));
        return new Loaded(listed(version).orElseThrow(), replaced, older.orElse(null), changes);
    }

    /** A re-import of either version replaces what was recorded between the two. */
    private void storeChanges(String from, String to, List<TermChange> changes) {
        jdbc.sql("delete from term_change where from_version = ? and to_version = ?")
                .params(from, to)
                .update();
        for (TermChange change : changes) {
            jdbc.sql("""
                            insert into term_change (from_version, to_version, llt_code, kind, old_pt_code, new_pt_code)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(from, to, change.lltCode(), change.kind().name(), change.oldPtCode(), change.newPtCode())
                    .update();
        }
    }

    /** Every release held, oldest version first. */
    public List<LoadedRelease> list() {
        return versions().stream().map(v -> listed(v).orElseThrow()).toList();
    }

    /** The highest version held, if any. */
    public Optional<MeddraRelease> current() {
        List<String> versions = versions();
        return versions.isEmpty() ? Optional.empty() : release(versions.getLast());
    }

    /**
     * The PTs of the current release's SMQ of this name, by a broad search (a filter must not miss a case); none
     * without MedDRA, without its SMQ files or without a name.
     */
    public Set<Long> currentSmqTerms(String smqName) {
        return current()
                .flatMap(release -> release.smqNamed(smqName).map(smq -> release.preferredTermsOf(smq, Scope.BROAD)))
                .orElse(Set.of());
    }

    /** The release of this version, if it is held. */
    public Optional<MeddraRelease> release(String version) {
        Optional<Instant> loadedAt = jdbc.sql("select loaded_at from meddra_release where version = ?")
                .param(version)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional();
        if (loadedAt.isEmpty()) {
            return Optional.empty();
        }
        Held known = held.get(version);
        if (known != null && known.loadedAt().equals(loadedAt.get())) {
            return Optional.of(known.release());
        }
        MeddraRelease release = readRelease(version);
        held.put(version, new Held(loadedAt.get(), release));
        return Optional.of(release);
    }

    /** What the upgrade between two versions changed, in LLT code order. */
    public List<TermChange> changes(String fromVersion, String toVersion) {
        return jdbc.sql("select llt_code, kind, old_pt_code, new_pt_code from term_change"
                        + " where from_version = ? and to_version = ? order by llt_code, kind")
                .params(fromVersion, toVersion)
                .query((rs, row) -> new TermChange(
                        rs.getLong(1),
                        TermChange.Kind.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getObject(4, Long.class)))
                .list();
    }

    private MeddraRelease readRelease(String version) {
        boolean japanese = jdbc.sql("select 'ja' = any (languages) from meddra_release where version = ?")
                .param(version)
                .query(Boolean.class)
                .single();
        return tables.read(version, japanese);
    }

    private List<String> versions() {
        return jdbc.sql("select version from meddra_release").query(String.class).list().stream()
                .sorted(MeddraRelease.BY_VERSION)
                .toList();
    }

    private Optional<LoadedRelease> listed(String version) {
        return jdbc.sql("""
                        select r.version, r.loaded_at, r.loaded_by, r.origin, array_to_string(r.languages, ','),
                               (select count(*) from meddra_llt where version = r.version),
                               (select count(*) from meddra_pt where version = r.version),
                               (select count(*) from meddra_smq where version = r.version)
                        from meddra_release r where r.version = ?""")
                .param(version)
                .query((rs, n) -> new LoadedRelease(
                        rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        List.of(rs.getString(5).split(",")),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8)))
                .optional();
    }
}
