package org.exovigil.signals.onset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exovigil.signals.onset.WeibullFit.Reading;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Time to onset on VAERS 2017 (38,911 reports; {@code shared/data/reference/README.md}), two ways: the code
 * under test from VAX_DATE and ONSET_DATE, and a hand computation from VAERS's own NUMDAYS column, sorted
 * and read off by order statistics, with the Weibull shape found by bisection on the profile score and its
 * interval from a finite-difference Hessian ({@link HandComputation}).
 */
class VaersTimeToOnsetTest {

    private static final DateTimeFormatter VAERS_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    private static List<Map<String, String>> data;
    private static Map<Integer, List<Map<String, String>>> vaccines;
    private static Map<Integer, Set<String>> symptoms;

    @BeforeAll
    static void read() {
        data = VaersRows.of("2017VAERSDATA.csv");
        vaccines = new HashMap<>();
        for (Map<String, String> row : VaersRows.of("2017VAERSVAX.csv")) {
            vaccines.computeIfAbsent(VaersRows.id(row), id -> new ArrayList<>()).add(row);
        }
        symptoms = new HashMap<>();
        for (Map<String, String> row : VaersRows.of("2017VAERSSYMPTOMS.csv")) {
            for (int i = 1; i <= 5; i++) {
                String symptom = row.get("SYMPTOM" + i);
                if (!symptom.isEmpty()) {
                    symptoms.computeIfAbsent(VaersRows.id(row), id -> new HashSet<>())
                            .add(symptom);
                }
            }
        }
    }

    private static LocalDate date(String cell) {
        return cell.isEmpty() ? null : LocalDate.parse(cell, VAERS_DATE);
    }

    /**
     * NUMDAYS is ONSET_DATE minus VAX_DATE on every one of the 27,711 reports that give all three; VAERS
     * leaves NUMDAYS empty on the 231 reports whose onset is dated before the vaccination, and the code
     * excludes exactly those as onsets before administration. No report gives NUMDAYS without both dates.
     */
    @Test
    void numdaysIsTheDaysFromVaccinationToOnsetWhereverAllThreeAreGiven() {
        int allThree = 0;
        List<String> disagreeing = new ArrayList<>();
        int datesWithoutNumdays = 0;
        int numdaysWithoutDates = 0;
        OnsetSeries everyReport = new OnsetSeries();
        for (Map<String, String> row : data) {
            LocalDate vaccinated = date(row.get("VAX_DATE"));
            LocalDate onset = date(row.get("ONSET_DATE"));
            String numdays = row.get("NUMDAYS");
            everyReport.add(vaccinated, onset);
            if (vaccinated != null && onset != null && !numdays.isEmpty()) {
                allThree++;
                long days = java.time.temporal.ChronoUnit.DAYS.between(vaccinated, onset);
                if (Double.parseDouble(numdays) != days) {
                    disagreeing.add(row.get("VAERS_ID") + ": dates give " + days + ", NUMDAYS " + numdays);
                }
            } else if (vaccinated != null && onset != null) {
                datesWithoutNumdays++;
                assertThat(onset).as("VAERS_ID %s", row.get("VAERS_ID")).isBefore(vaccinated);
            } else if (!numdays.isEmpty()) {
                numdaysWithoutDates++;
            }
        }
        TimeToOnset all = everyReport.summary();

        assertThat(data).hasSize(38_911);
        assertThat(allThree).isEqualTo(27_711);
        assertThat(disagreeing)
                .as("reports whose NUMDAYS is not ONSET_DATE - VAX_DATE")
                .isEmpty();
        assertThat(datesWithoutNumdays).isEqualTo(231);
        assertThat(numdaysWithoutDates).isZero();
        assertThat(all.count()).isEqualTo(27_711);
        assertThat(all.excluded())
                .containsEntry(OnsetExclusion.ONSET_BEFORE_ADMINISTRATION, 231)
                .containsEntry(OnsetExclusion.NO_ADMINISTRATION_DATE, 7_161 + 354)
                .containsEntry(OnsetExclusion.NO_ONSET_DATE, 3_454);
        assertThat(all.days()[all.count() - 1])
                .as("the longest NUMDAYS, sixty years")
                .isEqualTo(21_940);
    }

