package org.exovigil.vigilance.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Sex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VAERS 2017 of ../data/reference (DATA reduced to 16 columns); the counts were checked with Python's csv
 * module reading every cell as a string.
 */
class VaersReaderTest {

    static final Path YEAR_2017 = Path.of("/work/shared/data/reference/vaers_2017");

    private static List<ExternalCase> cases;
    private static ReadSummary summary;
    private static Map<String, ExternalCase> byId;

    @TempDir
    Path dir;

    @BeforeAll
    static void readThe2017Files() {
        List<ExternalCase> read = new ArrayList<>();
        summary = VaersReader.of(VaersYear.in(YEAR_2017)).read(read::add);
        cases = read;
        byId = read.stream().collect(Collectors.toMap(ExternalCase::caseId, Function.identity()));
    }

    @Test
    void theYearHas38911ReportsWithTheirSymptomRowsAndVaccineRows() {
        assertThat(summary.rowsRead())
                .containsExactly(
                        Map.entry("2017VAERSDATA.csv", 38_911L),
                        Map.entry("2017VAERSSYMPTOMS.csv", 45_666L),
                        Map.entry("2017VAERSVAX.csv", 52_752L));
        assertThat(cases).hasSize(38_911);
        assertThat(summary.unmatchedRows()).isZero(); // every zero-padded id finds its report
        assertThat(cases.stream().mapToLong(c -> c.reactions().size()).sum()).isEqualTo(129_111);
        assertThat(cases.stream().mapToLong(c -> c.products().size()).sum()).isEqualTo(52_752);
        assertThat(cases)
                .allMatch(c -> !c.reactions().isEmpty() && !c.products().isEmpty());
    }

    @Test
    void zeroPaddedIdsJoinSymptomsAndVaccinesToTheirReport() {
        ExternalCase report = byId.get("676017");

        assertThat(report.reportId()).isEqualTo("VAERS:676017");
        assertThat(report.eventDate()).isEqualTo("2016-12-20");
        assertThat(report.age()).isEqualTo(new BigDecimal("1.5"));
        assertThat(report.sex()).isEqualTo(Sex.MALE);
        assertThat(report.products())
                .containsExactly(
                        new ExternalProduct(null, "HEP A (VAQTA)", "HEPA", "M032492", "IM", "MERCK & CO. INC."));
        // three SYMPTOMS rows: 5 + 5 + 3 terms, all MedDRA 19.10
        assertThat(report.reactions())
                .hasSize(13)
                .allMatch(r -> r.meddraVersion().equals("19.10"));
        assertThat(report.reactions().getFirst()).isEqualTo(new ExternalReaction("Abasia", "19.10"));
        assertThat(report.reactions().getLast()).isEqualTo(new ExternalReaction("X-ray", "19.10"));
    }

    @Test
    void theFlagsOfTheReducedFileBecomeOutcomesAndSeriousness() {
        assertThat(cases.stream().filter(c -> c.outcomes().contains("DIED"))).hasSize(129);
        assertThat(cases.stream().filter(c -> c.outcomes().contains("L_THREAT")))
                .hasSize(359);
        assertThat(cases.stream().filter(c -> c.outcomes().contains("HOSPITAL")))
                .hasSize(1_198);
        assertThat(cases.stream().filter(c -> c.outcomes().contains("ER_VISIT")))
                .hasSize(3_870);
        assertThat(cases.stream().filter(ExternalCase::isSerious)).hasSize(1_437);
        assertThat(byId.get("676024").seriousness())
                .containsExactlyInAnyOrder(SeriousnessCriterion.LIFE_THREATENING, SeriousnessCriterion.HOSPITALISATION);
    }

