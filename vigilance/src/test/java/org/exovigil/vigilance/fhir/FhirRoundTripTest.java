package org.exovigil.vigilance.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.model.Dose;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the writer writes, the reader reads back equal: every element the case model holds. */
class FhirRoundTripTest {

    private static final FhirReader READER = FhirReader.withDefaults();

    private static List<IndividualCaseSafetyReport> roundTrip(
            List<IndividualCaseSafetyReport> reports, FhirFormat format) {
        Checked<List<FhirCase>> read = READER.read(FhirWriter.write(reports, format), format);
        assertThat(read.problems()).isEmpty();
        read.value().forEach(c -> assertThat(c.report().problems()).isEmpty());
        read.value().forEach(c -> assertThat(c.notes()).isEmpty());
        return read.value().stream().map(c -> c.report().value()).toList();
    }

    @ParameterizedTest
    @EnumSource(FhirFormat.class)
    void everyFixtureComesBackEqualAlone(FhirFormat format) {
        for (IndividualCaseSafetyReport report : FhirFixtures.all()) {
            assertThat(roundTrip(List.of(report), format)).containsExactly(report);
        }
    }

    @ParameterizedTest
    @EnumSource(FhirFormat.class)
    void severalCasesInOneBundleComeBackAsSeveralCasesInOrder(FhirFormat format) {
        List<IndividualCaseSafetyReport> all = FhirFixtures.all();

        assertThat(roundTrip(all, format)).containsExactlyElementsOf(all);
    }

    @ParameterizedTest
    @EnumSource(FhirFormat.class)
    void everyAdverseEventAloneCarriesTheWholeCaseButOnlyItsOwnReaction(FhirFormat format) {
        IndividualCaseSafetyReport rich = FhirFixtures.rich();
        for (int i = 0; i < rich.reactions().size(); i++) {
            IndividualCaseSafetyReport back = READER.readOne(FhirWriter.writeAdverseEvent(rich, i, format), format)
                    .value();

            assertThat(back.reactions()).containsExactly(rich.reactions().get(i));
            assertThat(back.identification()).isEqualTo(rich.identification());
            assertThat(back.patient()).isEqualTo(rich.patient());
            assertThat(back.primarySources()).isEqualTo(rich.primarySources());
            assertThat(back.products()).isEqualTo(rich.products());
            assertThat(back.tests()).isEqualTo(rich.tests());
            assertThat(back.narrative()).isEqualTo(rich.narrative());
        }
    }

    @Test
    void japaneseTextAndLineBreaksSurviveToTheCharacterInBothFormats() {
        IndividualCaseSafetyReport japanese = FhirFixtures.japanese();
        for (FhirFormat format : FhirFormat.values()) {
            IndividualCaseSafetyReport back =
                    roundTrip(List.of(japanese), format).getFirst();

            assertThat(back.narrative()).isEqualTo("点滴静注の2日後に発熱と低血圧。\r\n集中治療室に入院した。𠮷野家の前で倒れた。");
            assertThat(back.patient().initials()).isEqualTo("山田");
            assertThat(back.reactions().getFirst().term()).isEqualTo("敗血症性ショック");
        }
    }

    @Test
    void aCaseWithoutReactionIsOneAdverseEventWithoutEvent() {
        IndividualCaseSafetyReport bare = FhirFixtures.bare();

        assertThat(FhirWriter.adverseEventCount(bare)).isEqualTo(1);
        assertThat(FhirWriter.toAdverseEvent(bare, 0).hasEvent()).isFalse();
        assertThat(roundTrip(List.of(bare), FhirFormat.JSON)).containsExactly(bare);
    }

    /**
     * HAPI writes a FHIR decimal in plain notation, so a number given with an exponent comes back as the
     * same number, but BigDecimal's equals (which compares the scale too) no longer holds.
     */
    @Test
    void aDoseWithAnExponentComesBackAsTheSameNumberInPlainNotation() {
        IndividualCaseSafetyReport report = FhirFixtures.rich();
        Product exponent = report.products().getFirst();
        Product changed = new Product(
                exponent.role(),
                exponent.name(),
                exponent.type(),
                exponent.lot(),
                exponent.route(),
                exponent.provider(),
                new Dose(new BigDecimal("1E+7"), "{particles}", null),
                exponent.startedOn(),
                null,
                null);
        IndividualCaseSafetyReport withExponent = IndividualCaseSafetyReport.of(
                        report.identification(),
                        report.primarySources(),
                        report.patient(),
                        report.reactions(),
                        List.of(changed),
                        report.tests(),
                        report.narrative())
                .value();

        Dose back = roundTrip(List.of(withExponent), FhirFormat.JSON)
                .getFirst()
                .products()
                .getFirst()
                .dose();

        assertThat(back.value()).isEqualByComparingTo("10000000");
        assertThat(back.value().toPlainString()).isEqualTo("10000000");
    }

    @Test
    void theSameReportsAlwaysGiveTheSameBytes() {
        List<IndividualCaseSafetyReport> all = FhirFixtures.all();

        assertThat(FhirWriter.write(all, FhirFormat.JSON)).isEqualTo(FhirWriter.write(all, FhirFormat.JSON));
        assertThat(FhirWriter.write(all, FhirFormat.XML)).isEqualTo(FhirWriter.write(all, FhirFormat.XML));
    }
}
