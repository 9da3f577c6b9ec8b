package org.exovigil.vigilance.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.model.ProductType;
import org.junit.jupiter.api.Test;

class DutyBookTest {

    @Test
    void theModuleShipsOnlyVoluntaryDutiesEachCitingItsPolicyAndWhenItTookEffect() {
        DutyBook book = DutyBook.voluntaryDefaults();

        assertThat(book.all()).hasSize(3).allSatisfy(d -> {
            assertThat(d.voluntary()).isTrue();
            assertThat(d.jurisdiction()).isEqualTo("*");
            assertThat(d.basis().source()).isNotBlank();
            assertThat(d.basis().status()).isEqualTo("policy");
            assertThat(d.effectiveFrom()).isNotNull();
        });
        assertThat(book.all()).extracting(ReportingDuty::id).doesNotHaveDuplicates();
        assertThat(book.dutiesFor(new DutyQuery(
                        "JP", EnumSet.allOf(ProductType.class), Setting.PRACTICE, Set.of(), LocalDate.of(2026, 12, 6))))
                .as("no law is kept here")
                .isEmpty();
    }

    @Test
    void aBrokenDutyIsRejectedWithEveryProblemAndItsPath() {
        String yaml = """
                duties:
                  - id: x
                    jurisdiction: JP
                    regime: "R"
                    setting: clinic
                    product_types: [exosomes]
                    recipient: "C"
                    condition: serious
                    days: 0
                    basis: {source: "S", status: secondary}
                    effective_from: 2026-02-30
                """;

        assertThat(DutyBook.read(yaml).problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "EXO-1302: duties[0].setting: expected one of practice, trial, got \"clinic\"",
                        "EXO-1302: duties[0].product_types: expected one of exosome, extracellular_vesicle, secretome, culture_supernatant, conditioned_media, stem_cell, prp, other, got \"exosomes\"",
                        "EXO-1302: duties[0].days: expected a whole number of days above 0, got 0",
                        "EXO-1302: duties[0].effective_from: expected a date (YYYY-MM-DD), got 2026-02-30");
    }

    @Test
    void aFileThatIsNotYamlIsUnreadable() {
        assertThat(DutyBook.read("duties: [unclosed").problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.DUTIES_UNREADABLE);
    }
}
