package org.exovigil.app.signals;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * merged duplicates count once) and the reaction as the event it counts as at the chosen level (its coded
 * MedDRA PT by default; see {@link EventKeys}). The table is recomputed when the store or the codes have
 * changed since the last computation, and otherwise served from memory.
 */
@Service
public class CaseSignals {

    /**
     * Every (case, product, reaction) row of the current, non-nullified versions, for a suspect or
     * interacting product, under the product's register name, with the reaction's code (issue 21's
     * {@code reaction_code}, by the reaction's 0-based position in the current version) when it has one.
     */
    private static final String CASE_PAIRS = """
            from report_case c
            join report_version v on v.case_id = c.id and v.version = c.current_version
            join report_product rp on rp.case_id = c.id
            join product p on p.id = rp.product_id
            cross join jsonb_array_elements(v.clinical -> 'reactions') with ordinality r(reaction, position)
            left join reaction_code rc on rc.case_id = c.id and rc.reaction = r.position - 1
            where not c.nullified and c.master_case is null
              and (r.reaction ->> 'term' is not null or rc.pt_name is not null or rc.concept_id is not null)
              and coalesce(v.clinical -> 'products' -> rp.position ->> 'role', 'suspect') in ('suspect', 'interacting')
            """;

    /**
     * The PT level event of a reaction in SQL, for the pages that list the cases the table counted under a pair
     * (case series, signal priority): the coded PT name, else the words in lower case with runs of spaces made
     * one, as {@link EventKeys} counts them.
     *
     * @param reaction the alias of the reaction's JSON (an element of {@code clinical -> 'reactions'})
     * @param code the alias of its {@code reaction_code} row, left-joined by the reaction's 0-based position
     */
    public static String preferredTermEvent(String reaction, String code) {
        return ("coalesce(case when %2$s.score is null or %2$s.score >= " + AUTOMATIC
                        + " then nullif(btrim(%2$s.pt_name), '') end,"
                        + " lower(btrim(regexp_replace(%1$s ->> 'term', '\\s+', ' ', 'g'))))")
                .formatted(reaction, code);
    }

    /** The reaction: its position, its words and its code (columns 3 to 8 after the case and product). */
    private static final String REACTION =
            "r.position, r.reaction ->> 'term', rc.concept_id, rc.pt_name, rc.meddra_version, rc.score";

    /**
     * The least score at which Exovigil's own suggestion counts as a reaction's code in the signal tables: 1, the
     * words are one of the code's names (after case and width folding). So automatic coding takes exact matches
     * only, as an autoencoder does, and any other words count as reported until a person confirms or chooses
     * a code on the case page (MedDRA Term Selection: Points to Consider, on reviewing autoencoder output):
     * a table never moves on a guess.
     */
    static final double AUTOMATIC = 1.0;

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
    private final CodedEvents events;
    private final Clock clock;
    private volatile Computed last = new Computed("", SignalTable.empty());
    private final AgeBands ages = AgeBands.bundled();

    /** Tables of a stratification, period and level, the trend's among them, while the store is unchanged. */
    private final Cache<Chosen, SignalTable> chosenTables =
            Caffeine.newBuilder().maximumSize(64).build();

    /**
     * An imported data set never changes (a re-import is a new one), so its table at a level is kept while room
     * allows, for the MedDRA release that placed its PTs.
     */
    private final Cache<External, SignalTable> externalTables =
            Caffeine.newBuilder().maximumSize(8).build();

    CaseSignals(JdbcClient jdbc, ExternalDataSets external, CodedEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.external = external;
        this.events = events;
        this.clock = clock;
    }

    private record Computed(String fingerprint, SignalTable table) {}

    private record External(long dataSet, EventLevel level, String release) {}

    /** The table at PT level as of now: recomputed only if reports, codes, nullifications or merges changed since. */
    public SignalTable current() {
        String fingerprint = fingerprint();
        Computed seen = last;
        if (seen.fingerprint().equals(fingerprint)) {
            return seen.table();
        }
        synchronized (this) {
            if (!last.fingerprint().equals(fingerprint)) {
                EventTerminology.Tally tally = events.tally(EventLevel.PT);
                SignalRun run = detect(input -> addCaseRows(input, tally));
                last = new Computed(fingerprint, table(run, run.reports(), tally.result(true)));
            }
            return last.table();
        }
    }

