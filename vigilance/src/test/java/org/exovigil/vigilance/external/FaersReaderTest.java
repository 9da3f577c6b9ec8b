package org.exovigil.vigilance.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FAERS 2022Q4 excerpt of ../data/reference (each file an independent head-excerpt of the quarter,
 * so joins are sparse); every count below was checked with awk on the files.
 */
class FaersReaderTest {

    static final Path EXCERPT = Path.of("/work/shared/data/reference/faers_2022q4_excerpt");

    @TempDir
    Path dir;

    private static final String DEMO_HEADER = "primaryid$caseid$caseversion$i_f_code$event_dt$mfr_dt$init_fda_dt$fda_dt"
            + "$rept_cod$auth_num$mfr_num$mfr_sndr$lit_ref$age$age_cod$age_grp$sex$e_sub$wt$wt_cod$rept_dt$to_mfr"
            + "$occp_cod$reporter_country$occr_country";
    private static final String DRUG_HEADER = "primaryid$caseid$drug_seq$role_cod$drugname$prod_ai$val_vbm$route"
            + "$dose_vbm$cum_dose_chr$cum_dose_unit$dechal$rechal$lot_num$exp_dt$nda_num$dose_amt$dose_unit"
            + "$dose_form$dose_freq";

    private static String demo(String primaryId, String caseId, String version, String sex) {
        return "%s$%s$%s$F$20260101$$20260102$20260103$EXP$$$$$40$YR$$%s$Y$$$$$MD$JP$JP"
                .formatted(primaryId, caseId, version, sex);
    }

    private static String drug(String primaryId, String caseId, String role, String name) {
        return "%s$%s$1$%s$%s$$1$Oral$$$$$$$$$$$$".formatted(primaryId, caseId, role, name);
    }

    /** A quarter of the given files, written to the temp directory. */
    private FaersQuarter quarter(List<String> demo, List<String> drug, List<String> reac, String delete)
            throws IOException {
        Files.write(dir.resolve("DEMO26Q1.txt"), with(DEMO_HEADER, demo));
        Files.write(dir.resolve("DRUG26Q1.txt"), with(DRUG_HEADER, drug));
        Files.write(dir.resolve("REAC26Q1.txt"), with("primaryid$caseid$pt$drug_rec_act", reac));
        if (delete != null) {
            Files.writeString(dir.resolve("DELETE26Q1.txt"), delete);
        }
        return FaersQuarter.in(dir);
    }

    private static List<String> with(String header, List<String> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        return lines;
    }

    @Test
    void theExcerptGivesOneCasePerDemoRowJoinedToTheRowsItsExcerptsShare() {
        List<ExternalCase> cases = new ArrayList<>();

        ReadSummary summary = FaersReader.of(FaersQuarter.in(EXCERPT)).read(cases::add);

        assertThat(summary.rowsRead())
                .containsExactly(
                        Map.entry("DELETE22Q4.txt", 3624L),
                        Map.entry("DEMO22Q4.txt", 258L),
                        Map.entry("DRUG22Q4.txt", 209L),
                        Map.entry("REAC22Q4.txt", 974L),
                        Map.entry("OUTC22Q4.txt", 1206L));
        assertThat(summary.cases()).isEqualTo(258);
        assertThat(cases).hasSize(258);
        assertThat(summary.supersededVersions()).isZero();
        assertThat(summary.deletedCases()).isZero(); // none of the 258 caseids is among the 3,624 deleted
        // DRUG covers 16 cases, REAC 60, OUTC 224 (360 of its 1,206 rows); the other 846 OUTC rows belong
        // to cases beyond the DEMO excerpt.
        assertThat(cases.stream().filter(c -> !c.products().isEmpty())).hasSize(16);
        assertThat(cases.stream().filter(c -> !c.reactions().isEmpty())).hasSize(60);
        assertThat(cases.stream().filter(c -> !c.outcomes().isEmpty())).hasSize(224);
        assertThat(summary.unmatchedRows()).isEqualTo(846);
        assertThat(cases.stream().filter(c -> c.sex() == Sex.FEMALE)).hasSize(143);
        assertThat(cases.stream().filter(c -> c.sex() == Sex.MALE)).hasSize(97);
        assertThat(cases.stream().filter(c -> c.eventDate() == null)).hasSize(49);
    }

