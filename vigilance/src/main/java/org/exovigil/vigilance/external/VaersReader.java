package org.exovigil.vigilance.external;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a VAERS year into one {@link ExternalCase} per report: DATA gives the report, SYMPTOMS its MedDRA
 * terms (SYMPTOM1-5 with SYMPTOMVERSION1-5), VAX its vaccines (VAX_TYPE, VAX_NAME, VAX_LOT, VAX_MANU,
 * VAX_ROUTE), joined by VAERS_ID without its zero padding (SYMPTOMS and VAX write {@code 0676017} for
 * DATA's {@code 676017}). The files are RFC 4180 CSV ({@link CsvRows}) and every cell is a string: "NA" is
 * a value, never a gap. Columns are found by header name, so the full files and the column-reduced ones
 * both read; the flags that exist among DIED, L_THREAT, ER_VISIT, HOSPITAL, X_STAY, DISABLE, BIRTH_DEFECT,
 * OFC_VISIT and ER_ED_VISIT become the outcomes where they hold Y.
 *
 * <p>Some DATA files hold free text with bare commas, which gives rows more fields than the header. Such
 * a row is kept ("ragged", counted in the summary): the columns before the first free-text column and
 * after the last are still known, those between are read as unknown. A row with fewer fields is
 * malformed (EXO-1214), as is a VAERS_ID that is not a number.
 */
public final class VaersReader {

    /** The free-text columns of VAERSDATA, where bare commas occur. */
    static final Set<String> FREE_TEXT =
            Set.of("SYMPTOM_TEXT", "LAB_DATA", "OTHER_MEDS", "CUR_ILL", "HISTORY", "PRIOR_VAX", "ALLERGIES");

    static final List<String> FLAGS = List.of(
            "DIED",
            "L_THREAT",
            "ER_VISIT",
            "HOSPITAL",
            "X_STAY",
            "DISABLE",
            "BIRTH_DEFECT",
            "OFC_VISIT",
            "ER_ED_VISIT");

    private final VaersYear year;
    private final ReadingOptions options;

    private VaersReader(VaersYear year, ReadingOptions options) {
        this.year = year;
        this.options = options;
    }

    /** Fails on the first malformed row, tells no one, decodes windows-1252 as CDC's files are written. */
    public static VaersReader of(VaersYear year) {
        return new VaersReader(
                Objects.requireNonNull(year, "year"), ReadingOptions.strict(Charset.forName("windows-1252")));
    }

    public VaersReader onMalformedRows(MalformedRows policy) {
        return new VaersReader(year, options.with(Objects.requireNonNull(policy)));
    }

    public VaersReader withProgress(Progress listener) {
        return new VaersReader(year, options.with(Objects.requireNonNull(listener)));
    }

    public VaersReader withCharset(Charset files) {
        return new VaersReader(year, options.with(Objects.requireNonNull(files)));
    }

    public List<ExternalCase> readAll() {
        List<ExternalCase> cases = new ArrayList<>();
        read(cases::add);
        return cases;
    }

    /** Gives each report to {@code sink}, in DATA order, once the three files are read. */
    public ReadSummary read(Consumer<ExternalCase> sink) {
        TableReading files = options.tableReading();
        CaseBuilder.Texts texts = new CaseBuilder.Texts();
        Map<String, CaseBuilder> reports = new LinkedHashMap<>();
        files.csvRows(year.data(), FREE_TEXT, row -> {
            String id = id(row);
            CaseBuilder c = new CaseBuilder(DataSet.VAERS, id, 1, id);
            c.eventDate = ReportedDates.vaers(row.text("ONSET_DATE"));
            c.receivedDate = ReportedDates.vaers(row.text("RECVDATE"));
            c.age = CaseBuilder.decimal(row.text("AGE_YRS"));
            c.ageUnit = c.age == null ? null : "YR";
            c.sex = CaseBuilder.sex(row.text("SEX"));
            for (String flag : FLAGS) {
                if ("Y".equals(row.text(flag))) {
                    c.outcomes.add(flag);
                }
            }
            reports.put(id, c);
        });
        long[] unmatched = {0};
        files.csvRows(year.symptoms(), Set.of(), row -> {
            CaseBuilder c = reports.get(id(row));
            if (c == null) {
                unmatched[0]++;
                return;
            }
            for (int n = 1; n <= 5; n++) {
                String term = row.text("SYMPTOM" + n);
                if (term != null) {
                    c.reactions.add(new ExternalReaction(texts.of(term), texts.of(row.text("SYMPTOMVERSION" + n))));
                }
            }
        });
        files.csvRows(year.vax(), Set.of(), row -> {
            CaseBuilder c = reports.get(id(row));
            if (c == null) {
                unmatched[0]++;
                return;
            }
            c.products.add(new ExternalProduct(
                    null,
                    texts.of(row.text("VAX_NAME")),
                    texts.of(row.text("VAX_TYPE")),
                    texts.of(row.text("VAX_LOT")),
                    texts.of(row.text("VAX_ROUTE")),
                    texts.of(row.text("VAX_MANU"))));
        });
        reports.values().forEach(c -> sink.accept(c.build()));
        return new ReadSummary(
                files.rowsRead, reports.size(), 0, 0, unmatched[0], files.ragged, files.skipped, files.problems);
    }

    /** VAERS_ID without zero padding: {@code 0676017} and {@code 676017} are one report. */
    private static String id(Header.Row row) {
        String cell = row.text("VAERS_ID");
        if (cell == null || cell.length() > 18 || !cell.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw TableReading.badCell(row, "VAERS_ID", "a number");
        }
        int zeros = 0;
        while (zeros < cell.length() - 1 && cell.charAt(zeros) == '0') {
            zeros++;
        }
        return cell.substring(zeros);
    }
}