    /** A (case, product, event) row with what its stratum and period are read from. */
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

    /** The table of the reader's strata, period and level; the plain query's is {@link #current()}. */
    public SignalTable current(SignalQuery query) {
        if (query.plain()) {
            return current();
        }
        String fingerprint = fingerprint();
        return chosenTables.get(new Chosen(fingerprint, query), key -> {
            EventTerminology.Tally tally = events.tally(query.level());
            return table(caseRows(query.level(), tally), query, tally);
        });
    }

    /**
     * The pair's statistics computed on the reports of the chosen period (from its first day, or from the
     * start) received up to the end of each period, from the period of the pair's first report to that of the
     * latest report (see {@link PairTrend}), with the chosen strata and level.
     */
    public PairTrend trend(SignalQuery query, String product, String event) {
        String fingerprint = fingerprint();
        EventTerminology.Tally tally = events.tally(query.level());
        List<CaseRow> rows = caseRows(query.level(), tally).stream()
                .filter(row -> query.includes(row.receivedOn()))
                .toList();
        EventTerminology terminology = tally.result(true);
        return PairTrend.of(rows, product, event, end -> {
            SignalQuery upTo = query.upTo(query.to() != null && query.to().isBefore(end) ? query.to() : end);
            return chosenTables.get(new Chosen(fingerprint, upTo), key -> table(rows, upTo, terminology));
        });
    }

    private SignalTable table(List<CaseRow> rows, SignalQuery query, EventTerminology.Tally tally) {
        return table(rows, query, tally.result(true));
    }

    private SignalTable table(List<CaseRow> rows, SignalQuery query, EventTerminology terminology) {
        SignalInput input = query.by() == Stratification.NONE ? SignalInput.unstratified() : SignalInput.stratified();
        for (CaseRow row : rows) {
            if (query.includes(row.receivedOn())) {
                input.add(row.caseId(), row.product(), row.event(), query.by().stratumOf(row, ages));
            }
        }
        SignalRun run = SignalDetection.run(input, HyperparameterChoice.fit());
        return table(run, run.reports(), terminology);
    }

    /** The input of the table at {@code level}, one row per (case, product, event), for checking levels. */
    List<CaseRow> rows(EventLevel level) {
        return caseRows(level, events.tally(level));
    }

    /** Every row at {@code level}: a reaction in several groups gives a row for each. */
    private List<CaseRow> caseRows(EventLevel level, EventTerminology.Tally tally) {
        EventKeys keys = events.keys();
        List<CaseRow> rows = new ArrayList<>();
        jdbc.sql("select c.id::text, p.name, " + REACTION + ", " + FACTS + CASE_PAIRS)
                .query(rs -> {
                    String caseId = rs.getString(1);
                    CodedReaction reaction = reaction(rs);
                    tally.add(caseId + "#" + rs.getLong(3), reaction);
                    for (String event : keys.of(reaction, level)) {
                        rows.add(new CaseRow(
                                caseId,
                                rs.getString(2),
                                event,
                                rs.getObject(9, LocalDate.class),
                                rs.getString(10),
                                rs.getObject(11) == null ? null : rs.getDouble(11),
                                rs.getString(12),
                                rs.getString(13)));
                    }
                });
        return rows;
    }

