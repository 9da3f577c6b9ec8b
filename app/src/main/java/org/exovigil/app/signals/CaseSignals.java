package org.exovigil.app.signals;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.exovigil.signals.HyperparameterChoice;
import org.exovigil.signals.SignalDetection;
import org.exovigil.signals.SignalInput;
import org.exovigil.signals.SignalRun;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The signal table of the case store. Its input is the current, non-nullified version of every case
 * that is not a suspected or confirmed duplicate of another (its group's master stands for it):
 * one row per (case, suspect or interacting product, reaction), the product under its register name (so
 * merged duplicates count once) and the reaction as reported, in lower case. The table is recomputed
 * when the store has changed since the last computation, and otherwise served from memory.
 */
@Service
public class CaseSignals {

    /**
     * Every (case, product, reaction) row of the current, non-nullified versions, for a suspect or
     * interacting product, under the product's register name and the reaction in lower case.
     */
    private static final String CASE_PAIRS = """
            from report_case c
            join report_version v on v.case_id = c.id and v.version = c.current_version
            join report_product rp on rp.case_id = c.id
            join product p on p.id = rp.product_id
            cross join jsonb_array_elements(v.clinical -> 'reactions') r
            where not c.nullified and c.master_case is null and r ->> 'term' is not null
              and coalesce(v.clinical -> 'products' -> rp.position ->> 'role', 'suspect') in ('suspect', 'interacting')
            """;

    private static final String EVENT = "lower(regexp_replace(r ->> 'term', '\\s+', ' ', 'g'))";

    /**
     * What strata and periods are read from, beside each row: the day the report was first received (C.1.4,
     * or the day it reached Exovigil when the report does not say), the patient's sex and age in years, the
     * country, and the distinct routes of the case's suspect and interacting products, joined by spaces.
     */
    private static final String FACTS = """
            case when v.clinical ->> 'receivedOn' ~ '^\\d{4}-\\d{2}-\\d{2}$'
                 then (v.clinical ->> 'receivedOn')::date else c.received_at::date end,
            v.clinical #>> '{patient,sex}',
            case when jsonb_typeof(v.clinical #> '{patient,ageYears}') = 'number'
                 then (v.clinical #>> '{patient,ageYears}')::float8 end,
            c.country,
            (select string_agg(distinct x ->> 'route', ' ') from jsonb_array_elements(v.clinical -> 'products') x
             where coalesce(x ->> 'role', 'suspect') in ('suspect', 'interacting') and x ->> 'route' is not null)
            """;

    private final JdbcClient jdbc;
    private final ExternalDataSets external;
    private final Clock clock;
    private volatile Computed last = new Computed("", SignalTable.empty());
    private final AgeBands ages = AgeBands.bundled();

    /** Tables of a stratification and period, the trend's among them, while the store is unchanged. */
    private final Cache<Chosen, SignalTable> chosenTables =
            Caffeine.newBuilder().maximumSize(64).build();

    /** An imported data set never changes (a re-import is a new one), so its table is kept while room allows. */
    private final Cache<Long, SignalTable> externalTables =
            Caffeine.newBuilder().maximumSize(4).build();

    CaseSignals(JdbcClient jdbc, ExternalDataSets external, Clock clock) {
        this.jdbc = jdbc;
        this.external = external;
        this.clock = clock;
    }

    private record Computed(String fingerprint, SignalTable table) {}

    /** The table as of now: recomputed only if reports, nullifications or merges changed since. */
    public SignalTable current() {
        String fingerprint = fingerprint();
        Computed seen = last;
        if (seen.fingerprint().equals(fingerprint)) {
            return seen.table();
        }
        synchronized (this) {
            if (!last.fingerprint().equals(fingerprint)) {
                SignalRun run = detect(this::addCaseRows);
                last = new Computed(fingerprint, table(run, run.reports()));
            }
            return last.table();
        }
    }

    /** A (case, product, reaction) row with what its stratum and period are read from. */
    record CaseRow(
            String caseId,
            String product,
            String event,
            LocalDate receivedOn,
            String sex,
            Double ageYears,
            String country,
            String routes) {}

    private record Chosen(String fingerprint, SignalQuery query) {}

    /** The table of the reader's strata and period; the plain query's is {@link #current()}. */
    public SignalTable current(SignalQuery query) {
        if (query.plain()) {
            return current();
        }
        String fingerprint = fingerprint();
        return chosenTables.get(new Chosen(fingerprint, query), key -> table(caseRows(), query));
    }

    /**
     * The pair's statistics computed on the reports of the chosen period (from its first day, or from the
     * start) received up to the end of each period, from the period of the pair's first report to that of the
     * latest report (see {@link PairTrend}), with the chosen strata.
     */
    public PairTrend trend(SignalQuery query, String product, String event) {
        String fingerprint = fingerprint();
        List<CaseRow> rows = caseRows().stream()
                .filter(row -> query.includes(row.receivedOn()))
                .toList();
        return PairTrend.of(rows, product, event, end -> {
            SignalQuery upTo = new SignalQuery(
                    query.by(), query.from(), query.to() != null && query.to().isBefore(end) ? query.to() : end);
            return chosenTables.get(new Chosen(fingerprint, upTo), key -> table(rows, upTo));
        });
    }

    private SignalTable table(List<CaseRow> rows, SignalQuery query) {
        SignalInput input = query.by() == Stratification.NONE ? SignalInput.unstratified() : SignalInput.stratified();
        for (CaseRow row : rows) {
            if (query.includes(row.receivedOn())) {
                input.add(row.caseId(), row.product(), row.event(), query.by().stratumOf(row, ages));
            }
        }
        SignalRun run = SignalDetection.run(input, HyperparameterChoice.fit());
        return table(run, run.reports());
    }

    private List<CaseRow> caseRows() {
        return jdbc.sql("select c.id::text, p.name, " + EVENT + ", " + FACTS + CASE_PAIRS)
                .query((rs, row) -> new CaseRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getObject(6) == null ? null : rs.getDouble(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    /** The table of an imported public data set (FAERS, VAERS). */
    public SignalTable ofDataSet(long dataSet) {
        return externalTables.get(dataSet, id -> {
            SignalRun run = detect(input -> external.addSignalRows(id, input));
            return table(
                    run, external.find(id).map(ExternalDataSets.DataSet::cases).orElse(0L));
        });
    }

    /** The cases behind one pair, newest first: reference, id and when received. */
    public List<PairCase> casesOf(String product, String event) {
        return jdbc.sql("select distinct c.id, c.reference, c.received_at, c.serious " + CASE_PAIRS
                        + " and p.name = ? and " + EVENT + " = ? order by c.received_at desc")
                .params(product, event)
                .query((rs, row) -> new PairCase(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                        rs.getBoolean(4)))
                .list();
    }

    /** A case behind a pair. */
    public record PairCase(UUID id, String reference, java.time.Instant receivedAt, boolean serious) {}

    private String fingerprint() {
        return jdbc.sql("""
                        select (select count(*) from report_version) || '/' ||
                               (select coalesce(max(recorded_at)::text, '') from report_version) || '/' ||
                               (select count(*) from report_case where nullified) || '/' ||
                               (select count(*) from product where merged_into is not null) || '/' ||
                               (select coalesce(sum(hashtext(id::text || master_case::text)), 0) from report_case
                                where master_case is not null)""").query(String.class).single();
    }

    /** Signal detection over the rows {@code rows} adds, with the prior fitted. */
    private static SignalRun detect(Consumer<SignalInput> rows) {
        SignalInput input = SignalInput.unstratified();
        rows.accept(input);
        return SignalDetection.run(input, HyperparameterChoice.fit());
    }

    private SignalTable table(SignalRun run, long reports) {
        return new SignalTable(
                clock.instant(),
                reports,
                run.prior().map(Object::toString).orElse(null),
                run.negativeLogLikelihood(),
                run.pairs(),
                run.priorOnBounds(),
                run.strata());
    }

    private void addCaseRows(SignalInput input) {
        jdbc.sql("select c.id::text, p.name, " + EVENT + " " + CASE_PAIRS).query(rs -> {
            input.add(rs.getString(1), rs.getString(2), rs.getString(3));
        });
    }
}