    @Test
    void aCaseCarriesItsDemographicsProductsReactionsAndOutcomes() {
        ExternalCase first = FaersReader.of(FaersQuarter.in(EXCERPT)).readAll().getFirst();

        assertThat(first)
                .isEqualTo(new ExternalCase(
                        DataSet.FAERS,
                        "10011573",
                        3,
                        "100115733",
                        "2013-08-01",
                        "2022-11-23",
                        new BigDecimal("75"),
                        "YR",
                        Sex.MALE,
                        "CA",
                        "HP",
                        List.of("LT", "OT"),
                        List.of(
                                new ExternalProduct("PS", "JANUVIA", "SITAGLIPTIN PHOSPHATE", null, "Oral", null),
                                new ExternalProduct("C", "ATIVAN", "LORAZEPAM", null, "Unknown", null),
                                new ExternalProduct(
                                        "C",
                                        "LOPERAMIDE HYDROCHLORIDE",
                                        "LOPERAMIDE HYDROCHLORIDE",
                                        null,
                                        "Unknown",
                                        null),
                                new ExternalProduct("C", "METFORMIN", "METFORMIN HYDROCHLORIDE", null, "Oral", null)),
                        List.of(
                                new ExternalReaction("Pancreatitis chronic", null),
                                new ExternalReaction("Pancreatic carcinoma", null))));
        assertThat(first.reportId()).isEqualTo("FAERS:10011573");
        assertThat(first.seriousness())
                .containsExactlyInAnyOrder(
                        SeriousnessCriterion.LIFE_THREATENING, SeriousnessCriterion.OTHER_MEDICALLY_IMPORTANT);
        assertThat(first.ageInYears()).isEqualByComparingTo("75");
    }

    @Test
    void signalRowsPairEachSuspectedSubstanceWithEachReaction() {
        List<ExternalCase> cases = FaersReader.of(FaersQuarter.in(EXCERPT)).readAll();

        assertThat(cases.getFirst().signalRows())
                .containsExactly(
                        new SignalRow("FAERS:10011573", "SITAGLIPTIN PHOSPHATE", "Pancreatitis chronic"),
                        new SignalRow("FAERS:10011573", "SITAGLIPTIN PHOSPHATE", "Pancreatic carcinoma"));
        assertThat(cases.getFirst().signalRows(true)).hasSize(8);
        // PS, SS and I rows of the 16 cases with drugs, by prod_ai (else drugname), times their distinct PTs.
        assertThat(cases.stream().mapToInt(c -> c.signalRows().size()).sum()).isEqualTo(539);
    }

    @Test
    void aCaseOnTheDeleteListIsLeftOutAndItsRowsWithIt() throws IOException {
        for (String name : List.of("DEMO22Q4.txt", "DRUG22Q4.txt", "REAC22Q4.txt", "OUTC22Q4.txt")) {
            Files.copy(EXCERPT.resolve("ASCII").resolve(name), dir.resolve(name));
        }
        Files.writeString(dir.resolve("DELETE22Q4.txt"), "\n10011573\n99999999$\n");

        List<ExternalCase> cases = new ArrayList<>();
        ReadSummary summary = FaersReader.of(FaersQuarter.in(dir)).read(cases::add);

        assertThat(summary.deletedCases()).isEqualTo(1);
        assertThat(summary.rowsRead()).containsEntry("DELETE22Q4.txt", 2L);
        assertThat(cases).hasSize(257).noneMatch(c -> c.caseId().equals("10011573"));
        // its 4 DRUG, 2 REAC and 2 OUTC rows now have no case
        assertThat(summary.unmatchedRows()).isEqualTo(846 + 8);
    }