    /**
     * Four series by vaccine (VAX_TYPE), symptom (MedDRA PT) and route (VAX_ROUTE): injection-site erythema
     * after pneumococcal polysaccharide vaccine, syncope after HPV vaccine (almost all on the day), herpes
     * zoster after zoster vaccine (a long tail), Guillain-Barré syndrome after influenza vaccine (weeks).
     * The figures pinned here were computed once by hand (Python, the same rules) and are checked below
     * against the independent computation too.
     */
    @ParameterizedTest
    @CsvSource({
        // vaccine, symptom, route, n, no vax date, no onset date, onset before, q1, median, q3, same day, k, reading
        "PPV,    Injection site erythema, IM, 912,  7, 11, 10, 0,  1,  1,    424, 0.9211, DECREASING",
        "HPV9,   Syncope,                 IM, 153,  7,  5,  0, 0,  0,  0,    144, 0.6585, DECREASING",
        "VARZOS, Herpes zoster,           SC,  75, 77, 15,  0, 1,  5,  215,    4, 0.3288, DECREASING",
        "FLU4,   Guillain-Barre syndrome, IM,  31,  0,  1,  1, 8, 15,  25.5,   1, 0.9255, CONSTANT",
    })
    void aSeriesMatchesTheHandComputationFromNumdays(
            String vaccine,
            String symptom,
            String route,
            int n,
            int noVaxDate,
            int noOnsetDate,
            int onsetBefore,
            double q1,
            double median,
            double q3,
            int sameDay,
            double shape,
            Reading reading) {
        CaseSeriesOnsets onsets = new CaseSeriesOnsets();
        List<Long> numdays = new ArrayList<>();
        for (Map<String, String> row : data) {
            int id = VaersRows.id(row);
            boolean given = vaccines.getOrDefault(id, List.of()).stream()
                    .anyMatch(v -> v.get("VAX_TYPE").equals(vaccine)
                            && v.get("VAX_ROUTE").equals(route));
            if (given && symptoms.getOrDefault(id, Set.of()).contains(symptom)) {
                onsets.add(vaccine, symptom, route, date(row.get("VAX_DATE")), date(row.get("ONSET_DATE")));
                if (!row.get("NUMDAYS").isEmpty()) {
                    numdays.add((long) Double.parseDouble(row.get("NUMDAYS")));
                }
            }
        }
        TimeToOnset series = onsets.summaries().get(new CaseSeriesOnsets.Key(vaccine, symptom, route));
        long[] hand = numdays.stream().mapToLong(Long::longValue).sorted().toArray();
        OnsetQuartiles quartiles = series.quartiles().orElseThrow();
        WeibullFit fit = series.weibull();

        // The code against the hand computation from NUMDAYS.
        assertThat(series.days()).containsExactly(hand);
        assertThat(quartiles.lower()).isEqualTo(HandComputation.quantile(hand, 0.25));
        assertThat(quartiles.median()).isEqualTo(HandComputation.quantile(hand, 0.5));
        assertThat(quartiles.upper()).isEqualTo(HandComputation.quantile(hand, 0.75));
        double[] times = HandComputation.times(hand);
        double k = HandComputation.weibullShape(times);
        double scale = HandComputation.weibullScale(times, k);
        double se = HandComputation.shapeStandardError(times, k, scale);
        assertThat(fit.shape()).isCloseTo(k, within(1e-9));
        assertThat(fit.scale()).isCloseTo(scale, within(1e-6 * scale));
        assertThat(fit.shapeUpper()).isCloseTo(k * Math.exp(1.959963984540054 * se / k), within(1e-4));
        assertThat(fit.shapeLower()).isCloseTo(k * Math.exp(-1.959963984540054 * se / k), within(1e-4));

        // The figures computed once by hand.
        assertThat(series.count()).isEqualTo(n);
        assertThat(series.excluded().getOrDefault(OnsetExclusion.NO_ADMINISTRATION_DATE, 0))
                .isEqualTo(noVaxDate);
        assertThat(series.excluded().getOrDefault(OnsetExclusion.NO_ONSET_DATE, 0))
                .isEqualTo(noOnsetDate);
        assertThat(series.excluded().getOrDefault(OnsetExclusion.ONSET_BEFORE_ADMINISTRATION, 0))
                .isEqualTo(onsetBefore);
        assertThat(quartiles).isEqualTo(new OnsetQuartiles(q1, median, q3));
        assertThat(series.sameDay()).isEqualTo(sameDay);
        assertThat(fit.shape()).isCloseTo(shape, within(0.00005));
        assertThat(fit.reading()).isEqualTo(reading);
        assertThat(Arrays.stream(series.days()).min().orElseThrow()).isNotNegative();
    }
}
