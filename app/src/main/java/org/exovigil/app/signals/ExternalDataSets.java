package org.exovigil.app.signals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.csv.CsvCell;
import org.exovigil.vigilance.external.ExternalCase;
import org.exovigil.vigilance.external.ExternalReaction;
import org.exovigil.vigilance.external.ReadSummary;
import org.exovigil.vigilance.external.SignalRow;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public data sets (FAERS quarters, VAERS years) held for signal detection beside Exovigil's own reports.
 * The vigilance core reads the files; this stores each case and its signal rows with PostgreSQL's COPY,
 * all in one transaction, so an import that fails half-way leaves nothing behind, and importing the same
 * source and label again replaces the earlier copy.
 */
@Service
public class ExternalDataSets {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final AuditLog audit;
    private final JsonMapper json = JsonMapper.builder().build();

    ExternalDataSets(JdbcClient jdbc, DataSource dataSource, AuditLog audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /**
     * A data set as listed on the signals page.
     *
     * @param meddraVersions the MedDRA versions its reactions state (VAERS SYMPTOMVERSIONn); empty for FAERS, whose
     *     files do not say, and for a data set imported before Exovigil kept them
     */
    public record DataSet(
            long id,
            String source,
            String label,
            Instant importedAt,
            long cases,
            long seriousCases,
            List<String> meddraVersions) {

        public DataSet {
            meddraVersions = List.copyOf(meddraVersions);
        }

        /** How the signals page names it, e.g. "FAERS 2022Q4". */
        public String title() {
            return source + " " + label;
        }
    }

    /** What an import stored. */
    public record Imported(DataSet dataSet, long signalRows, ReadSummary summary) {}

    /**
     * Reads a data set with {@code reading} (which hands each case to the consumer it is given and says
     * what it left out) and stores it under {@code source} and {@code label}, replacing any earlier import
     * of the same.
     *
     * @param origin where the files came from, kept for provenance
     */
    @Transactional
    public Imported store(
            String source,
            String label,
            String origin,
            String by,
            Function<Consumer<ExternalCase>, ReadSummary> reading) {
        jdbc.sql("delete from external_data_set where source = ? and label = ?")
                .params(source, label)
                .update();
        long id = jdbc.sql("""
                        insert into external_data_set (source, label, origin, imported_by, cases, serious_cases, summary)
                        values (?, ?, ?, ?, 0, 0, '{}') returning id""")
                .params(source, label, origin, by)
                .query(Long.class)
                .single();
        try (Staged staged = Staged.create(id)) {
            ReadSummary summary = reading.apply(staged::add);
            staged.finish();
            copy(
                    "external_case (data_set_id, case_id, version, received, event_date, country, sex, age_years, serious)",
                    staged.caseFile);
            copy("external_signal_row (data_set_id, report_id, product, event)", staged.rowFile);
            jdbc.sql("update external_data_set set cases = ?, serious_cases = ?, summary = ?::jsonb,"
                            + " meddra_versions = ? where id = ?")
                    .params(
                            staged.cases,
                            staged.serious,
                            json.writeValueAsString(summary),
                            staged.meddraVersions.toArray(String[]::new),
                            id)
                    .update();
            audit.append(
                    by,
                    "signals.external-imported",
                    "external_data_set/" + id,
                    "%s %s cases=%d rows=%d origin=%s".formatted(source, label, staged.cases, staged.rows, origin));
            return new Imported(find(id).orElseThrow(), staged.rows, summary);
        } catch (IOException e) {
            throw new UncheckedIOException("could not stage the data set in the temporary directory", e);
        }
    }

    /** Every data set, newest import first. */
    public List<DataSet> all() {
        return jdbc.sql(
                        "select id, source, label, imported_at, cases, serious_cases, meddra_versions from external_data_set"
                                + " order by imported_at desc, id desc")
                .query(ExternalDataSets::dataSet)
                .list();
    }

    public Optional<DataSet> find(long id) {
        return jdbc.sql(
                        "select id, source, label, imported_at, cases, serious_cases, meddra_versions from external_data_set"
                                + " where id = ?")
                .param(id)
                .query(ExternalDataSets::dataSet)
                .optional();
    }

    /** The cases of a data set behind one pair: their ids in the publisher's numbering. */
    public List<String> casesOf(long dataSet, String product, String event) {
        return jdbc.sql("select distinct report_id from external_signal_row"
                        + " where data_set_id = ? and product = ? and event = ? order by report_id")
                .params(dataSet, product, event)
                .query(String.class)
                .list();
    }

    /** The cases of a data set with the product and an event (a MedDRA PT name) that {@code counts}. */
    List<String> casesOf(long dataSet, String product, java.util.function.Predicate<String> counts) {
        return jdbc
                .sql("select distinct report_id, event from external_signal_row"
                        + " where data_set_id = ? and product = ? order by report_id")
                .params(dataSet, product)
                .query((rs, row) -> counts.test(rs.getString(2)) ? rs.getString(1) : null)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    /** Takes the signal rows of a data set: a report, a product and the MedDRA PT name of an event. */
    @FunctionalInterface
    interface RowSink {
        void add(String report, String product, String preferredTerm);
    }

    /** Hands the signal rows of a data set to {@code rows}. */
    void addSignalRows(long dataSet, RowSink rows) {
        jdbc.sql("select report_id, product, event from external_signal_row where data_set_id = ?")
                .param(dataSet)
                .query(rs -> {
                    rows.add(rs.getString(1), rs.getString(2), rs.getString(3));
                });
    }

    private static DataSet dataSet(java.sql.ResultSet rs, int row) throws SQLException {
        return new DataSet(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, java.time.OffsetDateTime.class).toInstant(),
                rs.getLong(5),
                rs.getLong(6),
                rs.getArray(7) == null
                        ? List.of()
                        : List.of((String[]) rs.getArray(7).getArray()));
    }

    /** COPY from a staged CSV file, on the connection of the surrounding transaction. */
    private void copy(String table, Path file) throws IOException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " from stdin with (format csv)", in);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store " + table + ": " + e.getMessage(), e);
        }
    }

    /**
     * The rows of one import, staged in two CSV files while the reader runs (a connection can take only one
     * COPY at a time, and a FAERS quarter holds millions of rows, too many to hold in memory).
     */
    private static final class Staged implements AutoCloseable {

        private final String dataSet;
        final Path caseFile;
        final Path rowFile;
        private final BufferedWriter caseOut;
        private final BufferedWriter rowOut;
        long cases;
        long serious;
        long rows;
        final java.util.SortedSet<String> meddraVersions = new java.util.TreeSet<>();

        private Staged(String dataSet, Path caseFile, Path rowFile) throws IOException {
            this.dataSet = dataSet;
            this.caseFile = caseFile;
            this.rowFile = rowFile;
            this.caseOut = Files.newBufferedWriter(caseFile, StandardCharsets.UTF_8);
            this.rowOut = Files.newBufferedWriter(rowFile, StandardCharsets.UTF_8);
        }

        static Staged create(long dataSet) throws IOException {
            return new Staged(
                    Long.toString(dataSet),
                    Files.createTempFile("exovigil-external-cases-", ".csv"),
                    Files.createTempFile("exovigil-external-rows-", ".csv"));
        }

        void add(ExternalCase c) {
            try {
                cases++;
                if (c.isSerious()) {
                    serious++;
                }
                caseOut.write(String.join(
                                ",",
                                dataSet,
                                CsvCell.quoted(c.caseId()),
                                Integer.toString(c.version()),
                                nullable(c.receivedDate()),
                                nullable(c.eventDate()),
                                nullable(c.country()),
                                c.sex() == null ? "" : c.sex().code(),
                                c.ageInYears() == null ? "" : c.ageInYears().toPlainString(),
                                Boolean.toString(c.isSerious()))
                        + "\n");
                c.reactions().stream()
                        .map(ExternalReaction::meddraVersion)
                        .filter(version -> version != null && !version.isBlank())
                        .forEach(version -> meddraVersions.add(version.strip()));
                for (SignalRow row : c.signalRows()) {
                    rows++;
                    rowOut.write(dataSet + "," + CsvCell.quoted(row.reportId()) + "," + CsvCell.quoted(row.product())
                            + "," + CsvCell.quoted(row.event()) + "\n");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void finish() throws IOException {
            caseOut.close();
            rowOut.close();
        }

        /** An unquoted empty CSV cell is NULL to COPY. */
        private static String nullable(String value) {
            return value == null || value.isBlank() ? "" : CsvCell.quoted(value);
        }

        @Override
        public void close() throws IOException {
            caseOut.close();
            rowOut.close();
            Files.deleteIfExists(caseFile);
            Files.deleteIfExists(rowFile);
        }
    }
}