    /** The reaction of a row whose columns 3 to 8 are {@link #REACTION}, its code if it counts. */
    private static CodedReaction reaction(ResultSet rs) throws SQLException {
        return new CodedReaction(
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8) == null ? null : rs.getDouble(8))
                .trusted(AUTOMATIC);
    }

    /** The table of an imported public data set (FAERS, VAERS) at PT level. */
    public SignalTable ofDataSet(long dataSet) {
        return ofDataSet(dataSet, EventLevel.PT);
    }

    /** The table of an imported public data set (FAERS, VAERS) at {@code level}. */
    public SignalTable ofDataSet(long dataSet, EventLevel level) {
        return externalTables.get(new External(dataSet, level, events.releaseVersion()), key -> {
            EventKeys keys = events.keys();
            Map<String, List<String>> byTerm = new HashMap<>();
            SignalRun run = detect(input -> external.addSignalRows(dataSet, (report, product, term) -> {
                for (String event :
                        byTerm.computeIfAbsent(term, pt -> keys.of(CodedReaction.preferredTerm(pt, null), level))) {
                    input.add(report, product, event);
                }
            }));
            ExternalDataSets.DataSet found = external.find(dataSet).orElseThrow();
            return table(run, found.cases(), events.tally(level).stated(found.meddraVersions()));
        });
    }

    /** A data set's cases behind one pair at {@code level}: their ids in the publisher's numbering. */
    public List<String> casesOf(long dataSet, String product, String event, EventLevel level) {
        if (level == EventLevel.PT) {
            return external.casesOf(dataSet, product, event);
        }
        EventKeys keys = events.keys();
        return external.casesOf(
                dataSet,
                product,
                pt -> keys.of(CodedReaction.preferredTerm(pt, null), level).contains(event));
    }

    /** The cases behind one pair at PT level, newest first: reference, id and when received. */
    public List<PairCase> casesOf(String product, String event) {
        return casesOf(product, event, EventLevel.PT);
    }

    /** The cases behind one pair at {@code level}, newest first: reference, id and when received. */
    public List<PairCase> casesOf(String product, String event, EventLevel level) {
        EventKeys keys = events.keys();
        Map<UUID, PairCase> cases = new LinkedHashMap<>();
        jdbc.sql("select c.id::text, p.name, " + REACTION + ", c.id, c.reference, c.received_at, c.serious "
                        + CASE_PAIRS + " and p.name = ? order by c.received_at desc, c.id")
                .param(product)
                .query(rs -> {
                    if (keys.of(reaction(rs), level).contains(event)) {
                        UUID id = rs.getObject(9, UUID.class);
                        cases.putIfAbsent(
                                id,
                                new PairCase(
                                        id,
                                        rs.getString(10),
                                        rs.getObject(11, java.time.OffsetDateTime.class)
                                                .toInstant(),
                                        rs.getBoolean(12)));
                    }
                });
        return List.copyOf(cases.values());
    }

    /** A case behind a pair. */
    public record PairCase(UUID id, String reference, java.time.Instant receivedAt, boolean serious) {}

    /** Changes with reports, nullifications, merges, codes and the current MedDRA release. */
    private String fingerprint() {
        return jdbc.sql("""
                        select (select count(*) from report_version) || '/' ||
                               (select coalesce(max(recorded_at)::text, '') from report_version) || '/' ||
                               (select count(*) from report_case where nullified) || '/' ||
                               (select count(*) from product where merged_into is not null) || '/' ||
                               (select coalesce(sum(hashtext(id::text || master_case::text)), 0) from report_case
                                where master_case is not null) || '/' ||
                               (select count(*) || ':' || coalesce(max(decided_at)::text, '') from reaction_code)""").query(String.class).single() + "/" + events.releaseVersion();
    }

    /** Signal detection over the rows {@code rows} adds, with the prior fitted. */
    private static SignalRun detect(Consumer<SignalInput> rows) {
        SignalInput input = SignalInput.unstratified();
        rows.accept(input);
        return SignalDetection.run(input, HyperparameterChoice.fit());
    }

    private SignalTable table(SignalRun run, long reports, EventTerminology terminology) {
        return new SignalTable(
                clock.instant(),
                reports,
                run.prior().map(Object::toString).orElse(null),
                run.negativeLogLikelihood(),
                run.pairs(),
                run.priorOnBounds(),
                run.strata(),
                terminology);
    }

    private void addCaseRows(SignalInput input, EventTerminology.Tally tally) {
        EventKeys keys = events.keys();
        jdbc.sql("select c.id::text, p.name, " + REACTION + " " + CASE_PAIRS).query(rs -> {
            CodedReaction reaction = reaction(rs);
            tally.add(rs.getString(1) + "#" + rs.getLong(3), reaction);
            for (String event : keys.of(reaction, EventLevel.PT)) {
                input.add(rs.getString(1), rs.getString(2), event);
            }
        });
    }
}
