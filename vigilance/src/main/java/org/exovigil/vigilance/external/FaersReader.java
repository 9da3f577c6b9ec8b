package org.exovigil.vigilance.external;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;

/**
 * Reads a FAERS quarter into one {@link ExternalCase} per case, streaming each file once. The method, as
 * FDA's QDE description and its FAQ prescribe for de-duplication:
 *
 * <ol>
 *   <li>DELETE: read the case ids FDA withdrew (one a line; the first line may be blank).
 *   <li>DEMO: per caseid keep the row of the highest caseversion (ties by the higher primaryid, which is
 *       caseid followed by caseversion) — "latest case version wins" — and drop withdrawn cases.
 *   <li>DRUG, REAC, OUTC: join by primaryid to the kept version; rows of superseded versions or of cases
 *       not in DEMO are counted as unmatched.
 * </ol>
 *
 * Memory is one small builder per kept case; repeated texts are shared. Rows that do not fit the header
 * (EXO-1214, {@code FILE:line}) stop the read or are skipped, as {@link MalformedRows} says; so are rows
 * whose primaryid or caseid is empty or whose caseversion is not a whole number.
 */
public final class FaersReader {

    private final FaersQuarter quarter;
    private final ReadingOptions options;

    private FaersReader(FaersQuarter quarter, ReadingOptions options) {
        this.quarter = quarter;
        this.options = options;
    }

    /** Fails on the first malformed row, tells no one, decodes UTF-8 (of which ASCII is part). */
    public static FaersReader of(FaersQuarter quarter) {
        return new FaersReader(
                Objects.requireNonNull(quarter, "quarter"), ReadingOptions.strict(StandardCharsets.UTF_8));
    }

    public FaersReader onMalformedRows(MalformedRows policy) {
        return new FaersReader(quarter, options.with(Objects.requireNonNull(policy)));
    }

    public FaersReader withProgress(Progress listener) {
        return new FaersReader(quarter, options.with(Objects.requireNonNull(listener)));
    }

    public FaersReader withCharset(Charset files) {
        return new FaersReader(quarter, options.with(Objects.requireNonNull(files)));
    }

    /** Every case of the quarter, in DEMO order. */
    public List<ExternalCase> readAll() {
        List<ExternalCase> cases = new ArrayList<>();
        read(cases::add);
        return cases;
    }

    /** Gives each case to {@code sink} once all files are read; the summary says what was left out. */
    public ReadSummary read(Consumer<ExternalCase> sink) {
        TableReading files = options.tableReading();
        CaseBuilder.Texts texts = new CaseBuilder.Texts();
        Set<String> withdrawn = withdrawn(files);
        Map<String, CaseBuilder> latest = new LinkedHashMap<>();
        Set<String> deleted = new HashSet<>();
        long[] superseded = {0};
        files.dollarRows(quarter.demo(), row -> {
            String primaryId = row.text("PRIMARYID");
            String caseId = row.text("CASEID");
            if (primaryId == null || caseId == null) {
                throw TableReading.badCell(row, primaryId == null ? "PRIMARYID" : "CASEID", "an id");
            }
            if (withdrawn.contains(caseId)) {
                deleted.add(caseId);
                return;
            }
            int version = version(row);
            CaseBuilder known = latest.get(caseId);
            if (known != null && !isLater(version, primaryId, known)) {
                superseded[0]++;
                return;
            }
            if (known != null) {
                superseded[0]++;
            }
            latest.put(caseId, demographics(row, caseId, version, primaryId, texts));
        });
        Map<String, CaseBuilder> byPrimaryId = new HashMap<>();
        latest.values().forEach(c -> byPrimaryId.put(c.primaryId, c));
        long[] unmatched = {0};
        files.dollarRows(quarter.drug(), row -> {
            CaseBuilder c = byPrimaryId.get(row.text("PRIMARYID"));
            if (c == null) {
                unmatched[0]++;
                return;
            }
            c.products.add(new ExternalProduct(
                    texts.of(row.text("ROLE_COD")),
                    texts.of(row.text("DRUGNAME")),
                    texts.of(row.text("PROD_AI")),
                    texts.of(row.text("LOT_NUM")),
                    texts.of(row.text("ROUTE")),
                    null));
        });
        files.dollarRows(quarter.reac(), row -> {
            CaseBuilder c = byPrimaryId.get(row.text("PRIMARYID"));
            String term = row.text("PT");
            if (c == null) {
                unmatched[0]++;
            } else if (term != null) {
                c.reactions.add(new ExternalReaction(texts.of(term), null));
            }
        });
        if (quarter.outc() != null) {
            files.dollarRows(quarter.outc(), row -> {
                CaseBuilder c = byPrimaryId.get(row.text("PRIMARYID"));
                String code = row.text("OUTC_COD");
                if (c == null) {
                    unmatched[0]++;
                } else if (code != null) {
                    c.outcomes.add(texts.of(code));
                }
            });
        }
        latest.values().forEach(c -> sink.accept(c.build()));
        return new ReadSummary(
                files.rowsRead,
                latest.size(),
                superseded[0],
                deleted.size(),
                unmatched[0],
                files.ragged,
                files.skipped,
                files.problems);
    }

    private static int version(Header.Row row) {
        String cell = row.text("CASEVERSION");
        if (cell == null) {
            return 1;
        }
        if (cell.length() > 9 || !cell.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw TableReading.badCell(row, "CASEVERSION", "a whole number");
        }
        return Integer.parseInt(cell);
    }

    private static boolean isLater(int version, String primaryId, CaseBuilder known) {
        if (version != known.version) {
            return version > known.version;
        }
        return compareIds(primaryId, known.primaryId) > 0;
    }

    /** Numeric order for digit strings (primaryids are numbers), text order otherwise. */
    private static int compareIds(String a, String b) {
        if (a.length() != b.length() && isDigits(a) && isDigits(b)) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    private static CaseBuilder demographics(
            Header.Row row, String caseId, int version, String primaryId, CaseBuilder.Texts texts) {
        CaseBuilder c = new CaseBuilder(DataSet.FAERS, caseId, version, primaryId);
        c.eventDate = ReportedDates.faers(row.text("EVENT_DT"));
        c.receivedDate = ReportedDates.faers(row.text("FDA_DT"));
        c.age = CaseBuilder.decimal(row.text("AGE"));
        c.ageUnit = texts.of(row.text("AGE_COD"));
        c.sex = CaseBuilder.sex(row.text("SEX"));
        c.country = texts.of(row.text("OCCR_COUNTRY"));
        c.reporterOccupation = texts.of(row.text("OCCP_COD"));
        return c;
    }

    /** The DELETE list: one caseid a line (possibly ending with a $), blank lines passed over. */
    private Set<String> withdrawn(TableReading files) {
        Set<String> ids = new HashSet<>();
        if (quarter.delete() == null) {
            return ids;
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Files.newInputStream(quarter.delete()),
                options.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)))) {
            String line;
            while ((line = in.readLine()) != null) {
                String id = line.strip();
                if (id.endsWith("$")) {
                    id = id.substring(0, id.length() - 1).strip();
                }
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
        } catch (IOException e) {
            throw new ExternalDataException(Problem.of(
                    ProblemCode.UNREADABLE, "could not read %s: %s".formatted(quarter.delete(), e.getMessage())));
        }
        String name = quarter.delete().getFileName().toString();
        files.rowsRead.put(name, (long) ids.size());
        options.progress().rowsRead(name, ids.size());
        return ids;
    }
}
