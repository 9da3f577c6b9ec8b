package org.exovigil.app.terminology;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.exovigil.csv.CsvCell;
import org.exovigil.vigilance.terminology.Level;
import org.exovigil.vigilance.terminology.LowLevelTerm;
import org.exovigil.vigilance.terminology.MeddraPath;
import org.exovigil.vigilance.terminology.MeddraRelease;
import org.exovigil.vigilance.terminology.MeddraSmqTerm;
import org.exovigil.vigilance.terminology.MeddraTerm;
import org.exovigil.vigilance.terminology.PreferredTerm;
import org.exovigil.vigilance.terminology.Scope;
import org.exovigil.vigilance.terminology.Smq;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The rows of one MedDRA release in the tables of V51/V52: written with PostgreSQL's COPY (a release holds
 * about 80,000 LLTs, 25,000 PTs and 100,000 SMQ rows) on the connection of the caller's transaction, and read
 * back into the core's immutable {@link MeddraRelease}.
 */
@Component
class MeddraTables {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    MeddraTables(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Writes the release's terms, paths and SMQs; its meddra_release row must be there already. */
    void write(MeddraRelease release) {
        String v = CsvCell.quoted(release.version());
        copy(
                "meddra_llt (version, code, name, name_ja, pt_code, current)",
                release.lowLevelTerms(),
                t -> row(v, t.code(), text(t.name()), text(t.nameJa()), t.ptCode(), t.current()));
        copy(
                "meddra_pt (version, code, name, name_ja, primary_soc_code)",
                release.preferredTerms(),
                t -> row(v, t.code(), text(t.name()), text(t.nameJa()), t.primarySocCode()));
        List<MeddraTerm> grouping = new ArrayList<>();
        for (Level level : List.of(Level.HLT, Level.HLGT, Level.SOC)) {
            grouping.addAll(release.terms(level));
        }
        copy(
                "meddra_group_term (version, level, code, name, name_ja)",
                grouping,
                t -> row(v, t.level().name(), t.code(), text(t.name()), text(t.nameJa())));
        copy(
                "meddra_path (version, pt_code, hlt_code, hlgt_code, soc_code, is_primary)",
                release.paths(),
                p -> row(v, p.ptCode(), p.hltCode(), p.hlgtCode(), p.socCode(), p.primary()));
        copy(
                "meddra_smq (version, code, name, level, description, algorithm, active)",
                release.smqs(),
                s -> row(
                        v,
                        s.code(),
                        text(s.name()),
                        s.level(),
                        text(s.description()),
                        text(s.algorithm()),
                        s.active()));
        List<MeddraSmqTerm> content = new ArrayList<>();
        release.smqs().forEach(smq -> content.addAll(release.smqContent(smq.code())));
        copy(
                "meddra_smq_term (version, smq_code, term_code, term_level, scope, category, active)",
                content,
                t -> row(
                        v,
                        t.smqCode(),
                        t.termCode(),
                        t.termLevel(),
                        t.scope() == null ? "" : t.scope().name(),
                        text(t.category()),
                        t.active()));
    }

    /** The release of this version as stored. */
    MeddraRelease read(String version, boolean japanese) {
        List<LowLevelTerm> llts = jdbc.sql(
                        "select code, name, name_ja, pt_code, current from meddra_llt where version = ?")
                .param(version)
                .query((rs, n) -> new LowLevelTerm(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getBoolean(5)))
                .list();
        List<PreferredTerm> pts = jdbc.sql(
                        "select code, name, name_ja, primary_soc_code from meddra_pt where version = ?")
                .param(version)
                .query((rs, n) -> new PreferredTerm(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
        List<MeddraTerm> grouping = jdbc.sql(
                        "select level, code, name, name_ja from meddra_group_term where version = ?")
                .param(version)
                .query((rs, n) ->
                        new MeddraTerm(Level.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
        List<MeddraPath> paths = jdbc.sql(
                        "select pt_code, hlt_code, hlgt_code, soc_code, is_primary from meddra_path where version = ?")
                .param(version)
                .query((rs, n) ->
                        new MeddraPath(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBoolean(5)))
                .list();
        List<Smq> smqs = jdbc.sql(
                        "select code, name, level, description, algorithm, active from meddra_smq where version = ?")
                .param(version)
                .query((rs, n) -> new Smq(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6)))
                .list();
        List<MeddraSmqTerm> content = jdbc.sql("select smq_code, term_code, term_level, scope, category, active"
                        + " from meddra_smq_term where version = ?")
                .param(version)
                .query((rs, n) -> new MeddraSmqTerm(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4) == null ? null : Scope.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getBoolean(6)))
                .list();
        return new MeddraRelease(version, japanese, llts, pts, grouping, paths, smqs, content);
    }

    private static String row(Object... cells) {
        StringBuilder row = new StringBuilder();
        for (Object cell : cells) {
            if (!row.isEmpty()) {
                row.append(',');
            }
            row.append(cell);
        }
        return row.append('\n').toString();
    }

    /** A text cell: quoted (COPY keeps it as it is, empty included), or the unquoted empty cell for NULL. */
    private static String text(String value) {
        return value == null ? "" : CsvCell.quoted(value);
    }

    private <T> void copy(String table, Collection<T> items, Function<T, String> row) {
        if (items.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(items.size() * 64);
        items.forEach(item -> csv.append(row.apply(item)));
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " from stdin with (format csv)", new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not store " + table + ": " + e.getMessage(), e);
        }
    }
}