    @Test
    void theLatestVersionOfACaseWinsWithItsOwnRowsOnly() throws IOException {
        FaersQuarter quarter = quarter(
                List.of(
                        demo("71", "7", "1", "F"),
                        demo("73", "7", "3", "F"),
                        demo("72", "7", "2", "M"),
                        demo("81", "8", "1", "M")),
                List.of(drug("71", "7", "PS", "OLD"), drug("73", "7", "PS", "NEW"), drug("81", "8", "SS", "OTHER")),
                List.of("73$7$Sepsis$", "72$7$Rash$", "81$8$Fever$"),
                null);

        List<ExternalCase> cases = new ArrayList<>();
        ReadSummary summary = FaersReader.of(quarter).read(cases::add);

        assertThat(cases)
                .extracting(ExternalCase::caseId, ExternalCase::version, ExternalCase::primaryId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("7", 3, "73"),
                        org.assertj.core.groups.Tuple.tuple("8", 1, "81"));
        assertThat(cases.getFirst().products())
                .extracting(ExternalProduct::name)
                .containsExactly("NEW");
        assertThat(cases.getFirst().reactions()).containsExactly(new ExternalReaction("Sepsis", null));
        assertThat(summary.supersededVersions()).isEqualTo(2);
        assertThat(summary.unmatchedRows()).isEqualTo(2);
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesFileLineAndWhatWasExpected() throws IOException {
        FaersQuarter quarter = quarter(
                List.of(demo("11", "1", "1", "F")),
                List.of(drug("11", "1", "PS", "A"), "11$1$2$C$B$$1$Oral", drug("11", "1", "C", "C")),
                List.of("11$1$Rash$"),
                null);

        assertThatThrownBy(() -> FaersReader.of(quarter).readAll())
                .isInstanceOf(ExternalDataException.class)
                .hasMessage("EXO-1214: DRUG26Q1.txt:3: expected 20 fields separated by $ as in the header, got 8");

        List<ExternalCase> cases = new ArrayList<>();
        ReadSummary summary =
                FaersReader.of(quarter).onMalformedRows(MalformedRows.SKIP).read(cases::add);
        assertThat(cases.getFirst().products())
                .extracting(ExternalProduct::name)
                .containsExactly("A", "C");
        assertThat(summary.skippedRows()).isEqualTo(1);
        assertThat(summary.problems()).extracting(Problem::path).containsExactly("DRUG26Q1.txt:3");
    }

    @Test
    void aVersionThatIsNoNumberIsAMalformedRow() throws IOException {
        FaersQuarter quarter = quarter(List.of(demo("11", "1", "one", "F")), List.of(), List.of(), null);

        assertThatThrownBy(() -> FaersReader.of(quarter).readAll())
                .isInstanceOf(ExternalDataException.class)
                .hasMessage("EXO-1214: DEMO26Q1.txt:2: expected a whole number in caseversion, got \"one\"");
    }

    @Test
    void progressIsToldTheRowsOfEachFile() {
        Map<String, Long> told = new LinkedHashMap<>();

        FaersReader.of(FaersQuarter.in(EXCERPT)).withProgress(told::put).readAll();

        assertThat(told)
                .containsExactly(
                        Map.entry("DELETE22Q4.txt", 3624L),
                        Map.entry("DEMO22Q4.txt", 258L),
                        Map.entry("DRUG22Q4.txt", 209L),
                        Map.entry("REAC22Q4.txt", 974L),
                        Map.entry("OUTC22Q4.txt", 1206L));
    }

    @Test
    void aQuarterWithoutItsFilesIsOneClearError() {
        assertThatThrownBy(() -> FaersQuarter.in(dir))
                .isInstanceOf(ExternalDataException.class)
                .satisfies(e ->
                        assertThat(((ExternalDataException) e).problem().code()).isEqualTo(ProblemCode.UNREADABLE))
                .hasMessageContaining("expected a FAERS DEMO file (DEMOyyQq.txt) under");
    }
}