    @Test
    void rowsWithBareCommasInTheirFreeTextKeepTheirLeadingColumns() {
        // 1,966 DATA rows have more than 16 fields: commas in CUR_ILL, PRIOR_VAX or ALLERGIES.
        assertThat(summary.raggedRows()).isEqualTo(1_966);
        ExternalCase ragged = byId.get("676024");
        assertThat(ragged.age()).isEqualTo(new BigDecimal("1.58"));
        assertThat(ragged.eventDate()).isEqualTo("2015-04-24");
        assertThat(ragged.outcomes()).containsExactly("L_THREAT", "ER_VISIT", "HOSPITAL");
        assertThat(ragged.products()).extracting(ExternalProduct::substance).containsExactly("HEPA", "MMR");
    }

    @Test
    void signalRowsPairEachVaccineTypeWithEachSymptom() {
        assertThat(cases.stream().mapToLong(c -> c.signalRows().size()).sum()).isEqualTo(180_647);
        assertThat(byId.get("676017").signalRows().getFirst())
                .isEqualTo(new SignalRow("VAERS:676017", "HEPA", "Abasia"));
    }

    @Test
    void everyCellIsAStringAndNaIsAValue() throws IOException {
        write(
                "VAERS_ID,AGE_YRS,SEX,DIED,ONSET_DATE,SYMPTOM_TEXT\r\n"
                        + "1,NA,NA,Y,02/30/2020,\"fainted, then \"\"fine\"\"\r\nnext day\"\r\n",
                "VAERS_ID,SYMPTOM1,SYMPTOMVERSION1,SYMPTOM2,SYMPTOMVERSION2\r\n00001,NA,NA,,\r\n",
                "VAERS_ID,VAX_TYPE,VAX_MANU,VAX_LOT,VAX_NAME\r\n0001,NA,\"MERCK, SHARP\",NA,\"COVID19 (COVID19 (MODERNA))\"\r\n");

        ExternalCase only = VaersReader.of(VaersYear.in(dir)).readAll().getFirst();

        assertThat(only.caseId()).isEqualTo("1");
        assertThat(only.age()).isNull(); // "NA" is no number, but it was never taken for a gap either
        assertThat(only.sex()).isEqualTo(Sex.UNKNOWN);
        assertThat(only.eventDate()).isNull(); // 30 February
        assertThat(only.outcomes()).containsExactly("DIED");
        assertThat(only.reactions()).containsExactly(new ExternalReaction("NA", "NA"));
        assertThat(only.products())
                .containsExactly(
                        new ExternalProduct(null, "COVID19 (COVID19 (MODERNA))", "NA", "NA", null, "MERCK, SHARP"));
    }

    @Test
    void aRowWithTooFewFieldsOrAnIdThatIsNoNumberIsMalformed() throws IOException {
        write("VAERS_ID,AGE_YRS,SEX\n1,40\n", "VAERS_ID,SYMPTOM1\n", "VAERS_ID,VAX_TYPE\n");
        assertThatThrownBy(() -> VaersReader.of(VaersYear.in(dir)).readAll())
                .isInstanceOf(ExternalDataException.class)
                .hasMessage(
                        "EXO-1214: 2026VAERSDATA.csv:2: expected 3 fields separated by commas as in the header, got 2");

        write("VAERS_ID,AGE_YRS,SEX\nA1,40,F\n2,41,M\n", "VAERS_ID,SYMPTOM1\n", "VAERS_ID,VAX_TYPE\n");
        assertThatThrownBy(() -> VaersReader.of(VaersYear.in(dir)).readAll())
                .hasMessage("EXO-1214: 2026VAERSDATA.csv:2: expected a number in vaers_id, got \"A1\"");
        assertThat(VaersReader.of(VaersYear.in(dir))
                        .onMalformedRows(MalformedRows.SKIP)
                        .readAll())
                .extracting(ExternalCase::caseId)
                .containsExactly("2");
    }

    private void write(String data, String symptoms, String vax) throws IOException {
        Files.writeString(dir.resolve("2026VAERSDATA.csv"), data, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2026VAERSSYMPTOMS.csv"), symptoms, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2026VAERSVAX.csv"), vax, StandardCharsets.UTF_8);
    }
}
